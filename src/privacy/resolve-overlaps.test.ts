// Overlapping detector matches: the more specific type wins, then the longer match, then the detector
// that found it first. Dense text (a street, an e-mail address or a phone number on every line) gives
// thousands of matches; resolving them must not compare every match with every other.
import { describe, expect, it } from 'vitest';
import type { Span } from './patterns';
import { PRIORITY, resolveOverlaps } from './redact';
import { ENTITY_TYPES } from './vault';

/** The pairwise resolution as first written: the reference for the priority semantics. */
function pairwise(candidates: readonly Span[]): Span[] {
  const ordered = [...candidates].sort(
    (a, b) => PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) || b.end - b.start - (a.end - a.start),
  );
  const taken: Span[] = [];
  for (const span of ordered) if (taken.every((t) => span.end <= t.start || span.start >= t.end)) taken.push(span);
  return taken.sort((a, b) => a.start - b.start);
}

/** A seeded linear congruential generator, so a failure can be replayed; its high bits are used. */
function random(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('resolveOverlaps', () => {
  it('lets the more specific type win, then the longer match, then the earlier detector', () => {
    const phone: Span = { start: 5, end: 15, type: 'PHONE' };
    const iban: Span = { start: 0, end: 22, type: 'IBAN' };
    expect(resolveOverlaps([phone, iban])).toEqual([iban]);
    const short: Span = { start: 0, end: 4, type: 'NAME' };
    const long: Span = { start: 2, end: 9, type: 'NAME' };
    expect(resolveOverlaps([short, long])).toEqual([long]);
    const first: Span = { start: 0, end: 5, type: 'ADDRESS' };
    const second: Span = { start: 3, end: 8, type: 'ADDRESS' };
    expect(resolveOverlaps([first, second])).toEqual([first]);
    expect(resolveOverlaps([second, first])).toEqual([second]);
    // Touching spans do not overlap.
    const touching: Span = { start: 5, end: 8, type: 'NAME' };
    expect(resolveOverlaps([touching, first])).toEqual([first, touching]);
  });

  it('gives what the pairwise resolution gives on random overlapping matches', () => {
    const next = random(11);
    for (let round = 0; round < 300; round++) {
      const candidates: Span[] = Array.from({ length: 1 + Math.floor(next() * 40) }, () => {
        const start = Math.floor(next() * 120);
        return { start, end: start + 1 + Math.floor(next() * 25), type: ENTITY_TYPES[Math.floor(next() * ENTITY_TYPES.length)]! };
      });
      expect(resolveOverlaps(candidates)).toEqual(pairwise(candidates));
    }
  });

  it('drops an empty match, which covers nothing', () => {
    const name: Span = { start: 0, end: 4, type: 'NAME' };
    expect(resolveOverlaps([{ start: 2, end: 2, type: 'EMAIL' }, name])).toEqual([name]);
  });

  // Its speed on dense matches (64 KB of "Hauptstr 1 " or "a@b.co ") is measured in `npm run bench:redact`,
  // not timed here; here, what it keeps.
  it('keeps each of 40 000 dense matches over the lower-priority one inside it', () => {
    const candidates: Span[] = [];
    for (let i = 0; i < 40_000; i++) {
      candidates.push({ start: i * 10, end: i * 10 + 8, type: 'EMAIL' }, { start: i * 10 + 2, end: i * 10 + 9, type: 'NAME' });
    }
    const taken = resolveOverlaps(candidates);
    expect(taken).toHaveLength(40_000);
    expect(taken.every((span) => span.type === 'EMAIL')).toBe(true);
  });
});
