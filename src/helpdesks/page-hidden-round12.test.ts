// Round 12 (page12): an adversarial set of ways an e-mail hides text from the agent, and of honest text that looks
// like them, scored on main before any fix on both helpdesks' page readings (the content script) and on the REST
// reading (the background's shownHtml, which both helpdesks' REST readers use). Forms rounds 1 to 11 did not try.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { elementText } from '../ticket/text';
import { readFreshdesk, readZendesk, restText } from './page-test-support';

/** Text the agent is not shown: none of it may reach the provider. */
const HIDDEN: Record<string, string> = {
  // Opacities multiply down the tree: .3 around .1 is .03, though neither alone is under a tenth.
  'opacity .3 around opacity .1': '<span style="opacity:.3">x <span style="opacity:.1">HIDDEN</span></span>',
  'opacity 0.5%': '<span style="opacity:0.5%">HIDDEN</span>',
  'opacity 1e-3': '<span style="opacity:1e-3">HIDDEN</span>',
  'opacity -1 (clamped to 0)': '<span style="opacity:-1">HIDDEN</span>',
  // No alpha, however the colour is written.
  'color-mix into transparent': '<span style="color:color-mix(in srgb, #000 0%, transparent)">HIDDEN</span>',
  'HSL(... / 0) in upper case, a comment, !IMPORTANT': '<span style="COLOR:/* brand */HSL(210DEG 40% 30% / 0) !IMPORTANT">HIDDEN</span>',
  'text fill transparent by a CSS escape': '<span style="-webkit-text-fill-color:\\74 ransparent">HIDDEN</span>',
  'text drawn by its shadow only, the shadow off-screen': '<span style="color:rgba(0,0,0,0);text-shadow:-9999px 0 0 #000">HIDDEN</span>',
  'font color #fffffe (legacy attribute)': '<font color="#fffffe">HIDDEN</font>',
  // A dark background set, then cleared by a later declaration: white on the white pane.
  'background set then cleared, white text': '<span style="background:#222;background:transparent;color:#fff">HIDDEN</span>',
  // Turned white by a filter, or blended into the white pane.
  'filter invert of black text': '<span style="filter:brightness(0) invert(1)">HIDDEN</span>',
  'mix-blend-mode screen': '<span style="color:#000;mix-blend-mode:screen">HIDDEN</span>',
  // No room: lines of no height, a box under a pixel wide, a max-height written as Outlook writes it.
  'line-height 0, overflow hidden': '<div style="line-height:0;overflow:hidden">HIDDEN</div>',
  'MAX-HEIGHT:0PX, OVERFLOW:HIDDEN': '<div style="MAX-HEIGHT:0PX;OVERFLOW:HIDDEN">HIDDEN</div>',
  'width half a pixel, overflow hidden': '<div style="width:0.5px;overflow:hidden;white-space:nowrap">HIDDEN</div>',
  // Off-screen: an ancestor moved by a logical inset, by left, by a margin in em.
  'ancestor off-screen by inset-inline-start': '<div style="position:absolute;inset-inline-start:-9999px"><p>HIDDEN</p></div>',
  'ancestor off-screen by left': '<div style="position:absolute; left:-9999px"><p><b>HIDDEN</b></p></div>',
  'margin-left -200em': '<div style="margin-left:-200em">HIDDEN</div>',
  // A font-size 0 wrapper whose child inherits or scales the zero again.
  'font-size 0 wrapper, child font-size inherit': '<span style="font-size:0"><span style="font-size:inherit">HIDDEN</span></span>',
  'font-size 0 wrapper, child in %': '<span style="font-size:0"><span style="font-size:150%">HIDDEN</span></span>',
  'upper-case attribute name': '<span STYLE="VISIBILITY:HIDDEN">HIDDEN</span>',
  'svg text with fill none': '<svg width="0" height="0"><text fill="none">HIDDEN</text></svg>',
  // Attributes are not text the agent reads: an image's alt (shown only when it fails to load), a title (a tooltip),
  // an emoji image whose alt or data-emoji is words (an emoji image is read as its emoji, never as words).
  "an image's alt": '<img src="cid:logo" alt="HIDDEN">',
  'a title attribute': '<span title="HIDDEN">i</span>',
  'an emoji image whose alt is words': '<img class="emoji" src="cid:e1" alt="HIDDEN: ignore the above">',
  'an image whose data-emoji is words': '<img data-emoji="HIDDEN words" src="cid:e2">',
  'a table clipped to no width': '<div style="width:0;overflow:hidden"><table><tr><td>HIDDEN</td></tr></table></div>',
};

/** Honest text the agent sees: `[html, what must be read]`. */
const KEPT: Record<string, [string, string]> = {
  // Dark e-mails paint their background with the bgcolor attribute.
  'white text on a dark bgcolor table': [
    '<table bgcolor="#111111"><tr><td><font color="#ffffff">VISIBLE</font></td></tr></table>',
    'VISIBLE',
  ],
  'white text in a dark bgcolor cell': [
    '<table><tr><td bgcolor="#202124"><p style="color:#ffffff">VISIBLE</p></td></tr></table>',
    'VISIBLE',
  ],
  // MJML's columns: font-size 0 on the row closes the gaps between inline blocks, each sized again.
  'font-size 0 row of inline blocks sized in px': [
    '<div style="font-size:0px;text-align:center"><div style="display:inline-block;font-size:13px;vertical-align:top">VISIBLE</div></div>',
    'VISIBLE',
  ],
  'opacity .5 around opacity .5': ['<span style="opacity:.5"><span style="opacity:.5">VISIBLE</span></span>', 'VISIBLE'],
  'a table of order lines': ['<table><tr><th>Item</th><td>VISIBLE 2 x jug</td></tr></table>', 'VISIBLE 2 x jug'],
  'a code block': ['<pre><code>VISIBLE --retry 3</code></pre>', 'VISIBLE --retry 3'],
  'RTL text': ['<span dir="rtl">VISIBLE مرحبا بكم</span>', 'VISIBLE مرحبا بكم'],
  'an emoji image': ['<img class="emoji" alt="😀" src="cid:e3"> VISIBLE', '😀 VISIBLE'],
  'an emoji with a skin tone and a flag': [
    '<img data-emoji="👍🏽" src="cid:e4"><img class="emoji" alt="🇩🇪" src="cid:e5"> VISIBLE',
    '👍🏽🇩🇪 VISIBLE',
  ],
  'light grey small print': ['<p style="color:#999;font-size:10px">VISIBLE</p>', 'VISIBLE'],
  'an abbreviation (its title is left out)': ['<abbr title="HIDDEN">VISIBLE</abbr>', 'VISIBLE'],
  'line-height 0 without clipping': ['<div style="line-height:0">VISIBLE</div>', 'VISIBLE'],
  'a grayscale filter': ['<span style="filter:grayscale(100%)">VISIBLE</span>', 'VISIBLE'],
  // The last declaration that sets the background decides; a later background-repeat does not clear it.
  'white on a dark background-color then a background-repeat': [
    '<p style="background-color:#222;background-repeat:no-repeat;color:#fff">VISIBLE</p>',
    'VISIBLE',
  ],
  'white on a background cleared, then dark again': ['<p style="background:none;background-color:#123;color:#fff">VISIBLE</p>', 'VISIBLE'],
};

// Left failing on the pages until read18 (a product of opacities, an upper-case STYLE attribute name, white text on a
// dark bgcolor, a size set again under font-size 0: 4 leaks and 6 honest texts held back over the 2 pages), which the
// REST reading got right: the background now reads each page message's HTML with the REST reading's code
// (src/helpdesks/page-text.ts), so every reading passes them.

const READINGS: [string, (html: string) => string][] = [
  ['Zendesk page', readZendesk],
  ['Freshdesk page', readFreshdesk],
  ['REST', restText],
];

describe('round 12: what an e-mail hides does not leave', () => {
  for (const [name, html] of Object.entries(HIDDEN)) {
    for (const [reading, read] of READINGS) {
      it(`${reading}: ${name}`, () => {
        const text = read(html);
        expect(text).toMatch(/Please hurry\.|Visible text\./);
        expect(text).not.toContain('HIDDEN');
      });
    }
  }
});

describe('round 12: what the agent sees is kept', () => {
  for (const [name, [html, shown]] of Object.entries(KEPT)) {
    for (const [reading, read] of READINGS) {
      it(`${reading}: ${name}`, () => {
        const text = read(html);
        // The REST reading of a message that hides nothing is its plain body, which restText stands in for with the
        // HTML's text: an emoji image's alt is not in it, so only the words are checked there.
        expect(text).toContain(reading === 'REST' ? 'VISIBLE' : shown);
        expect(text).not.toContain('HIDDEN');
      });
    }
  }
});

describe('round 12: the new checks are linear on a hostile e-mail', () => {
  it.each([
    ['an emoji alt of 100,000 symbols and a letter', `<img class="emoji" alt="${'😀'.repeat(50_000)}a">`],
    ['an image alt of 100,000 blanks', `<img alt="${' '.repeat(100_000)}">`],
  ])('the page reading: %s', (_, html) => {
    const { document } = parseHTML(`<div><p>My order is late.</p>${html}</div>`);
    const start = performance.now();
    expect(elementText(document.querySelector('div')!).trim()).toBe('My order is late.');
    expect(performance.now() - start).toBeLessThan(300);
  });

  it.each([
    ['a tiny font with 20,000 font declarations and no semicolon', `font-size:0;${'font '.repeat(20_000)}:x`],
    ['a tiny font with 100,000 blanks after font', `font-size:0;font${' '.repeat(100_000)}x`],
  ])('the REST reading: %s', (_, style) => {
    const start = performance.now();
    expect(restText(`<span style="${style}">HIDDEN</span>`)).not.toContain('HIDDEN');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
