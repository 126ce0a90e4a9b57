// Round 14 (leak19): page variants rounds 11-13 did not try, scored on main before any fix by what `read-page` yields
// as public: a note's text must never be in a public message's text, quoted history or signature. Each variant is the
// fixture page (tests/fixtures/<helpdesk>/) changed as a live page could be; where it comes from is said on each:
// "live" = seen in public code written against live pages (index files cited), "modelled" = our guess at a layout.
// Live evidence used: a Zendesk frustration-meter extension (index file 52454386146) reads a note by
// `article.dataset.isInternal === 'true'` and the content's `data-originated-from` (ApiInteraction, Trigger: "internal
// notes sometimes have originatedFrom ApiInteraction"); a Zendesk scraper (65750186180) reads
// `[data-test-id="interaction-history-event"]` beside the log's comments; a Freshdesk userscript (kcgthb,
// 56129368702) tells a third party's e-mail filed as a note by its `.emails-info` block inside `.ticket-details__right`;
// a Zendesk extension (71429775793) reads a draft at `[data-test-id="omni-log-item-composer"] .zd-comment`, in the log.
import { describe, expect, it } from 'vitest';
import {
  filed,
  JANE,
  SAM,
  SECRET,
  content,
  fill,
  fragment,
  freshdesk,
  header,
  item,
  leaked,
  status,
  wrap,
  zendesk,
} from './page-notes-support';

export const ZENDESK: [string, (a: Element, doc: Document) => void][] = [
  // live attribute (52454386146), moved: Zendesk's virtual list wraps each log item twice (modelled depth).
  ['data-is-internal on a wrapper two levels up', (a) => wrap(a, { 'data-is-internal': 'true' })],
  ['aria-label "Internal note" on a wrapper two levels up (modelled)', (a) => wrap(a, { 'aria-label': 'Internal note', role: 'listitem' })],
  ['aria-label "Interne Notiz" on a wrapper two levels up (modelled, German agent)', (a) => wrap(a, { 'aria-label': 'Interne Notiz' })],
  [
    'the label "ملاحظة داخلية" as text in the row around the comment, not in it (modelled, Arabic agent)',
    (a) => wrap(a, { class: 'sc-row-1 aBc' }, 1, 'ملاحظة داخلية'),
  ],
  ['the label "Interne Notiz" as text in the row around the comment (modelled, German agent)', (a) => wrap(a, {}, 1, 'Interne Notiz')],
  [
    'an icon titled "ملاحظة داخلية" in the header (modelled, Arabic agent)',
    (a) => header(a).append(fragment(a.ownerDocument, '<i title="ملاحظة داخلية"></i>')),
  ],
  [
    'data-visibility="internal" on an element between the bubble and the content (modelled, a light UI variant)',
    (a) => wrap(content(a), { 'data-visibility': 'internal' }, 1),
  ],
  ['data-public="false" on the article (modelled: the REST flag as an attribute)', (a) => a.setAttribute('data-public', 'false')],
  ['data-is-public="false" on the bubble (modelled)', (a) => a.querySelector('[type]')!.setAttribute('data-is-public', 'false')],
  // A note that forwards a mail copied from another ticket's page (or a merged ticket's note quoting one): the
  // forwarded markup carries Zendesk's comment item, typed "agent", with a sender; the note marked by its tag only.
  [
    'a note forwarding markup of a Zendesk comment (the note marked by its tag only)',
    (a) => {
      a.querySelector('[type]')!.setAttribute('type', 'agent');
      header(a).append(fragment(a.ownerDocument, '<span data-test-id="omni-log-internal-note-tag">Internal note</span>'));
      fill(
        a.querySelector('.zd-comment')!,
        `<p>FYI, merged from #12:</p><article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="agent">` +
          `<div data-test-id="omni-log-item-header"><span data-test-id="omni-log-item-sender"><a href="/agent/users/501"><strong>Tom</strong></a></span>` +
          `<time datetime="2026-11-20T08:00:00Z">x</time></div><div data-test-id="omni-log-message-content"><p>${SECRET}</p></div></div></article>`,
      );
    },
  ],
  // A side conversation opened beside the log: its own log, of items typed like the conversation's (modelled).
  [
    'a side conversation panel with its own log, before the ticket log',
    (a, doc) => {
      const log = doc.querySelector('[data-test-id="omni-log-container"]')!;
      const panel = fragment(
        doc,
        '<section data-test-id="side-conversations-panel"><div data-test-id="omni-log-container"></div></section>',
      );
      panel.firstElementChild!.append(a.cloneNode(true));
      log.before(panel);
      fill(a.querySelector('.zd-comment')!, '<p>Hi Noor, thanks for letting us know.</p>');
    },
  ],
  // live (71429775793): the composer's draft sits in the log; a draft of a note there is not a message.
  [
    "an internal note's draft in the composer inside the log",
    (a, doc) => {
      fill(a.querySelector('.zd-comment')!, '<p>Hi Noor, thanks for letting us know.</p>');
      doc
        .querySelector('[data-test-id="omni-log"]')!
        .append(
          fragment(
            doc,
            `<div data-test-id="omni-log-item-composer"><div data-test-id="omni-log-item-message" type="agent"><div class="zd-comment"><p>${SECRET}</p></div></div></div>`,
          ),
        );
    },
  ],
  // live attribute (52454386146): a note made by the API or a trigger, typed "agent"; its tag the only marker left in
  // the collapsed view of an older comment (modelled: the tag renders as an icon with a title).
  [
    'a trigger-made note (data-originated-from="Trigger") marked by an icon titled "Internal" only',
    (a) => {
      content(a).setAttribute('data-originated-from', 'Trigger');
      header(a).append(fragment(a.ownerDocument, '<svg><title>Internal</title></svg>'));
    },
  ],
];

/** Variants that are no notes: the comment must stay public and keep its text. */
export const ZENDESK_PUBLIC: [string, (a: Element, doc: Document) => void][] = [
  [
    'a public reply quoting an internal note (the agent chose to send it)',
    (a) => fill(a.querySelector('.zd-comment')!, `<p>As my colleague noted: ${SECRET}</p>`),
  ],
  [
    'data-originated-from="EmailInteraction" on the content (live, 52454386146)',
    (a) => content(a).setAttribute('data-originated-from', 'EmailInteraction'),
  ],
  ['a row wrapper two levels up labelled "Comment by Tom Becker"', (a) => wrap(a, { 'aria-label': 'Comment by Tom Becker' })],
  ['data-public="true" on the article', (a) => a.setAttribute('data-public', 'true')],
  [
    'an attachment "private_invoice.pdf" under the text, outside it',
    (a) =>
      a
        .querySelector('[data-test-id="omni-log-item-footer"]')!
        .prepend(fragment(a.ownerDocument, '<a href="/attachments/token/x/?name=private_invoice.pdf">📎</a>')),
  ],
  [
    "the workspace's live side-conversations anchor around the log (ALT: data-side-conversations-anchor-id)",
    (_a, doc) => wrap(doc.querySelector('[data-test-id="omni-log-container"]')!, { 'data-side-conversations-anchor-id': '5' }, 1),
  ],
];

export const FRESHDESK: [string, string, ((item: Element) => void)?][] = [
  ['a lock icon labelled "Note privée" (modelled, French agent)', filed('<i class="ficon-lock" aria-label="Note privée"></i>')],
  ['a lock icon labelled "Nota privada" (modelled, Spanish agent)', filed('<i class="ficon-lock" aria-label="Nota privada"></i>')],
  ['a lock icon titled "ملاحظة خاصة" (modelled, Arabic agent)', filed('<i class="ficon-lock" title="ملاحظة خاصة"></i>')],
  ['a lock icon titled "Private Notiz" (modelled, German agent)', filed('<i class="ficon-lock" title="Private Notiz"></i>')],
  ['the action line "özel bir not ekledi" (modelled, Turkish agent)', filed(status('özel bir not ekledi'))],
  ['the action line "プライベートメモを追加しました" (modelled, Japanese agent)', filed(status('プライベートメモを追加しました'))],
  ['data-private="true" on a wrapper two levels up', filed(''), (i) => wrap(i, { 'data-private': 'true' })],
  ['aria-label "Private note" on a wrapper two levels up', filed(''), (i) => wrap(i, { 'aria-label': 'Private note' })],
  [
    'data-visibility="internal" on the item (modelled, a light UI variant)',
    filed(''),
    (i) => i.setAttribute('data-visibility', 'internal'),
  ],
  // A new layout (modelled): the note says it only by a class of another word and the action line "added a note".
  [
    'a new layout: class "conversation--agent-only", action line "added a note"',
    item('conversation--agent-only', `${SAM}${status('added a note')}`),
  ],
  // The ticket's agent-only summary panel beside the conversation, built of conversation items (modelled).
  [
    "the ticket's summary side panel, built of conversation items",
    `<div data-test-id="ticket-summary-panel">${item('', `${SAM}${status('updated the summary')}`)}</div>`,
  ],
  // The reply box of a new UI without .rich-editor, holding an open note's draft (modelled).
  [
    "a note's draft in a reply box without the known editor class",
    `<div class="ticket-details__item reply-box"><div class="fr-box"><div class="fr-element" contenteditable="true"><div class="ticket_note" data-note-id="777">${SECRET}</div></div></div></div>`,
  ],
  // A note's body shown in an iframe (modelled: a sandboxed e-mail view), the note marked as live.
  [
    'a private note whose body is an iframe (srcdoc)',
    item('ticket-details__privatenote', SAM, `<div class="ticket_note" data-note-id="777"><iframe srcdoc="<p>${SECRET}</p>"></iframe>`),
  ],
];

/** Look-alikes that are no notes: they stay public. */
export const FRESHDESK_PUBLIC: [string, string][] = [
  [
    'the requester\'s reply with a title "Privacy policy" on a link in the header',
    item('ticket-details__requestor', `${JANE}<a title="Privacy policy" href="/privacy">·</a>`),
  ],
  ["an agent's reply quoting a private note (the agent chose to send it)", item('', `${SAM}${status('replied')}`)],
  [
    'the requester\'s reply with an icon titled "International shipping"',
    item('ticket-details__requestor', `${JANE}<i title="International shipping"></i>`),
  ],
  ['an agent\'s reply from the "Internet" channel icon', item('', `${SAM}${status('replied')}<i aria-label="via Internet"></i>`)],
];

/**
 * Scored on main: notes read public 18/26 (Zendesk 10/13, Freshdesk 8/13), honest public kept 10/10. After: Zendesk 0,
 * Freshdesk 2, left: an action line in Turkish or Japanese on a third party's e-mail filed as a note without Freshdesk's
 * live private-note class (KCG: such items carry it); leak20 read them (action-text.ts), Freshdesk 0.
 */

describe('round 14: a note never reaches what the page reading yields as public', () => {
  for (const [name, change] of ZENDESK) it(`Zendesk: ${name}`, () => expect(leaked(zendesk(change))).toBe(false));
  for (const [name, html, change] of FRESHDESK) it(`Freshdesk: ${name}`, () => expect(leaked(freshdesk(html, change))).toBe(false));
});

describe('round 14: honest public messages stay public', () => {
  for (const [name, change] of ZENDESK_PUBLIC)
    it(`Zendesk: ${name}`, () => {
      const first = zendesk(change).messages[0]!;
      expect([first.visibility, first.text.includes('Refund approved internally')]).toEqual(['public', true]);
    });
  for (const [name, html] of FRESHDESK_PUBLIC)
    it(`Freshdesk: ${name}`, () => {
      const last = freshdesk(html).messages.at(-1)!;
      expect([last.id, last.visibility, last.text.includes('Refund approved internally')]).toEqual(['777', 'public', true]);
    });
});

// rev-leak19: honest public messages a too broad private word held back (modelled): a requester named Privett on her
// avatar, an attachment or a link whose name holds "privilege" or "deprivation", an agent's reply whose header says
// "internally reviewed". A note's words stay: "private", "privé(e)", "privada", "privat", "internal".
const REVIEW_PUBLIC: [string, string][] = [
  [
    'the requester "Anna Privett", her name on her avatar',
    item('ticket-details__requestor', `${JANE}<img alt="Anna Privett" title="Anna Privett" src="/avatar.png">`),
  ],
  [
    'an attachment named "privilege-card.pdf" in the header',
    item('ticket-details__requestor', `${JANE}<a href="/attachments/privilege-card.pdf" title="privilege-card.pdf">📎</a>`),
  ],
  ['a link titled "Sleep deprivation study"', item('ticket-details__requestor', `${JANE}<a title="Sleep deprivation study">·</a>`)],
];
describe('rev-leak19: honest public messages the private words do not hold back', () => {
  for (const [name, html] of REVIEW_PUBLIC)
    it(`Freshdesk: ${name}`, () => {
      const last = freshdesk(html).messages.at(-1)!;
      expect([last.id, last.visibility, last.text.includes('Refund approved internally')]).toEqual(['777', 'public', true]);
    });
});

// rev-leak19 probes (modelled): note markers leak19's rules may miss on the Zendesk page.
const REVIEW_NOTES: [string, (a: Element, doc: Document) => void][] = [
  ['data-is-internal="1" on a wrapper two levels up', (a) => wrap(a, { 'data-is-internal': '1' })],
  ['data-is-internal="yes" on the article', (a) => a.setAttribute('data-is-internal', 'yes')],
  ...(
    [
      ['fr', 'Note interne'],
      ['es', 'Nota interna'],
      ['pt', 'Nota interna'],
      ['nl', 'Interne notitie'],
      ['sv', 'Intern anteckning'],
      ['pl', 'Notatka wewnętrzna'],
      ['tr', 'Dahili not'],
      ['ja', '内部メモ'],
    ] as const
  ).map(([lang, label]): [string, (a: Element) => void] => [
    `aria-label "${label}" on a wrapper two levels up (${lang})`,
    (a) => wrap(a, { 'aria-label': label }),
  ]),
  [
    'the label split over elements in the header ("Internal" + " note")',
    (a) => header(a).append(fragment(a.ownerDocument, '<span><b>Inter</b><b>nal note</b></span>')),
  ],
];
describe('rev-leak19 probes: Zendesk notes', () => {
  for (const [name, change] of REVIEW_NOTES) it(`Zendesk: ${name}`, () => expect(leaked(zendesk(change))).toBe(false));
});
describe('rev-leak19 probes: the control stays public', () => {
  it('Zendesk: aria-label "Reply from Anna" on a wrapper two levels up', () => {
    const first = zendesk((a) => wrap(a, { 'aria-label': 'Reply from Anna' })).messages[0]!;
    expect([first.visibility, first.text.includes('Refund approved internally')]).toEqual(['public', true]);
  });
});
