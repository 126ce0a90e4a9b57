// The support chats (data/cue/chat) are split by situation so that a calm and an upset message about the
// same situation never sit on opposite sides of the tune / held-out line; a chat message of several lines
// is written with `\n` in the file and must reach the cue as real line breaks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUpset } from '../../src/cue/analyze-message';
import { CHAT_SETS, chatDir, chatFoldOf, chatLayout, chats, chatSet, chatSplitOf } from '../../scripts/cue/chat';

function folder(de: string, en = '', pt?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chat-'));
  writeFileSync(join(dir, 'de.tsv'), de);
  writeFileSync(join(dir, 'en.tsv'), en);
  if (pt !== undefined) writeFileSync(join(dir, 'pt.tsv'), pt);
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

  // chat3's situation column is a loose topic ("login" holds calm and upset chats of different
  // customers), so it is split by the text itself, and it has Portuguese.
  it('splits chat3 by the text, not the situation, and reads its Portuguese file', () => {
    const lines = (lang: string) =>
      Array.from({ length: 30 }, (_, i) => `${i % 2 ? 'anger' : 'neutral'}\tlogin\t${lang} msg ${i}`).join('\n');
    const dir = folder(lines('de'), lines('en'), lines('pt'));
    const layout = chatLayout('chat3');
    const tune = chats('tune', dir, undefined, layout);
    const heldout = chats('heldout', dir, undefined, layout);
    expect(tune.length + heldout.length).toBe(90);
    expect(new Set([...tune, ...heldout].map((e) => e.lang))).toEqual(new Set(['de', 'en', 'pt']));
    expect(tune.length).toBeGreaterThan(20);
    expect(heldout.length).toBeGreaterThan(20);
    for (const e of tune) expect(chatSplitOf(e.text)).toBe('tune');
    for (const e of heldout) expect(chatSplitOf(e.text)).toBe('heldout');
    const shipped = [...chatSet('chat3', 'tune'), ...chatSet('chat3', 'heldout')];
    for (const lang of ['de', 'en', 'pt'])
      expect(shipped.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(lang === 'de' ? 200 : 60);
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
        for (const lang of chatLayout(set).langs)
          expect(chatSet(set, split).filter((e) => e.lang === lang && isUpset(e.emotion!)).length).toBeGreaterThanOrEqual(5);
  });
});
