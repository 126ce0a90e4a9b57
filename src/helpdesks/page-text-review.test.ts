// Review of read18 (one reading): a body travels to the background as its innerHTML, without the page's markup around
// it. A message's own sheet can reach its elements through that markup ("article .x", "div > div > .x"): the browser
// hides them, and the content script's old reading, which matched the sheet on the page, left them out. The
// background's reading matches the sheet inside the body's opening tags and its ancestors' (PageMessage.context).
import { describe, expect, it } from 'vitest';
import { readFreshdesk, readZendesk } from './page-test-support';
import { textOfHtml } from './page-text';

const secret = (rule: string) => `<style>${rule}{display:none}</style><span class="x">SECRET</span>`;
/** Rules that need the page around the body, on both helpdesks' pages. */
const BOTH: [string, string][] = [
  ['a descendant of the body element by tag', secret('div > div > div > .x')],
  ['a descendant of a test id around it', secret('[data-test-id] .x')],
  ['a grandchild of an element that is not the document body', secret(':not(body) > div > .x')],
  ['four ancestors deep', secret('* * * * .x')],
];

describe('read18 review: a message sheet whose selector needs the page around the body', () => {
  for (const [name, html] of BOTH) {
    it(`Zendesk page: ${name}`, () => expect(readZendesk(html)).not.toContain('SECRET'));
    it(`Freshdesk page: ${name}`, () => expect(readFreshdesk(html)).not.toContain('SECRET'));
  }
  it("Zendesk page: the helpdesk's comment item around the body", () => expect(readZendesk(secret('article .x'))).not.toContain('SECRET'));
  it("Freshdesk page: the helpdesk's note class on the body", () =>
    expect(readFreshdesk(secret('.ticket_note .x'))).not.toContain('SECRET'));
});

describe('read18 review: honest text the context must not cost', () => {
  // ctx18: a hiding rule whose left part is outside the message is taken as matching (outer-selectors.ts), on the page
  // reading too, though its context could decide it: the cost of the fail-safe rule, left as a known cost.
  it.fails('a rule for markup the page does not have around the body hides nothing', () => {
    expect(readZendesk('<style>.ticket_note .x{display:none}</style><span class="x">KEPT</span>')).toContain('KEPT');
    expect(readFreshdesk('<style>article .x{display:none}</style><span class="x">KEPT</span>')).toContain('KEPT');
  });
  it('the body element keeps being read whatever its own style says (a closed tab), as before', () => {
    const html = '<p>Where is my parcel?</p>';
    expect(textOfHtml(html, ['<html>', '<body>', '<div class="tab" style="display:none" hidden>']).text).toBe('Where is my parcel?');
  });
  it('an element inside the text that claims to be the root does not choose what is read', () => {
    const html = '<p>Where is my parcel?</p><div data-souffleur-root hidden>SECRET</div>';
    expect(textOfHtml(html, ['<html>', '<body>', '<div class="body">']).text).toBe('Where is my parcel?');
  });
  it('context the parser cannot place withholds nothing silently: the text is read under the document body', () => {
    expect(textOfHtml('<p>Where is my parcel?</p>', ['<p>', '<div>']).text).toContain('Where is my parcel?');
  });
});
