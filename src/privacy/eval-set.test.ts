// Guards the labelled redaction set (tests/fixtures/redaction) against regressions; the figures
// themselves are printed by `npm run eval:redact`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type LabelledLine } from '../../scripts/redact/score';

const dir = join(__dirname, '../../tests/fixtures/redaction');
const load = (heldOut: boolean): LabelledLine[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && f.endsWith('.heldout.jsonl') === heldOut)
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LabelledLine),
    );

describe('redaction on the labelled sets', () => {
  it('has at least 150 labelled entities in nine languages, with negatives', () => {
    const lines = load(false);
    expect(lines.reduce((n, l) => n + l.entities.length, 0)).toBeGreaterThanOrEqual(150);
    expect(new Set(lines.map((l) => l.lang)).size).toBe(9);
    expect(lines.reduce((n, l) => n + l.negatives.length, 0)).toBeGreaterThanOrEqual(40);
  });

  it('keeps precision and recall up and never redacts a labelled negative', () => {
    const dev = evaluate(load(false));
    const all = dev.scores.find((s) => s.type === 'ALL')!;
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
    expect(dev.negatives.redacted).toEqual([]);
    const heldOut = evaluate(load(true)).scores.find((s) => s.type === 'ALL')!;
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('meets issue 11 on the per-language held-out files: recall >= 0.97, precision >= 0.95, no type under 0.9', () => {
    const sub = join(dir, 'held-out');
    const lines = readdirSync(sub).flatMap((f) =>
      readFileSync(join(sub, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LabelledLine),
    );
    expect(new Set(lines.map((l) => l.lang)).size).toBe(9);
    const { scores, negatives } = evaluate(lines);
    const all = scores.find((s) => s.type === 'ALL')!;
    expect(all.recall).toBeGreaterThanOrEqual(0.97);
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    for (const s of scores.filter((t) => t.gold > 0))
      expect({ type: s.type, low: Math.min(s.precision, s.recall) < 0.9 }).toEqual({ type: s.type, low: false });
    expect(negatives.redacted).toEqual([]);
  });
});
