// What the content script reads from the helpdesk's page (no REST answer: the API failed or is not asked)
// leaves out the e-mail's text the agent is not shown, on fixture pages shaped like the real ones.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { zendeskAdapter } from './zendesk/adapter';
import { freshdeskAdapter } from './freshdesk/adapter';
import { messageContent as zendeskBody } from './zendesk/selectors';
import { messageBody as freshdeskBody } from './freshdesk/selectors';
import { loadPage as loadZendeskPage, pageUrl, selectTicketTab } from '../../tests/fixtures/zendesk/load';
import { loadPage as loadFreshdeskPage } from './freshdesk/test-support';

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

/** A line after the first message's greeting (before its signature, which the reading sets apart), holding `html`. */
const addLine = (doc: Document, bodySelectors: readonly string[], line: string, html: string) => {
  const body = doc.querySelector(bodySelectors.join(','))!;
  const after = body.querySelector(`:scope > ${line}, :scope > * > ${line}`)!;
  const { document } = parseHTML(`<!doctype html><html><body><${line}>Please hurry. ${html}</${line}></body></html>`);
  after.after(doc.importNode(document.body.firstElementChild!, true));
};

describe('the page reading leaves out what an e-mail hides', () => {
  for (const [name, html] of Object.entries(HIDDEN_ON_THE_PAGE)) {
    it(`Zendesk: ${name}`, () => {
      const doc = loadZendeskPage('two-tabs.html');
      selectTicketTab(doc, '1');
      addLine(doc, zendeskBody, 'p', html);
      const text = zendeskAdapter.readFromDom(doc, pageUrl('/agent/tickets/1')).messages[0]!.text;
      expect(text).toMatch(/^Hello,\s+Please hurry\.\s+I was charged twice/);
      expect(text).not.toContain('HIDDEN');
    });

    it(`Freshdesk: ${name}`, () => {
      const { doc, url } = loadFreshdeskPage('standard');
      addLine(doc, freshdeskBody, 'div', html);
      const text = freshdeskAdapter.readFromDom(doc, url).messages[0]!.text;
      expect(text).toMatch(/^Hello,\s+Please hurry\.\s+My new Vortex 900/);
      expect(text).not.toContain('HIDDEN');
    });
  }
});
