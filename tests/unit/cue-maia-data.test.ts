// MAIA as published ships pt_br_client_04.json as a second copy of 43 of the 47 conversations in
// pt_br_client_02.json (same sentences, same emotion labels). Read naively, every one of those sentences
// counts twice in the reported MAIA precision and recall; the loader keeps one copy unless asked for the
// training recipe the shipped model was trained with.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maia } from '../../scripts/cue/data';

function conversation(id: string, text: string, emotion: number) {
  return { id, turns: [{ floor: 'inbound', text_src: [text], Emotion: [emotion] }] };
}

const ids = Array.from({ length: 20 }, (_, i) => `conv-${i}`);

/** A data folder with MAIA as two files, the second repeating the first ten conversations (and, optionally, one of its own). */
function publishedTwice(extra: object[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'maia-'));
  const dir = join(root, 'emotion', 'maia');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.json'), JSON.stringify(ids.map((id) => conversation(id, `texto ${id}`, 5))));
  writeFileSync(join(dir, 'b.json'), JSON.stringify([...ids.slice(0, 10).map((id) => conversation(id, `texto ${id}`, 5)), ...extra]));
  return root;
}

describe('maia()', () => {
  it('reads a conversation published in two files once', () => {
    const root = publishedTwice([conversation('only-b', 'outro', 2)]);
    const all = [...maia('train', false, { data: root }), ...maia('test', false, { data: root })];
    expect(all.map((e) => e.text).sort()).toEqual([...ids.map((id) => `texto ${id}`), 'outro'].sort());
  });

  it('reads it twice only when asked for the recipe the shipped model was trained with', () => {
    const root = publishedTwice();
    const options = { data: root, repeats: 'as-published' } as const;
    expect([...maia('train', false, options), ...maia('test', false, options)]).toHaveLength(30);
  });
});
