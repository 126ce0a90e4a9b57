// Round 15 (leak20): page variants rounds 11-14 did not try, scored on main before any fix by what `read-page` yields
// as public: a note's text must never be in a public message's text, quoted history or signature. Each variant is the
// fixture page changed as a live page could be (page-notes-support.ts); "live" = seen in public code written against
// live pages (index files cited), "modelled" = our guess at a layout. Live evidence used: a Zendesk chat-styles
// userscript (index file 8390090386) marks messaging tickets by their subject ("Conversation with …"), finds their
// messages as the same log items, tells agents' by the avatar's AgentBadge, and restyles a `.zendesk-note` element inside
// agents' chat messages dark on light (a note box; where it sits is modelled) while adding classes of its own
// (message-HE, message-USER) to the articles; a Freshdesk message extractor (69435803588) reads the recipients of a
// message in `[data-test-id="to-emails"]` and a note's notified agents in `[data-test-id="notified-to-emails"]`.
// The marker that arrives after the first reading is in src/content/ticket-watcher.test.ts (round 15 there).
import { describe, expect, it } from 'vitest';
import {
  JANE,
  SAM,
  SECRET,
  content,
  fill,
  filed,
  fragment,
  freshdesk,
  header,
  honestCases,
  item,
  leakedOrThrew,
  status,
  wrap,
  zendesk,
} from './page-notes-support';
import { freshdeskAdapter } from './freshdesk/adapter';
import { loadPage as loadFreshdeskPage } from './freshdesk/test-support';
import { readPage } from './page-text';

const text = (a: Element) => a.querySelector('.zd-comment')!;
/** An element at the page's end, as Garden and Crayons render tooltips and popovers (a portal), outside the log. */
const portal = (doc: Document, html: string) => doc.body.append(fragment(doc, html));

const ZENDESK: [string, (a: Element, doc: Document) => void][] = [
  [
    'messaging ticket: the note box ".zendesk-note" around the text, inside the content (live class, 8390090386; place modelled)',
    (a, doc) => {
      doc.querySelector('[data-test-id="omni-header-subject"]')!.setAttribute('value', 'Conversation with Noor Hassan');
      wrap(text(a), { class: 'zendesk-note' }, 1);
    },
  ],
  [
    'the tag "Internal note" rendered inside the content, above the text (modelled: a light UI moving the tag)',
    (a) => content(a).prepend(fragment(a.ownerDocument, '<span class="sc-1x2y3z-0 kLmNoP">Internal note</span>')),
  ],
  [
    'a lock icon described by a tooltip "Internal note" in a portal at the page\'s end (modelled: Garden tooltips)',
    (a, doc) => {
      header(a).append(fragment(doc, '<svg aria-describedby="tooltip-r7" role="img"></svg>'));
      portal(doc, '<div id="tooltip-r7" role="tooltip">Internal note</div>');
    },
  ],
  [
    'the article labelled by a heading outside it, "Interne Notiz" (modelled: aria-labelledby)',
    (a, doc) => {
      a.setAttribute('aria-labelledby', 'note-h-5');
      portal(doc, '<h3 id="note-h-5" class="sr-only">Interne Notiz</h3>');
    },
  ],
  [
    'an icon from a sprite, <use href="#zd-icon-internal-note"> (modelled)',
    (a) => header(a).append(fragment(a.ownerDocument, '<svg><use href="#zd-icon-internal-note"></use></svg>')),
  ],
  // Fail-safe by design: what a layout does not show is no public evidence.
  [
    'virtualised list: an off-screen note as a placeholder, sender and text rendered, bubble type and tag not yet (modelled)',
    (a) => a.querySelector('[type]')!.removeAttribute('type'),
  ],
  [
    "merged ticket: the source's last note quoted in a system comment without a sender (modelled)",
    (a) => a.querySelector('[data-test-id="omni-log-item-sender"]')!.remove(),
  ],
  [
    'a CSS-only marker: a hashed class the adapter does not know, the bubble untyped (modelled)',
    (a) => {
      const bubble = a.querySelector('[type]')!;
      bubble.removeAttribute('type');
      bubble.setAttribute('class', 'sc-9z8y7x-0 hGfDsa');
    },
  ],
  [
    'quirks mode: the class "Is-Internal" in another case on the bubble (modelled)',
    (a) => a.querySelector('[type]')!.classList.add('Is-Internal'),
  ],
  [
    'a light UI: the bubble without its test id, typed "agent" (modelled)',
    (a) => a.querySelector('[type]')!.removeAttribute('data-test-id'),
  ],
];

const ZENDESK_PUBLIC: [string, (a: Element, doc: Document) => void][] = [
  [
    'messaging ticket: an agent\'s chat message, the class "message-HE" a userscript adds (live, 8390090386)',
    (a, doc) => {
      doc.querySelector('[data-test-id="omni-header-subject"]')!.setAttribute('value', 'Conversation with Noor Hassan');
      a.classList.add('message-HE');
    },
  ],
  [
    'a banner "Translated from German" inside the content, above the text (modelled)',
    (a) => content(a).prepend(fragment(a.ownerDocument, '<div class="sc-1x2y3z-0 kLmNoP">Translated from German</div>')),
  ],
  ['a wrapper "zendesk-message" around the text inside the content (modelled)', (a) => wrap(text(a), { class: 'zendesk-message' }, 1)],
  [
    'an attachment "Internet bill.pdf" listed inside the content under the text',
    (a) =>
      content(a).append(fragment(a.ownerDocument, '<a href="/attachments/1/?name=x.pdf" title="Internet bill.pdf">Internet bill.pdf</a>')),
  ],
  [
    'a copy-link icon described by a tooltip "Copy link" in a portal',
    (a, doc) => {
      header(a).append(fragment(doc, '<svg aria-describedby="tooltip-r8" role="img"></svg>'));
      portal(doc, '<div id="tooltip-r8" role="tooltip">Copy link</div>');
    },
  ],
  [
    "the article labelled by its sender's name (aria-labelledby)",
    (a) => {
      a.querySelector('[data-test-id="omni-log-item-sender"] strong')!.id = 'sender-5';
      a.setAttribute('aria-labelledby', 'sender-5');
    },
  ],
  [
    'an icon from a sprite, <use href="#zd-icon-email">',
    (a) => header(a).append(fragment(a.ownerDocument, '<svg><use href="#zd-icon-email"></use></svg>')),
  ],
  [
    'a link to "#internal-section" inside the text (the agent wrote it)',
    (a) => fill(text(a), `<p>${SECRET} See <a href="#internal-section">the help page</a>.</p>`),
  ],
  [
    'a link to the help center in the footer, "/hc/articles/1-internal-transfers"',
    (a) =>
      a
        .querySelector('[data-test-id="omni-log-item-footer"]')!
        .append(fragment(a.ownerDocument, '<a href="/hc/articles/1-internal-transfers">?</a>')),
  ],
  [
    'an attachment titled "internship-offer.pdf" in the footer',
    (a) =>
      a
        .querySelector('[data-test-id="omni-log-item-footer"]')!
        .prepend(
          fragment(a.ownerDocument, '<a href="/attachments/token/x/?name=internship-offer.pdf" title="internship-offer.pdf">📎</a>'),
        ),
  ],
  [
    'a "Note:" paragraph and a quoted "private" in the text (the agent wrote them)',
    (a) => fill(text(a), `<p>Note: ${SECRET}</p><p>Your "private" data stays yours.</p>`),
  ],
];

const REPLY_TO_CARRIER = `${SAM}${status('replied')}<div class="emails-info" data-test-id="to-emails">To: orders@carrier.example</div>`;

const FRESHDESK: [string, string, ((item: Element) => void)?][] = [
  [
    'a forward to a third party: "Sam forwarded", To: the carrier (modelled action line)',
    item('', `${SAM}${status('forwarded')}<div class="emails-info" data-test-id="to-emails">To: orders@carrier.example</div>`),
  ],
  [
    'an agent\'s reply to a forward, to the carrier: "replied" (modelled), To: the carrier (live test id, 69435803588)',
    item('forward-reply', REPLY_TO_CARRIER),
  ],
  [
    'an agent\'s reply in a forwarded thread: "replied", the item classed a forward (modelled)',
    item('ticket-details__forward', `${SAM}${status('replied')}`),
  ],
  [
    'a lock icon described by a tooltip "Private note" in a portal (modelled: Crayons tooltips)',
    filed('<i class="ficon-lock" aria-describedby="ember311-tooltip"></i>'),
    (i) => portal(i.ownerDocument, '<div id="ember311-tooltip" role="tooltip">Private note</div>'),
  ],
  [
    'a note\'s notified agents (live test id notified-to-emails, 69435803588), the action line "added a note"',
    item(
      '',
      `${SAM}${status('added a note')}<div data-test-id="notified-to-emails"><span data-test-id="display-emails">lisa@acme.example</span></div>`,
    ),
  ],
  [
    'Freshdesk Omni: the conversation item inside a shadow root (modelled)',
    filed(''),
    (i) => {
      const host = i.ownerDocument.createElement('fw-conversation-item');
      const template = i.ownerDocument.createElement('template');
      template.setAttribute('shadowrootmode', 'open');
      i.replaceWith(host);
      host.append(template);
      (template as HTMLTemplateElement).content.append(i);
    },
  ],
  [
    'quirks mode: the class "Ticket-Details__PrivateNote" in another case (modelled)',
    item('Ticket-Details__PrivateNote', `${SAM}${status('replied')}`),
  ],
  ['a CSS-only marker: a hashed class, no public marker (modelled)', item('css-1q2w3e', SAM)],
  ['an icon from a sprite, <use href="#icon-private-note"> (modelled)', filed('<svg><use href="#icon-private-note"></use></svg>')],
];

const FRESHDESK_PUBLIC: [string, string, ((item: Element) => void)?][] = [
  [
    "an agent's reply To: the requester (the live to-emails block; the fixture's requester, jane.doe@example.com)",
    item('', `${SAM}${status('replied')}<div class="emails-info" data-test-id="to-emails">To: jane.doe@example.com</div>`),
  ],
  [
    "an agent's reply To: the requester, Cc: the carrier",
    item(
      '',
      `${SAM}${status('replied')}<div class="emails-info" data-test-id="to-emails">To: jane.doe@example.com Cc: orders@carrier.example</div>`,
    ),
  ],
  [
    'the requester\'s reply with an icon described by a tooltip "Email" in a portal',
    item('ticket-details__requestor', `${JANE}<i class="ficon-mail" aria-describedby="ember312-tooltip"></i>`),
    (i) => portal(i.ownerDocument, '<div id="ember312-tooltip" role="tooltip">Email</div>'),
  ],
  [
    'an agent\'s reply whose text says "I forwarded this to our carrier"',
    item('', `${SAM}${status('replied')}`, '<div class="ticket_note" data-note-id="777">I forwarded this to our carrier. '),
  ],
  [
    'the requester\'s reply with an attachment "internship-offer.pdf"',
    item('ticket-details__requestor', `${JANE}<a href="/attachments/internship-offer.pdf" title="internship-offer.pdf">📎</a>`),
  ],
];

/**
 * Scored on main before any fix: notes read public 8/19 (Zendesk 5/10, Freshdesk 3/9), honest public kept 13/15 (an
 * attachment "internship-offer.pdf" held back on both helpdesks). After: 0/19, 15/15.
 */

describe('round 15: a note never reaches what the page reading yields as public', () => {
  for (const [name, change] of ZENDESK) it(`Zendesk: ${name}`, () => expect(leakedOrThrew(() => zendesk(change))).toBe(false));
  for (const [name, html, change] of FRESHDESK)
    it(`Freshdesk: ${name}`, () => expect(leakedOrThrew(() => freshdesk(html, change))).toBe(false));
});

honestCases('round 15', ZENDESK_PUBLIC, FRESHDESK_PUBLIC);

// Part B (leak19's leftover): a word for a note in an attribute around the whole conversation held every Freshdesk message
// back, blanking the sidebar for a whole helpdesk skin. Modelled wrappers a team's skin or an embedding app may add.
const AROUND_ALL: [string, Record<string, string>][] = [
  ['class="internal-tools-layout" on the app\'s layout', { class: 'internal-tools-layout' }],
  ['data-app="intern-dashboard" on the app\'s layout', { 'data-app': 'intern-dashboard' }],
  ['aria-label="Private workspace" on the main pane', { 'aria-label': 'Private workspace' }],
];
const publicIds = (doc: Document, url: URL) =>
  readPage(freshdeskAdapter.readFromDom, doc, url)
    .messages.filter((m) => m.visibility === 'public')
    .map((m) => m.id);

describe('round 15, part B: a word around the whole Freshdesk conversation holds no message back', () => {
  const { doc, url } = loadFreshdeskPage('standard');
  const plain = publicIds(doc, url);
  it('the standard page reads public messages', () => expect(plain.length).toBeGreaterThan(1));
  for (const [name, attributes] of AROUND_ALL)
    it(name, () => {
      const page = loadFreshdeskPage('standard');
      const layout = page.doc.querySelector(name.includes('main pane') ? 'main' : '.app-layout')!;
      for (const [attribute, value] of Object.entries(attributes)) layout.setAttribute(attribute, value);
      expect(publicIds(page.doc, page.url)).toEqual(plain);
    });
  it('a wrapper around one item still marks it, below the conversation list', () => {
    const ticket = freshdesk(filed(''), (i) => wrap(i, { 'data-private': 'true' }, 1));
    expect(ticket.messages.at(-1)!.visibility).toBe('internal');
  });
  it('a page of one item: a wrapper of it with a note word marks it (no list to stop at)', () => {
    const page = loadFreshdeskPage('standard');
    const items = [...page.doc.querySelectorAll('.ticket-details__items > .ticket-details__item:not(.reply-box)')];
    items.slice(1).forEach((i) => i.remove());
    page.doc.querySelector('.ticket-details__items')!.setAttribute('data-private', 'true');
    expect(readPage(freshdeskAdapter.readFromDom, page.doc, page.url).messages.map((m) => m.visibility)).toEqual(['internal']);
  });
});
