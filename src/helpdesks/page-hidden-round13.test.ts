// Round 13 (page14): an adversarial set of ways an e-mail hides text from the agent, and of honest text that looks
// like them, scored on main before any fix on both helpdesks' page readings (the content script) and on the REST
// reading (the background's shownHtml). Forms rounds 1 to 12 did not try: other spellings of a flat transform, of a
// colour no one sees, of no room, the individual translate property, off-screen by a positive indent, smeared by
// letter-spacing or blur, custom properties, @media rules that always apply, a bgcolor the text takes.
import { describe, expect, it } from 'vitest';
import { READINGS, restText, timedPageReading } from './page-test-support';

/** Text the agent is not shown: none of it may reach the provider. */
export const HIDDEN_ROUND_13: Record<string, string> = {
  // Clipped or flattened, in spellings the earlier rounds did not use.
  'clip-path inset(0 50%) (left and right meet)': '<span style="clip-path:inset(0 50%)">HIDDEN</span>',
  'transform scale(5%)': '<span style="display:inline-block;transform:scale(5%)">HIDDEN</span>',
  'transform matrix(.001, 0, 0, 1, 0, 0)': '<span style="display:inline-block;transform:matrix(.001,0,0,1,0,0)">HIDDEN</span>',
  'transform matrix3d of zeros': `<span style="display:inline-block;transform:matrix3d(${'0,'.repeat(15)}1)">HIDDEN</span>`,
  'scale property 0.01': '<span style="display:inline-block;scale:0.01">HIDDEN</span>',
  'scale property 1 5%': '<span style="display:inline-block;scale:1 5%">HIDDEN</span>',
  'translate property, second value far up': '<span style="display:inline-block;translate:0 -9999px">HIDDEN</span>',
  'translateY in exponent form': '<span style="display:inline-block;transform:translateY(-1e4px)">HIDDEN</span>',
  'translate3d far left': '<span style="display:inline-block;transform:translate3d(-9999px,0,0)">HIDDEN</span>',
  // Off-screen to the right by a positive indent (the image-replacement trick), or no room in logical sizes.
  'text-indent 100%, nowrap, overflow hidden': '<div style="text-indent:100%;white-space:nowrap;overflow:hidden">HIDDEN</div>',
  'text-indent +9999px': '<div style="text-indent:9999px">HIDDEN</div>',
  'block-size 0, overflow hidden': '<div style="block-size:0;overflow:hidden">HIDDEN</div>',
  'max-block-size 0, overflow clip': '<div style="max-block-size:0;overflow:clip">HIDDEN</div>',
  // Smeared beyond reading.
  'letter-spacing -1000px': '<span style="letter-spacing:-1000px">HIDDEN</span>',
  'filter blur(20px)': '<span style="filter:blur(20px)">HIDDEN</span>',
  // Colours no one sees, written in ways the earlier rounds did not.
  'rgba alpha .05': '<span style="color:rgba(0,0,0,.05)">HIDDEN</span>',
  'text fill of alpha .02': '<span style="-webkit-text-fill-color:rgba(0,0,0,0.02)">HIDDEN</span>',
  'white as oklab(1 0 0)': '<span style="color:oklab(1 0 0)">HIDDEN</span>',
  'white as hwb(0 100% 0%)': '<span style="color:hwb(0 100% 0%)">HIDDEN</span>',
  'white as color(srgb 1 1 1)': '<span style="color:color(srgb 1 1 1)">HIDDEN</span>',
  'white as the system colour Canvas': '<span style="color:Canvas">HIDDEN</span>',
  'white in light-dark()': '<span style="color:light-dark(#fff, #fff)">HIDDEN</span>',
  // Custom properties: a value the reading cannot see is unknown, and unknown is kept from the model.
  'color var(--x), --x white': '<span style="--x:#fff;color:var(--x)">HIDDEN</span>',
  'color var(--c) set on an ancestor to transparent': '<div style="--c:transparent"><span style="color:var(--c)">HIDDEN</span></div>',
  'opacity var(--o), --o 0': '<span style="--o:0;opacity:var(--o)">HIDDEN</span>',
  // Opacities over a tenth each, three deep: .4 x .4 x .5 = .08.
  'opacities .4, .4, .5 three deep': '<div style="opacity:.4"><div style="opacity:.4"><span style="opacity:.5">HIDDEN</span></div></div>',
  // A font colour equal to the cell's bgcolor (a named colour and its hex).
  'font color of the cell bgcolor, named and hex': '<table><tr><td bgcolor="navy"><font color="#000080">HIDDEN</font></td></tr></table>',
  // Rules of the message's own sheet inside @media that always applies on a screen.
  '@media screen rule': '<style>@media screen{.p{display:none}}</style><p class="p">HIDDEN</p>',
  '@media all rule': '<style>@media all{.p{font-size:0}}</style><p class="p">HIDDEN</p>',
  '!important in a sheet over an inline opacity': '<style>.p{opacity:0!important}</style><p class="p" style="opacity:1">HIDDEN</p>',
  // The hidden attribute on an ancestor of a quoted reply, and until-found on a block of blocks.
  'hidden attribute around a quoted reply': '<div hidden><blockquote><p>HIDDEN</p></blockquote></div>',
  'hidden=until-found around blocks': '<div hidden="until-found"><p>HIDDEN</p><ul><li>HIDDEN</li></ul></div>',
};

/** Honest text the agent sees: `[html, what must be read]`. */
export const KEPT_ROUND_13: Record<string, [string, string]> = {
  'a small rotation': ['<span style="display:inline-block;transform:rotate(1deg)">VISIBLE</span>', 'VISIBLE'],
  'a slight scale': ['<span style="display:inline-block;transform:scale(95%)">VISIBLE</span>', 'VISIBLE'],
  'the scale property at 1.1': ['<span style="display:inline-block;scale:1.1">VISIBLE</span>', 'VISIBLE'],
  'a short translate property': ['<span style="display:inline-block;translate:2px 0">VISIBLE</span>', 'VISIBLE'],
  'an animation': ['<span style="animation:pulse 2s infinite">VISIBLE</span>', 'VISIBLE'],
  'a signature in light grey': ['<p style="color:#aaaaaa;font-size:12px">VISIBLE Jane, ACME</p>', 'VISIBLE Jane, ACME'],
  'a first-line indent': ['<p style="text-indent:2em">VISIBLE</p>', 'VISIBLE'],
  'a tight letter-spacing': ['<span style="letter-spacing:-0.5px">VISIBLE</span>', 'VISIBLE'],
  'a wide letter-spacing': ['<span style="letter-spacing:0.2em">VISIBLE</span>', 'VISIBLE'],
  'a soft blur on a shadow only': ['<span style="text-shadow:0 0 4px #999">VISIBLE</span>', 'VISIBLE'],
  'a @media print rule': ['<style>@media print{.p{display:none}}</style><p class="p">VISIBLE</p>', 'VISIBLE'],
  'a @media screen rule for narrow screens': [
    '<style>@media screen and (max-width:600px){.p{display:none}}</style><p class="p">VISIBLE</p>',
    'VISIBLE',
  ],
  'a dark custom colour property': ['<span style="--brand:#123;color:#123">VISIBLE</span>', 'VISIBLE'],
  'opacities .6, .6, .6 three deep': [
    '<div style="opacity:.6"><div style="opacity:.6"><span style="opacity:.6">VISIBLE</span></div></div>',
    'VISIBLE',
  ],
  'an open details': ['<details open><summary>Order</summary><p>VISIBLE</p></details>', 'VISIBLE'],
  'a block size that leaves room': ['<div style="block-size:40px;overflow:hidden">VISIBLE</div>', 'VISIBLE'],
};

// Scored on main with 5 forms left failing on both pages (5/32 leaks per page: a translate property's later value,
// translateY and a scale in exponent form, a product of opacities, a font colour of the cell's bgcolor): the page
// reading lived in the content scripts, at their size budget. Since read18 the background reads each page message's
// HTML with the REST reading's code (src/helpdesks/page-text.ts): 0/32 on every reading.

describe('round 13: what an e-mail hides does not leave', () => {
  for (const [name, html] of Object.entries(HIDDEN_ROUND_13))
    for (const [reading, read] of READINGS)
      it(`${reading}: ${name}`, () => {
        const text = read(html);
        expect(text).toMatch(/Please hurry\.|Visible text\./);
        expect(text).not.toContain('HIDDEN');
      });
});

describe('round 13: what the agent sees is kept', () => {
  for (const [name, [html, shown]] of Object.entries(KEPT_ROUND_13))
    for (const [reading, read] of READINGS)
      it(`${reading}: ${name}`, () => {
        expect(read(html)).toContain(reading === 'REST' ? 'VISIBLE' : shown);
      });
});

/** Hostile e-mails the background's reading is not linear on (read18's finding; the REST reading's too). */
describe('round 13: the readings are linear on a hostile e-mail', () => {
  for (const [name, html] of [
    ['a scale of 100,000 digits', `<span style="transform:scale(${'5'.repeat(100_000)}">x</span>`],
    ['a translate property of 50,000 blanks and signs', `<span style="translate:${'0 '.repeat(25_000)}-">x</span>`],
    ['a colour var( 20,000 times', `<span style="color:${'var('.repeat(20_000)}">x</span>`],
    ['a block size of 100,000 zeros', `<span style="block-size:${'0'.repeat(100_000)}x;overflow:hidden">x</span>`],
    ['12,500 @media screen openings', `<style>${'@media screen{'.repeat(12_500)}.p{display:none}</style><p class="p">x</p>`],
    // page15: the at-rule's prelude scanned to the end of the sheet from each '@' (9 s on main).
    ['a sheet of 100,000 @', `<style>${'@'.repeat(100_000)}</style>`],
    ['a sheet of 14,000 "@media "', `<style>${'@media '.repeat(14_000)}</style>`],
    // stall18's sweep: an at-rule's prelude tried again from each '@' in it, a feature's blanks split every way (17 s at 2,000).
    ['a sheet of 10,000 "@supports "', `<style>${'@supports '.repeat(10_000)}</style>`],
    ['a sheet of 14,000 "@layer "', `<style>${'@layer '.repeat(14_000)}</style>`],
    ['a @media feature of 100,000 blanks', `<style>@media (a:${' '.repeat(100_000)}x{.p{display:none}}</style>`],
    ['a @media width of 100,000 blanks', `<style>@media (width >${' '.repeat(100_000)}x{.p{display:none}}</style>`],
    ['a width of 100,000 digits and "e!"', `<span style="width:${'1'.repeat(100_000)}e!;overflow:hidden">x</span>`],
    ['a clip-path inset( of 16,000 " round"', `<span style="clip-path:inset(${' round'.repeat(16_000)}">x</span>`],
    ['a @media of 100,000 query words', `<style>@media${' only screen all'.repeat(6_000)}.p{display:none}</style>`],
  ] as const)
    // The page's texts are read in the background by the REST reading's code since read18, which took 17 s, 32 s and
    // 4.5 s on the scale, the '@' and the '@media ' sheets until stall18.
    it(`the page reading: ${name}`, () => {
      const [text, ms] = timedPageReading(html);
      expect(text).toContain('My order is late.');
      // 1 s as the REST cases below: 300 ms failed at a load of 14 on 2 cores (380 ms, a linear case), and the
      // quadratic readings took 4.5-32 s.
      expect(ms).toBeLessThan(1000);
    });

  it.each([
    ['12,500 @media screen openings', `<style>${'@media screen{'.repeat(12_500)}.p{display:none}</style><p class="p">HIDDEN</p>`],
    ['a letter-spacing of 100,000 digits', `<span style="letter-spacing:-${'9'.repeat(100_000)}px">HIDDEN</span>`],
    ['a blur of 100,000 digits', `<span style="filter:blur(${'9'.repeat(100_000)}px)">HIDDEN</span>`],
    ['a translate property of 100,000 blanks', `<span style="translate:${' '.repeat(100_000)}-9999px">HIDDEN</span>`],
  ])('the REST reading: %s', (_, html) => {
    const start = performance.now();
    expect(restText(html)).not.toContain('HIDDEN');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
