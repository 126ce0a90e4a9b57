// What the content script reads from the helpdesk's page (no REST answer: the API failed or is not asked)
// leaves out the e-mail's text the agent is not shown, on fixture pages shaped like the real ones.
import { describe, expect, it } from 'vitest';
import { zendeskAdapter } from './zendesk/adapter';
import { freshdeskAdapter } from './freshdesk/adapter';
import { messageContent as zendeskBody } from './zendesk/selectors';
import { messageBody as freshdeskBody } from './freshdesk/selectors';
import { loadPage as loadZendeskPage, pageUrl, selectTicketTab } from '../../tests/fixtures/zendesk/load';
import { loadPage as loadFreshdeskPage } from './freshdesk/test-support';
import { addLine, readFreshdesk, readZendesk } from './page-test-support';
import { readPage } from './page-text';

/** E-mail HTML as the helpdesks render it into a message, each hiding an order from the agent. */
const HIDDEN_ON_THE_PAGE: Record<string, string> = {
  noembed: '<noembed>HIDDEN</noembed>',
  noframes: '<noframes>HIDDEN</noframes>',
  datalist: '<datalist id="d"><option>HIDDEN</option></datalist>',
  rp: '<ruby><rp>HIDDEN</rp></ruby>',
  math: '<math><mi>HIDDEN</mi></math>',
  'closed dialog': '<dialog>HIDDEN</dialog>',
  'unselected option': '<select><option></option><option>HIDDEN</option></select>',
  // No alpha however an e-mail spells it: the check read only rgba(r,g,b,0) and rgba(r,g,b,0.0).
  'hsla alpha 0': '<span style="color:hsla(0, 0%, 0%, 0)">HIDDEN</span>',
  'rgba alpha .0': '<span style="COLOR: rgba(0,0,0,.0) !important">HIDDEN</span>',
  'rgba alpha 0%': '<span style="-webkit-text-fill-color:rgba(255, 255, 255, 0%)">HIDDEN</span>',
  // The font shorthand's size (the image-replacement 'font: 0/0 a'), inline or from the e-mail's sheet.
  'font 0/0': '<span style="font: 0/0 a">HIDDEN</span>',
  'font 0px by a rule': '<style>.pre { font: 0px Arial }</style><span class="pre">HIDDEN</span>',
  'opacity 0 !important': '<span style="opacity: 0.0 ! important">HIDDEN</span>',
  // Spellings the REST reading's checks dropped and the page reading read: no alpha after a slash or in short hex,
  // white written otherwise, a filter, a zoom, a flat matrix, a zero size or an indent in other units.
  'rgb alpha / 0': '<span style="color: rgb(0 0 0 / 0)">HIDDEN</span>',
  'hex #0000': '<span style="color:#0000">HIDDEN</span>',
  'white #ffffffff': '<span style="color:#ffffffff">HIDDEN</span>',
  'white rgb(100%,100%,100%)': '<span style="color: rgb(100%, 100%, 100%)">HIDDEN</span>',
  whitesmoke: '<span style="color: whitesmoke">HIDDEN</span>',
  'font color=ffffff': '<font color=ffffff>HIDDEN</font>',
  'filter opacity(0)': '<span style="filter: opacity(0)">HIDDEN</span>',
  'zoom 0.01': '<span style="zoom: 0.01">HIDDEN</span>',
  'matrix of zeros': '<span style="display:inline-block; transform: matrix(0, 0, 0, 0, 0, 0)">HIDDEN</span>',
  'font-size 0.0': '<span style="font-size: 0.0">HIDDEN</span>',
  'font bold 0 by a rule': '<style>.pre { font: bold 0 a }</style><span class="pre">HIDDEN</span>',
  'text-indent in pt': '<span style="display:inline-block; text-indent:-9999pt">HIDDEN</span>',
  'overflow clip, height 0': '<span style="display:block; height:0; overflow:clip">HIDDEN</span>',
};

/**
 * Round 11 (page11), scored on main before any fix. Each is something a customer's e-mail can carry into the
 * message (helpdesks keep inline styles and most tags of an HTML e-mail).
 */
const HIDDEN_ROUND_11: Record<string, string> = {
  // Named colours with every channel 240 or more: on the white message pane they read as nothing.
  ivory: '<span style="color: ivory">HIDDEN</span>',
  ghostwhite: '<span style="color:GhostWhite">HIDDEN</span>',
  mintcream: '<span style="color: mintcream">HIDDEN</span>',
  azure: '<span style="color: azure">HIDDEN</span>',
  honeydew: '<font color="honeydew">HIDDEN</font>',
  floralwhite: '<span style="color: floralwhite">HIDDEN</span>',
  aliceblue: '<span style="color: aliceblue">HIDDEN</span>',
  lavenderblush: '<span style="color: lavenderblush">HIDDEN</span>',
  snow: '<span style="color: snow">HIDDEN</span>',
  // Turned edge-on by the rotate property (its own axis), or by a transform in radians other than 1.57.
  'rotate: x 90deg': '<span style="display:inline-block; rotate: x 90deg">HIDDEN</span>',
  'rotate: y 4.71rad': '<span style="display:inline-block; rotate: y 4.71rad">HIDDEN</span>',
  'rotate: 1 0 0 270deg': '<span style="display:inline-block; rotate: 1 0 0 270deg">HIDDEN</span>',
  'rotateX(4.71rad)': '<span style="display:inline-block; transform: rotateX(4.71rad)">HIDDEN</span>',
  // Scaled to nothing by the scale property or a percentage.
  'scale: 0': '<span style="display:inline-block; scale: 0">HIDDEN</span>',
  'scale: 1 0': '<span style="display:inline-block; scale: 1 0">HIDDEN</span>',
  'scaleY(0%)': '<span style="display:inline-block; transform: scaleY(0%)">HIDDEN</span>',
  'scale(0) by a rule': '<style>.s { transform: scale(0) }</style><span class="s" style="display:inline-block">HIDDEN</span>',
  // Clipped to no area along one side.
  'clip-path inset(0 0 100% 0)': '<span style="clip-path: inset(0 0 100% 0)">HIDDEN</span>',
  'clip-path inset(0 0 0 100%)': '<span style="clip-path: inset(0px 0px 0px 100%)">HIDDEN</span>',
  'clip-path polygon of one point': '<span style="clip-path: polygon(0 0, 0 0, 0 0)">HIDDEN</span>',
  // Faint by opacity on an ancestor times its own (0.3 x 0.2 = 0.06).
  'opacity on ancestor and element': '<span style="opacity:.3">x <span style="opacity:.2">HIDDEN</span></span>',
  'opacity 0 on an ancestor': '<span style="opacity:0"><b>HIDDEN</b></span>',
  'visibility:collapse': '<span style="visibility:collapse">HIDDEN</span>',
  'content-visibility:hidden': '<div style="content-visibility:hidden">HIDDEN</div>',
  'closed details': '<details><summary>Order</summary>HIDDEN</details>',
  'hidden=until-found': '<span hidden="until-found">HIDDEN</span>',
  template: '<template><p>HIDDEN</p></template>',
  noscript: '<noscript>HIDDEN</noscript>',
  // A font-size 0 wrapper: text of its own, or a child sized relative to it (0 x 1.5em), shows nothing.
  'font-size 0, child in em': '<span style="font-size:0">HIDDEN <span style="font-size:1.5em">HIDDEN</span></span>',
  // Off-screen by a negative margin on another side than the left, or by right.
  'margin-top -9999px': '<div style="margin-top:-9999px">HIDDEN</div>',
  'margin -9999px 0 0': '<div style="margin: -9999px 0 0">HIDDEN</div>',
  'right -9999px': '<span style="position:absolute; right:-9999px">HIDDEN</span>',
  'text-indent -100vw': '<div style="text-indent:-100vw">HIDDEN</div>',
};

/** Honest visible text that must be kept: look-alikes of the hiding forms above. */
const KEPT_ROUND_11: Record<string, string> = {
  // E-mail templates set font-size 0 on a row of inline blocks (to close the gaps) and size each block again.
  'font-size 0 wrapper, children sized in px': '<span style="font-size:0"><span style="font-size:14px">VISIBLE</span></span>',
  'font-size 0 wrapper, children sized in rem': '<span style="font-size:0px"><a style="font-size:1rem">VISIBLE</a></span>',
  'font-size 0 by a rule, child sized inline':
    '<style>.row { font-size: 0 }</style><div class="row"><span style="font-size:16px">VISIBLE</span></div>',
  'display:contents': '<span style="display:contents">VISIBLE</span>',
  'rotate: 90deg (turned in the page, still read)': '<span style="display:inline-block; rotate: 90deg">VISIBLE</span>',
  'scale(0.9)': '<span style="display:inline-block; transform: scale(0.9)">VISIBLE</span>',
  'ivory on a dark background': '<span style="background:#222; color: ivory">VISIBLE</span>',
  'opacity .6 on an ancestor': '<span style="opacity:.6"><b>VISIBLE</b></span>',
  'open details': '<details open><summary>Order</summary>VISIBLE</details>',
  'small negative margin': '<div style="margin-top:-12px">VISIBLE</div>',
  'clip-path inset(10%)': '<span style="clip-path: inset(10% 0 0 0)">VISIBLE</span>',
  // Review of page11: a dark e-mail paints its background with the bgcolor attribute, which the page reading does not
  // read (only a style's background): white text on it is held back (fail-safe; so on main too). The REST reading keeps it.
  'white text on a dark bgcolor table': '<table bgcolor="#111111"><tr><td><font color="#ffffff">VISIBLE</font></td></tr></table>',
};

describe('the page reading leaves out what an e-mail hides', () => {
  for (const [name, html] of Object.entries(HIDDEN_ON_THE_PAGE)) {
    it(`Zendesk: ${name}`, () => {
      const doc = loadZendeskPage('two-tabs.html');
      selectTicketTab(doc, '1');
      addLine(doc, zendeskBody, 'p', html);
      const text = readPage(zendeskAdapter.readFromDom, doc, pageUrl('/agent/tickets/1')).messages[0]!.text;
      expect(text).toMatch(/^Hello,\s+Please hurry\.\s+I was charged twice/);
      expect(text).not.toContain('HIDDEN');
    });

    it(`Freshdesk: ${name}`, () => {
      const { doc, url } = loadFreshdeskPage('standard');
      addLine(doc, freshdeskBody, 'div', html);
      const text = readPage(freshdeskAdapter.readFromDom, doc, url).messages[0]!.text;
      expect(text).toMatch(/^Hello,\s+Please hurry\.\s+My new Vortex 900/);
      expect(text).not.toContain('HIDDEN');
    });
  }
});

const READERS: [string, (html: string) => string][] = [
  ['Zendesk', readZendesk],
  ['Freshdesk', readFreshdesk],
];
/**
 * Scored and not fixed by the page's own reading; since read18 the background reads the page messages' HTML with the
 * REST reading's code (src/helpdesks/page-text.ts), which drops a product of opacities and keeps white text on a dark
 * bgcolor and px sizes set again under font-size 0. Left, on every reading: a size set again in rem or inline under a
 * font-size 0 rule, held back (fail-safe: visible text held back).
 */
const NOT_YET = new Set(['font-size 0 wrapper, children sized in rem', 'font-size 0 by a rule, child sized inline']);
const itOrFails = (name: string) => (NOT_YET.has(name) ? it.fails : it);

describe('round 11: the page reading leaves out more ways to hide', () => {
  for (const [name, html] of Object.entries(HIDDEN_ROUND_11)) {
    for (const [helpdesk, read] of READERS) {
      itOrFails(name)(`${helpdesk}: ${name}`, () => {
        const text = read(html);
        expect(text).toContain('Please hurry.');
        expect(text).not.toContain('HIDDEN');
      });
    }
  }
});

describe('round 11: the page reading keeps what the agent sees', () => {
  for (const [name, html] of Object.entries(KEPT_ROUND_11)) {
    for (const [helpdesk, read] of READERS) {
      itOrFails(name)(`${helpdesk}: ${name}`, () => {
        expect(read(html)).toMatch(/Please hurry\.\s+(?:Order\s+)?VISIBLE/);
      });
    }
  }
});
