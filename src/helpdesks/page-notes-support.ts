// What the page-leak rounds (page-notes-round14.test.ts on) share: a note's text planted in a message that otherwise
// shows public evidence, each helpdesk's fixture page changed as a live page could be, read as the extension reads it
// (the content script's structure, the background's text: readPage). Tests only, not in the extension.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { zendeskAdapter } from './zendesk/adapter';
import { freshdeskAdapter } from './freshdesk/adapter';
import { loadPage as loadZendeskPage, pageUrl } from '../../tests/fixtures/zendesk/load';
import { loadPage as loadFreshdeskPage } from './freshdesk/test-support';
import { readPage } from './page-text';
import type { Ticket } from '../ticket/schema';

export const SECRET = 'Refund approved internally, do not tell the customer yet.';
/** A note's words with no marker word in them ("internally"), for a note rendered outside the comment's text (leak21). */
export const BESIDE = 'Refund OK by finance, hold off telling the customer.';
/** Whether the note's text (either) reached a public message (its text, quoted history or signature). */
export const leaked = (ticket: Ticket) =>
  ticket.messages.some(
    (m) => m.visibility === 'public' && /Refund approved internally|Refund OK by finance/.test([m.text, m.quoted, m.signature].join(' ')),
  );
/** A page the layout cannot be read from holds nothing public: the reading's error counts as nothing leaked. */
export const leakedOrThrew = (read: () => Ticket) => {
  try {
    return leaked(read());
  } catch {
    return false;
  }
};

export const fragment = (doc: Document, html: string) => {
  const { document } = parseHTML(`<div>${html}</div>`);
  return doc.importNode(document.querySelector('div')!, true).firstElementChild!;
};
/** `el`'s children replaced by `html`'s (parsed apart, as a page's own markup). */
export const fill = (el: Element, html: string) => {
  const { document } = parseHTML(`<div>${html}</div>`);
  el.replaceChildren(...[...document.querySelector('div')!.childNodes].map((n) => el.ownerDocument.importNode(n, true)));
};
/** `el` wrapped `depth` deep, the outermost wrapper with `attributes`. */
export const wrap = (el: Element, attributes: Record<string, string>, depth = 2, text = '') => {
  let inner = el;
  for (let i = 0; i < depth; i++) {
    const wrapper = el.ownerDocument.createElement('div');
    inner.replaceWith(wrapper);
    wrapper.append(inner);
    inner = wrapper;
  }
  for (const [name, value] of Object.entries(attributes)) inner.setAttribute(name, value);
  if (text) inner.prepend(el.ownerDocument.createTextNode(text));
};

/** Zendesk's newer layout: its first comment typed "agent" under a rendered header (public evidence), holding the note's text. */
export const zendesk = (change: (article: Element, doc: Document) => void) => {
  const doc = loadZendeskPage('newer-garden.html');
  const article = doc.querySelector('article[data-test-id="omni-log-comment-item"]')!;
  article.querySelector('[type]')!.setAttribute('type', 'agent');
  fill(article.querySelector('.zd-comment')!, `<p>${SECRET}</p>`);
  change(article, doc);
  return readPage(zendeskAdapter.readFromDom, doc, pageUrl('/agent/tickets/5'));
};
export const header = (a: Element) => a.querySelector('[data-test-id="omni-log-item-header"]')!;
export const content = (a: Element) => a.querySelector('[data-test-id="omni-log-message-content"]')!;
/** The comment's text (what its writer sent), its via line, and a tag appended to its header. */
export const commentText = (a: Element) => a.querySelector('.zd-comment')!;
export const via = (a: Element) => a.querySelector('[data-test-id="omni-log-item-via"]')!;
export const tag = (a: Element, html: string) => header(a).append(fragment(a.ownerDocument, html));

/** One Freshdesk conversation item after the standard fixture's, read as the page's last message. */
export const freshdesk = (itemHtml: string, change?: (item: Element) => void) => {
  const { doc, url } = loadFreshdeskPage('standard');
  const item = fragment(doc, itemHtml);
  doc.querySelector('.ticket-details__items .reply-box')!.before(item);
  change?.(doc.querySelector('[data-note-id="777"]')!.closest('.ticket-details__item')!);
  return readPage(freshdeskAdapter.readFromDom, doc, url);
};
export const item = (classes: string, headerHtml: string, body = '<div class="ticket_note" data-note-id="777">') => `
  <div class="ticket-details__item ${classes}"><div class="ticket-details__right">
    <div class="conversation-header">${headerHtml}<time datetime="2026-11-22T10:00:00Z">now</time></div>
    ${body}${SECRET}</div>
  </div></div>`;
export const JANE = '<a data-test-id="user-name" href="/a/contacts/5001">Jane</a>';
export const SAM = '<a data-test-id="user-name" href="/a/agents/9001">Sam</a>';
export const status = (text: string) => `<span data-test-id="conversation-status">${text}</span>`;
/** A third party's e-mail filed as a note (KCG, live: the requester class and a To/Cc block), marked only as said. */
export const filed = (marker: string) =>
  item('ticket-details__requestor', `${JANE}${marker}<div class="emails-info">To: orders@carrier.example</div>`);

type ZendeskCase = [string, (a: Element, doc: Document) => void];
type FreshdeskCase = [string, string, ((item: Element) => void)?];
/** A round's attacks: no note's text in what the page reading yields as public (a layout error counts as nothing leaked). */
export const leakCases = (round: string, zendeskCases: ZendeskCase[], freshdeskCases: FreshdeskCase[]) =>
  describe(`${round}: a note never reaches what the page reading yields as public`, () => {
    for (const [name, change] of zendeskCases) it(`Zendesk: ${name}`, () => expect(leakedOrThrew(() => zendesk(change))).toBe(false));
    for (const [name, html, change] of freshdeskCases)
      it(`Freshdesk: ${name}`, () => expect(leakedOrThrew(() => freshdesk(html, change))).toBe(false));
  });
/** A round's honest public messages, each read public with its text (Zendesk's first comment, Freshdesk's item 777). */
export const honestCases = (round: string, zendeskCases: ZendeskCase[], freshdeskCases: FreshdeskCase[]) =>
  describe(`${round}: honest public messages stay public`, () => {
    for (const [name, change] of zendeskCases)
      it(`Zendesk: ${name}`, () => {
        const first = zendesk(change).messages[0]!;
        expect([first.visibility, first.text.includes('Refund approved internally')]).toEqual(['public', true]);
      });
    for (const [name, html, change] of freshdeskCases)
      it(`Freshdesk: ${name}`, () => {
        const last = freshdesk(html, change).messages.at(-1)!;
        expect([last.id, last.visibility, last.text.includes('Refund approved internally')]).toEqual(['777', 'public', true]);
      });
  });
