// Round 13 review (rev-page14): attacks on page14's new rules. Honest visible text the broad page rules must keep
// (a frosted-glass card's backdrop blur, a pill's rounded inset, a background hidden by a zero size, a Word letter's
// first-line indent), hiding forms just outside the new rules, and the new regexes on 100 KB hostile input.
import { describe, expect, it } from 'vitest';
import { READINGS, timedPageReading } from './page-test-support';

/** Honest text the agent sees, in realistic mails: it must be read. */
export const KEPT_REVIEW: Record<string, string> = {
  'a frosted-glass card (backdrop-filter blur)': '<div style="backdrop-filter:blur(10px);background:rgba(255,255,255,.6)">VISIBLE</div>',
  'a frosted-glass card, -webkit- prefixed': '<div style="-webkit-backdrop-filter:blur(8px)">VISIBLE</div>',
  'a pill with rounded corners (clip-path inset round 50%)':
    '<span style="display:inline-block;clip-path:inset(0 round 50%)">VISIBLE</span>',
  'a background hidden by a zero size, overflow hidden': '<div style="background-size:0;overflow:hidden">VISIBLE</div>',
  'a Word letter first-line indent of 36pt': '<p class="MsoNormal" style="text-indent:36.0pt">VISIBLE</p>',
  'a Word letter first-line indent of 108pt (a closing block)': '<p class="MsoNormal" style="text-indent:108.0pt">VISIBLE</p>',
  'a pasted letter indent of 120px': '<p style="text-indent:120px">VISIBLE</p>',
  'a blur of 0': '<span style="filter:blur(0)">VISIBLE</span>',
  'a forwarded newsletter headline scaled to 90 %': '<h1 style="display:inline-block;transform:scale(.9)">VISIBLE</h1>',
  'a 90 degree rotation by matrix': '<span style="display:inline-block;transform:matrix(0,1,-1,0,0,0)">VISIBLE</span>',
};

/** Hiding forms close to page14's rules but outside them. */
export const HIDDEN_REVIEW: Record<string, string> = {
  'scale(.099)': '<span style="display:inline-block;transform:scale(.099)">HIDDEN</span>',
  'scale property .05 (no leading zero)': '<span style="display:inline-block;scale:.05">HIDDEN</span>',
  'scale(1e-3)': '<span style="display:inline-block;transform:scale(1e-3)">HIDDEN</span>',
  'matrix in exponent form': '<span style="display:inline-block;transform:matrix(1e-4,0,0,1e-4,0,0)">HIDDEN</span>',
  'matrix flat in its second column': '<span style="display:inline-block;transform:matrix(1,0,0,0,0,0)">HIDDEN</span>',
  'clip-path circle(0)': '<span style="clip-path:circle(0)">HIDDEN</span>',
  'clip-path inset(50% 0 0 0)': '<span style="clip-path:inset(50% 0 0 0)">HIDDEN</span>',
  'clip-path inset(1rem 50%)': '<span style="clip-path:inset(1rem 50%)">HIDDEN</span>',
  'clip-path polygon of one point': '<span style="clip-path:polygon(0 0,0 0,0 0)">HIDDEN</span>',
  'blur in a shorthand after url()': '<span style="filter:url(#x) blur(20px)">HIDDEN</span>',
  'blur in -webkit-filter': '<span style="-webkit-filter:blur(20px)">HIDDEN</span>',
  'blur in a sheet rule': '<style>.b{filter:blur(30px)}</style><span class="b">HIDDEN</span>',
  'text-indent 500px in a 300px clipped box': '<div style="width:300px;text-indent:500px;white-space:nowrap;overflow:hidden">HIDDEN</div>',
  'max-inline-size 0, overflow hidden': '<div style="max-inline-size:0;overflow:hidden">HIDDEN</div>',
  'inline-size 1px, overflow clip': '<div style="inline-size:1px;overflow:clip">HIDDEN</div>',
};

/**
 * Scored on page14 before the review's fixes: honest text dropped 21/30 (7 forms on 3 readings), leaks 8/45 (4 forms on
 * the 2 pages). Left after the fixes, 3 leaks on the pages (scale(1e-3), a matrix in exponent form, a matrix flat in its
 * second column), which the REST reading dropped: gone since read18, when the background reads the page messages' HTML
 * with the REST reading's code (src/helpdesks/page-text.ts). Left on every reading:
 */
const NOT_YET: Record<string, string> = {
  // Fail-safe by choice: any blur function of the filter property is dropped; a blur of 0 is not worth its bytes.
  'a blur of 0': 'fail-safe, left',
};
const fails = (_reading: string, name: string) => name in NOT_YET;

describe('round 13 review: honest text is kept', () => {
  for (const [name, html] of Object.entries(KEPT_REVIEW))
    for (const [reading, read] of READINGS)
      (fails(reading, name) ? it.fails : it)(`${reading}: ${name}`, () => expect(read(html)).toContain('VISIBLE'));
});

describe('round 13 review: near misses do not leave', () => {
  for (const [name, html] of Object.entries(HIDDEN_REVIEW))
    for (const [reading, read] of READINGS)
      (fails(reading, name) ? it.fails : it)(`${reading}: ${name}`, () => {
        const text = read(html);
        expect(text).toMatch(/Please hurry\.|Visible text\./);
        expect(text).not.toContain('HIDDEN');
      });
});

describe('round 13 review: the new rules are linear on 100 KB', () => {
  const N = 100_000;
  it.each([
    ['clip-path inset( of digits', `<span style="clip-path:inset(${'5'.repeat(N)}">x</span>`],
    ['clip-path inset( of 50 repeated', `<span style="clip-path:inset(${'50 '.repeat(N / 3)}">x</span>`],
    ['matrix( of zeros', `<span style="transform:matrix(${'0.0'.repeat(N / 3)}">x</span>`],
    ['matrix3d( openings', `<span style="transform:${'matrix3d(0,'.repeat(N / 11)}">x</span>`],
    ['text-indent digits', `<span style="text-indent:${'1'.repeat(N)}x">x</span>`],
    ['blur( openings', `<span style="filter:${'blur('.repeat(N / 5)}">x</span>`],
    ['filter of blanks then blur', `<span style="filter:${' '.repeat(N)}blur(1px">x</span>`],
    ['block-size words', `<span style="${'a-size:0a'.repeat(N / 9)};overflow:hidden">x</span>`],
    ['scale: dots and zeros', `<span style="scale:${'.0'.repeat(N / 2)}x">x</span>`],
    ['rgba( alpha of zeros', `<span style="color:rgba(${'0,'.repeat(3)}${'.0'.repeat(N / 2)}x">x</span>`],
  ])('the page reading: %s', (_, html) => {
    const [text, ms] = timedPageReading(html);
    expect(text).toContain('My order is late.');
    expect(ms).toBeLessThan(300);
  });
});
