// The support chats (data/cue/chat) are split by situation so that a calm and an upset message about the
// same situation never sit on opposite sides of the tune / held-out line; a chat message of several lines
// is written with `\n` in the file and must reach the cue as real line breaks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUpset } from '../../src/cue/analyze-message';
import { CHAT_SETS, chatDir, chatFoldOf, chats, chatSplitOf } from '../../scripts/cue/chat';

function folder(de: string, en = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'chat-'));
  writeFileSync(join(dir, 'de.tsv'), de);
  writeFileSync(join(dir, 'en.tsv'), en);
  return dir;
}

const situations = Array.from({ length: 12 }, (_, i) => `s${i}`);

describe('chats()', () => {
  it('keeps every situation, calm and upset, on one side and both sides non-empty', () => {
    const lines = situations.flatMap((s) => [`neutral\t${s}\thallo ${s}`, `anger\t${s}\tfrechheit ${s}`]).join('\n');
    const dir = folder(lines, lines);
    const tune = chats('tune', dir);
    const heldout = chats('heldout', dir);
    expect(tune.length + heldout.length).toBe(48);
    expect(tune.length).toBeGreaterThan(0);
    expect(heldout.length).toBeGreaterThan(0);
    for (const s of situations) {
      const side = chatSplitOf(s) === 'tune' ? tune : heldout;
      expect(side.filter((e) => e.text.endsWith(` ${s}`)).map((e) => `${e.lang}:${e.emotion}`)).toEqual([
        'de:neutral',
        'de:anger',
        'en:neutral',
        'en:anger',
      ]);
    }
  });

  it('turns \\n into line breaks and rejects a line without a situation', () => {
    const dir = folder('neutral\tlogin\thi\\nich komm nicht rein\\nwas tun');
    const all = [...chats('tune', dir), ...chats('heldout', dir)];
    expect(all.map((e) => e.text)).toEqual(['hi\nich komm nicht rein\nwas tun']);
    expect(() => chats('tune', folder('anger\tnur text'))).toThrow(/bad line/);
    expect(() => chats('tune', folder('anger\tnur text'))).toThrow(/chat-[^/]*\/de\.tsv/);
  });

  it('cuts the tune half into two folds that are both used (the fold hash does not repeat the split bit)', () => {
    const many = Array.from({ length: 40 }, (_, i) => `situation-${i}`);
    const dir = folder(many.map((s) => `neutral\t${s}\tmsg ${s}`).join('\n'));
    const tune = chats('tune', dir);
    const folds = [chats('tune', dir, 0), chats('tune', dir, 1)];
    expect(folds[0]!.length).toBeGreaterThan(0);
    expect(folds[1]!.length).toBeGreaterThan(0);
    expect(folds[0]!.length + folds[1]!.length).toBe(tune.length);
    for (const [k, fold] of folds.entries()) for (const e of fold) expect(chatFoldOf(e.text.slice(4))).toBe(k);
  });

  // chat2 was written apart from chat (data/cue/chat2/README.md): a shared situation name would also put
  // both sets' messages about it on one side, but would mean the second set retells the first.
  it('reads both shipped sets, which share no situation, each with upset messages in both halves and languages', () => {
    const situations = (set: (typeof CHAT_SETS)[number]) =>
      new Set([...chats('tune', chatDir(set)), ...chats('heldout', chatDir(set))].map((e) => e.situation));
    const first = situations('chat');
    expect([...situations('chat2')].filter((s) => first.has(s))).toEqual([]);
    for (const set of CHAT_SETS)
      for (const split of ['tune', 'heldout'] as const)
        for (const lang of ['de', 'en'])
          expect(chats(split, chatDir(set)).filter((e) => e.lang === lang && isUpset(e.emotion!)).length).toBeGreaterThan(5);
  });
});
