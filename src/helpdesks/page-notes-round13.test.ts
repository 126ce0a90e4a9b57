// Round 13 (page14): note markers the page readings did not know, each on a message that otherwise shows public
// evidence (Zendesk: a bubble typed "agent" under a rendered header; Freshdesk: the requester class or a "replied"
// action line), scored on main before any fix. A note's text must never be read as public. The REST reading takes
// visibility from the API's flag (public: true, private: false), so only the page readings are scored here.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { zendeskAdapter } from './zendesk/adapter';
import { freshdeskAdapter } from './freshdesk/adapter';
import { loadPage as loadZendeskPage, pageUrl } from '../../tests/fixtures/zendesk/load';
import { loadPage as loadFreshdeskPage } from './freshdesk/test-support';
import { readPage } from './page-text';

/** The first comment of Zendesk's newer layout, typed "agent" (public evidence), changed by `change`. */
const zendeskFirst = (change: (article: Element) => void) => {
  const doc = loadZendeskPage('newer-garden.html');
  const article = doc.querySelector('article[data-test-id="omni-log-comment-item"]')!;
  article.querySelector('[type]')!.setAttribute('type', 'agent');
  change(article);
  return readPage(zendeskAdapter.readFromDom, doc, pageUrl('/agent/tickets/5')).messages[0]!;
};
const header = (a: Element) => a.querySelector('[data-test-id="omni-log-item-header"]')!;
const icon = (a: Element, attributes: Record<string, string>) => {
  const svg = header(a).appendChild(a.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value);
};

/** One Freshdesk conversation item after the standard fixture's, read as the page's last message. */
const freshdeskItem = (itemHtml: string) => {
  const { doc, url } = loadFreshdeskPage('standard');
  const { document } = parseHTML(`<div>${itemHtml}</div>`);
  doc.querySelector('.ticket-details__items .reply-box')!.before(doc.importNode(document.querySelector('div > div')!, true));
  const message = readPage(freshdeskAdapter.readFromDom, doc, url).messages.at(-1)!;
  expect(message.id).toBe('777');
  return message;
};
const item = (attributes: string, headerHtml: string, body = '<div class="ticket_note" data-note-id="777">') => `
  <div class="ticket-details__item ${attributes}">
    <div class="conversation-header">${headerHtml}<time datetime="2026-11-22T10:00:00Z">now</time></div>
    ${body}Refund approved internally, do not tell the customer yet.</div>
  </div>`;
const SAM_REPLIED = '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> <span data-test-id="conversation-status">replied</span>';
const JANE = '<a data-test-id="user-name" href="/a/contacts/5001">Jane</a>';

export const ZENDESK_NOTES: [string, (a: Element) => void][] = [
  // The article's own label names the note (Zendesk labels each log item for screen readers), the tag gone.
  ['the article labelled "Internal note by Tom Becker"', (a) => a.setAttribute('aria-label', 'Internal note by Tom Becker')],
  ['a lock icon whose only label is aria-label="Internal"', (a) => icon(a, { 'aria-label': 'Internal', role: 'img' })],
  ['an icon whose only label is a title "Interne Notiz"', (a) => icon(a, { title: 'Interne Notiz' })],
  ['a data-is-internal attribute on the bubble', (a) => a.querySelector('[type]')!.setAttribute('data-is-internal', 'true')],
  [
    'a side conversation item of the newer layout (a test id naming the side conversation)',
    (a) => {
      const wrapper = a.ownerDocument.createElement('div');
      wrapper.setAttribute('data-test-id', 'omni-log-side-conversation-item');
      a.replaceWith(wrapper);
      wrapper.append(a);
      a.querySelector('[type]')!.setAttribute('type', 'end-user');
    },
  ],
  ['a side-conversation class on the bubble', (a) => a.querySelector('[type]')!.classList.add('side-conversation-message')],
];

export const FRESHDESK_NOTES: [string, string][] = [
  [
    'a lock icon whose only label is aria-label="Private note"',
    item('', `${SAM_REPLIED}<i class="ficon-lock" aria-label="Private note"></i>`),
  ],
  [
    'an icon whose only label is a title "Private"',
    item('ticket-details__requestor', `${JANE}<span class="icon-lock" title="Private"></span>`),
  ],
  ['a data-private attribute on the item', item('ticket-details__requestor" data-private="true', JANE)],
  // The older (Mint) layout: the note's body, .ticket_note[data-note-id], says it in an attribute of its own, in a
  // thread forwarded to a third party whose item still says "replied".
  [
    'the older layout: the body typed as a note (data-note-type="private")',
    item('', SAM_REPLIED, '<div class="ticket_note" data-note-id="777" data-note-type="private">'),
  ],
  [
    'the older layout: a forwarded thread whose body is marked private by a data attribute',
    item('', `${SAM_REPLIED} <span>(forwarded)</span>`, '<div class="ticket_note fwd" data-note-id="777" data-is-private="1">'),
  ],
  [
    'the action line "added a note" with an icon labelled "Private"',
    item('ticket-details__requestor', `${JANE} added a note <i aria-label="Private"></i>`),
  ],
];

/** Look-alikes that are not notes: they stay public. */
export const ZENDESK_PUBLIC: [string, (a: Element) => void][] = [
  ['the article labelled "Comment by Tom Becker"', (a) => a.setAttribute('aria-label', 'Comment by Tom Becker')],
  ['an icon titled "Email"', (a) => icon(a, { title: 'Email' })],
];
export const FRESHDESK_PUBLIC: [string, string][] = [
  ['an icon titled "Email" on a reply', item('', `${SAM_REPLIED}<span class="icon-mail" title="Email"></span>`)],
  // page15: the attributes are read outside the text only (an e-mail keeps its own).
  [
    'a title "Private note" and data-private in the customer\'s e-mail',
    item('ticket-details__requestor', JANE, '<div class="ticket_note" data-note-id="777"><b title="Private note" data-private="1">PS</b> '),
  ],
];

/**
 * Scored on main and left, none now. page15: a Zendesk side conversation marked by a test id or class naming it (a
 * selector of its own, which a fixture shows: selectors.test.ts holds every alternative to one), 2 -> 0; Freshdesk's
 * private-note marker read from the item's own attributes, names and values, 6 -> 0.
 */
export const NOT_YET_NOTES = new Set<string>([]);
const itOrFails = (name: string) => (NOT_YET_NOTES.has(name) ? it.fails : it);

describe('round 13: a note is never read as public', () => {
  for (const [name, change] of ZENDESK_NOTES)
    itOrFails(`Zendesk page: ${name}`)(`Zendesk page: ${name}`, () => {
      const message = zendeskFirst(change);
      expect(message.text).toContain('please cancel my subscription');
      expect(message.visibility).toBe('internal');
    });
  for (const [name, html] of FRESHDESK_NOTES)
    itOrFails(`Freshdesk page: ${name}`)(`Freshdesk page: ${name}`, () => expect(freshdeskItem(html).visibility).toBe('internal'));
});

describe('round 13: look-alikes stay public', () => {
  for (const [name, change] of ZENDESK_PUBLIC) it(`Zendesk page: ${name}`, () => expect(zendeskFirst(change).visibility).toBe('public'));
  for (const [name, html] of FRESHDESK_PUBLIC) it(`Freshdesk page: ${name}`, () => expect(freshdeskItem(html).visibility).toBe('public'));
});

// Review of page14 (rev-page14): notes that still read as public, and public comments held back by the new reading.
const el = (a: Element, html: string, where: Element = header(a)) => {
  const { document } = parseHTML(`<div>${html}</div>`);
  where.append(a.ownerDocument.importNode(document.querySelector('div > *')!, true));
};
const wrap = (a: Element, attributes: Record<string, string>) => {
  const wrapper = a.ownerDocument.createElement('div');
  for (const [name, value] of Object.entries(attributes)) wrapper.setAttribute(name, value);
  a.replaceWith(wrapper);
  wrapper.append(a);
};
export const ZENDESK_NOTES_REVIEW: [string, (a: Element) => void][] = [
  ['a lock image whose only label is alt="Internal note"', (a) => el(a, '<img alt="Internal note" src="/lock.svg">')],
  ['an svg icon with a <title> child "Internal" in the avatar', (a) => el(a, '<svg><title>Internal</title></svg>', a.firstElementChild!)],
  [
    'a screen-reader span "Internal note" in the bubble outside the header',
    (a) => el(a, '<span class="sr-only">Internal note</span>', a.querySelector('[type]')!),
  ],
  ['data-is-internal on a wrapper of the article', (a) => wrap(a, { 'data-is-internal': 'true' })],
  ['aria-label "Internal note" on a wrapper of the article', (a) => wrap(a, { 'aria-label': 'Internal note' })],
  ['the article labelled in Bulgarian, "Вътрешна бележка"', (a) => a.setAttribute('aria-label', 'Вътрешна бележка')],
  ['the article labelled in Hindi, "आंतरिक नोट"', (a) => a.setAttribute('aria-label', 'आंतरिक नोट')],
  ['an icon titled "Nota interna" nested two deep', (a) => el(a, '<span><span><i title="Nota interna"></i></span></span>')],
  [
    'the article labelled "Internal note by er" (a sender name inside the label)',
    (a) => {
      a.setAttribute('aria-label', 'Internal note by er');
      a.querySelector('[data-test-id="omni-log-item-sender"] strong')!.textContent = 'er';
    },
  ],
];
export const ZENDESK_PUBLIC_REVIEW: [string, (a: Element) => void][] = [
  [
    'the article labelled "Comment by Noor Hassan (Acme International)"',
    (a) => a.setAttribute('aria-label', 'Comment by Noor Hassan (Acme International)'),
  ],
  [
    'an attachment titled "Privacy request.pdf" under the text',
    (a) => el(a, '<a href="/attachments/1" title="Privacy request.pdf">Privacy request.pdf</a>', a.querySelector('[type]')!),
  ],
  ['an icon titled "Internet" (the channel)', (a) => icon(a, { title: 'Internet' })],
  [
    'a customer named "Internal Audit Dept" in the sender and the article label',
    (a) => {
      a.querySelector('[data-test-id="omni-log-item-sender"] strong')!.textContent = 'Internal Audit Dept';
      a.setAttribute('aria-label', 'Comment by Internal Audit Dept');
    },
  ],
  ['a link titled "internal wiki" in the header', (a) => el(a, '<a href="/wiki" title="internal wiki">wiki</a>')],
  [
    'a footer button labelled "Make internal"',
    (a) => el(a, '<button aria-label="Make internal">…</button>', a.querySelector('[data-test-id="omni-log-item-footer"]')!),
  ],
  ['a public badge labelled "Public reply, not internal"', (a) => icon(a, { 'aria-label': 'Public reply, not internal' })],
  [
    'an avatar titled with a base64 source holding "priv"',
    (a) => el(a, '<img title="Noor" src="data:image/png;base64,AAAAprivAAAA">', a.firstElementChild!),
  ],
];
/**
 * Scored on page14 before the review's fix: notes read public 8/9, public comments held back 7/8 (fail-safe). After:
 * 1/9 and 4/8, left: a sender's name that is a piece of the label's word ("er" in "Internal") takes the word apart
 * when it is taken out (no agent is named so); a label that says "internal" of something else (a link, an action, a
 * negation) and a base64 avatar source that happens to hold "priv" are held back, fail-safe. leak19: an address (href,
 * src) is no longer read as a label, so the avatar stays public: 3/8 held back.
 */
// read23: a sender's name is taken out of the label only where it is a word of its own, and nothing is read on a link to
// a page (as on Freshdesk, rev-leak22): the note with "er" reads internal, the "internal wiki" link public. Left, fail-safe:
// a control's label ("Make internal") and a negation ("not internal").
const NOT_YET_REVIEW = new Set<string>([
  'a footer button labelled "Make internal"',
  'a public badge labelled "Public reply, not internal"',
]);
describe('round 13 review: a note is never read as public', () => {
  for (const [name, change] of ZENDESK_NOTES_REVIEW)
    (NOT_YET_REVIEW.has(name) ? it.fails : it)(`Zendesk page: ${name}`, () => {
      const message = zendeskFirst(change);
      expect(message.text).toContain('please cancel my subscription');
      expect(message.visibility).toBe('internal');
    });
});
describe('round 13 review: public comments that mention "internal" outside a note label', () => {
  for (const [name, change] of ZENDESK_PUBLIC_REVIEW)
    (NOT_YET_REVIEW.has(name) ? it.fails : it)(`Zendesk page: ${name}`, () => expect(zendeskFirst(change).visibility).toBe('public'));
});
