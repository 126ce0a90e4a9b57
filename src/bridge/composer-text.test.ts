import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readComposerText } from './composer-text';
import { findNearest } from './find-nearest';

describe('readComposerText', () => {
  it('joins blocks with one newline and maps offsets back to text nodes, through formatting', () => {
    const { document } = parseHTML('<div id="e"><p>Thnak you.</p><p>The <strong>refnud</strong> is here.</p></div>');
    const composer = document.getElementById('e') as unknown as HTMLElement;
    const read = readComposerText(composer);
    expect(read.text).toBe('Thnak you.\nThe refnud is here.\n');
    const at = read.text.indexOf('refnud');
    const start = read.locate(at, 'start')!;
    const end = read.locate(at + 6, 'end')!;
    expect(start.node.data).toBe('refnud');
    expect([start.offset, end.offset]).toEqual([0, 6]);
  });
});

describe('findNearest', () => {
  it('finds whole words only, the occurrence nearest the expected place', () => {
    const text = 'it is it, item it';
    expect(findNearest(text, 'it', 14)).toBe(15);
    expect(findNearest(text, 'it', 0)).toBe(0);
    expect(findNearest(text, 'tem', 0)).toBeNull();
  });
});
