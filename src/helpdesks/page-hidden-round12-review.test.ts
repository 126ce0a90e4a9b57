// Review of round 12 (page12): the new rules attacked. Digits in an image's alt are data (a card, a phone number), not
// an emoji; opacities and margins written in the other forms CSS allows; a note's label in the languages Zendesk's
// agent interface ships that the label rule did not cover.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { elementText } from '../ticket/text';
import { readFreshdesk, readZendesk, restText } from './page-test-support';

const READINGS: [string, (html: string) => string][] = [
  ['Zendesk page', readZendesk],
  ['Freshdesk page', readFreshdesk],
  ['REST', restText],
];

/** `[html, a secret that must not be read]` */
const HIDDEN: Record<string, [string, string]> = {
  'a card number in an image alt': ['<img src="cid:x" alt="4111 1111 1111 1111">', '4111'],
  'a phone number in an image alt': ['<img src="cid:x" alt="+49 30 1234567">', '1234567'],
  'a phone number in an emoji image alt': ['<img class="emoji" src="cid:x" alt="030-1234567">', '1234567'],
  'digits in data-emoji': ['<img data-emoji="4111-1111-1111-1111" src="cid:x">', '4111'],
  'full-width digits in an alt': ['<img src="cid:x" alt="４１１１ ７７７７">', '４１１１'],
  'opacity .009': ['<span style="opacity:.009">HIDDEN</span>', 'HIDDEN'],
  'opacity .5%': ['<span style="opacity:.5%">HIDDEN</span>', 'HIDDEN'],
  'opacity 00.05': ['<span style="opacity:00.05">HIDDEN</span>', 'HIDDEN'],
  'opacity 1E-3': ['<span style="opacity:1E-3">HIDDEN</span>', 'HIDDEN'],
  'margin-left -99em': ['<div style="margin-left:-99em">HIDDEN</div>', 'HIDDEN'],
  'margin-left -1600px': ['<div style="margin-left:-1600px">HIDDEN</div>', 'HIDDEN'],
  'margin-top -70rem': ['<div style="margin-top:-70rem">HIDDEN</div>', 'HIDDEN'],
  // page13: the margin shorthand's left (fourth) value, and an off-screen logical inset on the block axis.
  'margin shorthand, left -9999px': ['<div style="margin:0 0 0 -9999px">HIDDEN</div>', 'HIDDEN'],
  'margin shorthand, top -80em': ['<div style="margin:-80em auto 0">HIDDEN</div>', 'HIDDEN'],
  'inset-block-start -9999px': ['<div style="position:absolute;inset-block-start:-9999px">HIDDEN</div>', 'HIDDEN'],
  'filter contrast(0)': ['<span style="filter:contrast(0)">HIDDEN</span>', 'HIDDEN'],
  'line-height 0px, overflow clip': ['<div style="overflow:clip;line-height:0px">HIDDEN</div>', 'HIDDEN'],
};

const KEPT: Record<string, [string, string]> = {
  'opacity .95': ['<span style="opacity:.95">VISIBLE</span>', 'VISIBLE'],
  'opacity 50%': ['<span style="opacity:50%">VISIBLE</span>', 'VISIBLE'],
  'opacity 10%': ['<span style="opacity:10%">VISIBLE</span>', 'VISIBLE'],
  'margin-left -10em': ['<div style="margin-left:-10em">VISIBLE</div>', 'VISIBLE'],
  'margin-left -20px': ['<div style="margin-left:-20px">VISIBLE</div>', 'VISIBLE'],
  'an emoji image': ['<img alt="🙂" src="cid:e"> VISIBLE', '🙂 VISIBLE'],
  // page13: look-alikes of the forms above.
  'margin shorthand, small negatives': ['<div style="margin:-10px auto 0 -20px">VISIBLE</div>', 'VISIBLE'],
  'margin shorthand, -60em': ['<div style="margin:0 0 0 -60em">VISIBLE</div>', 'VISIBLE'],
  'line-height 1, overflow hidden': ['<div style="line-height:1;overflow:hidden">VISIBLE</div>', 'VISIBLE'],
  'line-height 0.9, overflow hidden': ['<div style="line-height:0.9;overflow:hidden">VISIBLE</div>', 'VISIBLE'],
  'background-blend-mode multiply': ['<div style="background-blend-mode:multiply">VISIBLE</div>', 'VISIBLE'],
  'mix-blend-mode normal': ['<span style="mix-blend-mode:normal">VISIBLE</span>', 'VISIBLE'],
  'inset-inline-start 0': ['<div style="position:relative;inset-inline-start:0">VISIBLE</div>', 'VISIBLE'],
  'a sepia filter': ['<span style="filter:sepia(1)">VISIBLE</span>', 'VISIBLE'],
};

/**
 * Failed in review and left: a margin of 70 to 99 em (over 1,000 px at 16 px) is off-screen, but the page reading's
 * threshold is 100 em; Freshdesk's content script had no bytes left for both this and the opacities. The REST
 * reading drops it.
 */
const NOT_YET = new Set(([] as string[]).flatMap((n) => [`Zendesk page: ${n}`, `Freshdesk page: ${n}`]));

describe('review of round 12: hidden forms do not leave', () => {
  for (const [name, [html, secret]] of Object.entries(HIDDEN))
    for (const [reading, read] of READINGS)
      (NOT_YET.has(`${reading}: ${name}`) ? it.fails : it)(`${reading}: ${name}`, () => {
        const text = read(html);
        expect(text).toMatch(/Please hurry\.|Visible text\./);
        expect(text).not.toContain(secret);
      });
});

describe('review of round 12: honest text is kept', () => {
  for (const [name, [html, shown]] of Object.entries(KEPT))
    for (const [reading, read] of READINGS)
      it(`${reading}: ${name}`, () => {
        expect(read(html)).toContain(reading === 'REST' ? 'VISIBLE' : shown);
      });
});

// page13 added the checks of a margin's later values, a colour mixed with transparent, a logical inset and lines of
// no height: each reads one declaration at a time.
describe('review of round 12: the page reading is linear on a hostile style', () => {
  it.each([
    ['100,000 zeros', `opacity:${'0'.repeat(100_000)}x`],
    ['100,000 digits and dots', `opacity:${'0.'.repeat(50_000)}x`],
    ['20,000 opacity declarations of zeros', 'opacity:00000'.repeat(20_000)],
    ['a margin of 50,000 minus signs', `margin:${'-1'.repeat(50_000)}`],
    ['a colour of 100,000 letters short of transparent', `color:${'transparen'.repeat(10_000)}`],
    ['12,500 colour declarations, no transparent', 'color:x;'.repeat(12_500)],
    ['an inset name of 100,000 letters', `inset-${'a'.repeat(100_000)}-star`],
    ['a line height of 100,000 digits', `line-height:0.${'5'.repeat(100_000)}`],
    ['12,500 margins with no semicolon', 'margin:-'.repeat(12_500)],
  ])('%s', (_, style) => {
    const { document } = parseHTML(`<div><p>My order is late.</p><span style="${style}">x</span></div>`);
    const start = performance.now();
    expect(elementText(document.querySelector('div')!)).toContain('My order is late.');
    expect(performance.now() - start).toBeLessThan(300);
  });
});
