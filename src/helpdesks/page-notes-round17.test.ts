// Round 17 (leak22): page variants rounds 11-16 did not try, scored on main before any fix by what `read-page` yields
// as public (a note's text must never be in a public message's text, quoted history or signature), and honest public
// messages that look like them (never held back). "live" = seen in public code written against live pages (index files
// cited), "modelled" = our guess at a layout. Live evidence used: Zendesk's merge wording "Request #N "subject" was
// closed and merged into this request. Last comment in request #N: …" (a merge-notice parser, index file 23364824418; a
// Zendesk-to-Slack bridge that skips merge comments, 35429942886; the merge API's target comment, private unless
// `target_comment_is_public`, 66847180681); a Zendesk styling extension (61566594905) puts its own
// `data-zes-comment-is-note` and `data-zes-comment-type` on every article and themes by `html[data-theme]`; a Zendesk
// extension reads `article.dataset.isInternal` beside the tag (52454386146). Icons with only a title, the lock's
// tooltips, previews and pending replies, mentions, skeletons, whispers, Sell notes, Freshdesk's chat layout, print
// view, Scenario and Freddy cards are modelled (no public code shows them).
import { describe, expect, it } from 'vitest';
import {
  JANE,
  SAM,
  SECRET,
  commentText as text,
  content,
  fill,
  fragment,
  freshdesk,
  honestCases,
  item,
  leakCases,
  leaked,
  status,
  tag,
  via,
  zendesk,
} from './page-notes-support';
import { isFinalReading } from '../ticket/warning';
import type { Ticket } from '../ticket/schema';

const bubble = (a: Element) => a.querySelector('[data-test-id="omni-log-item-message"]')!;
const MERGED = `<p>Request #812 "Printer jams" was closed and merged into this request. Last comment in request #812:</p><p>${SECRET}</p>`;

const ZENDESK: [string, (a: Element, doc: Document) => void][] = [
  [
    'the note shown by an icon titled "Internal note", no text label (modelled)',
    (a) => tag(a, '<span class="sc-i1-0" title="Internal note"><svg></svg></span>'),
  ],
  ['the note icon labelled "Notiz" (German UI, modelled)', (a) => tag(a, '<svg class="sc-i1-0" role="img" aria-label="Notiz"></svg>')],
  [
    'part B (c): the note icon\'s <title> "Note" (modelled; round 16 left)',
    (a) => tag(a, '<span class="sc-i1-0"><svg role="img"><title>Note</title></svg></span>'),
  ],
  ['the note icon titled "メモ" (Japanese UI, modelled)', (a) => tag(a, '<span class="sc-i1-0" title="メモ"><svg></svg></span>')],
  [
    'a lock icon titled "Only visible to agents" (modelled)',
    (a) => tag(a, '<span class="sc-i1-0" title="Only visible to agents"><svg></svg></span>'),
  ],
  [
    'a lock icon labelled "Hidden from the requester" (modelled)',
    (a) => tag(a, '<svg class="sc-i1-0" role="img" aria-label="Hidden from the requester"></svg>'),
  ],
  [
    "merge: the live merge notice quoting the merged ticket's last comment, the tag not rendered (wording live)",
    (a) => fill(text(a), MERGED),
  ],
  ['merge: the notice\'s via line "via Merge" (modelled)', (a) => (via(a).textContent = 'via Merge')],
  [
    'macro preview: the macro\'s note shown in the log, labelled "Preview" (modelled)',
    (a) => tag(a, '<span class="sc-p1-0">Preview · not sent</span>'),
  ],
  ['an "apply macro" draft pending in the log: data-state="draft" on the article (modelled)', (a) => a.setAttribute('data-state', 'draft')],
  ['a note still sending: aria-busy on the article, its tag not rendered yet (modelled)', (a) => a.setAttribute('aria-busy', 'true')],
  [
    'a note that failed to send: "Failed to send · Retry" in the header (modelled)',
    (a) => tag(a, '<span class="sc-f1-0">Failed to send</span><button>Retry</button>'),
  ],
  [
    'an @mention of an agent in the text (modelled: Zendesk mentions are for notes)',
    (a) => fill(text(a), `<p><a class="mention" data-mention-id="501" href="/agent/users/501">@Anna</a> can you check? ${SECRET}</p>`),
  ],
  [
    "virtualized: the tag's place a loading skeleton (aria-busy) at the first reading (modelled)",
    (a) => tag(a, '<span class="sc-s1-0" data-garden-id="loaders.skeleton" aria-busy="true"></span>'),
  ],
  [
    'public styling on a note: data-visibility="agents" on the bubble only (modelled)',
    (a) => bubble(a).setAttribute('data-visibility', 'agents'),
  ],
  ['Sunshine/messaging layout: a "whisper" class on the bubble (modelled)', (a) => bubble(a).classList.add('whisper')],
  ['Sunshine/messaging layout: "Whisper" as the header tag (modelled)', (a) => tag(a, '<span class="sc-w1-0">Whisper</span>')],
  ['Sell/Deals layout: data-activity-type="note" on the article (modelled)', (a) => a.setAttribute('data-activity-type', 'note')],
];

const ZENDESK_PUBLIC: [string, (a: Element, doc: Document) => void][] = [
  [
    'the styling extension\'s data-zes-comment-is-note="false" and data-zes-comment-type="agent" (live, 61566594905)',
    (a) => {
      a.setAttribute('data-zes-comment-is-note', 'false');
      a.setAttribute('data-zes-comment-type', 'agent');
    },
  ],
  [
    'the styling extension\'s dark theme: data-theme="dark" on <html> (live, 61566594905)',
    (a, doc) => doc.documentElement.setAttribute('data-theme', 'dark'),
  ],
  [
    'an attachment "Delivery note.pdf" beside the text (title and text)',
    (a) =>
      content(a).append(
        fragment(a.ownerDocument, '<div class="sc-at-0"><a title="Delivery note.pdf" href="/attachments/1">Delivery note.pdf</a></div>'),
      ),
  ],
  [
    'an attachment named "Note" (no extension) beside the text, as a link',
    (a) => content(a).append(fragment(a.ownerDocument, '<div class="sc-at-0"><a href="/attachments/2">Note</a></div>')),
  ],
  [
    '"@Anna from billing will call you" in the text, no mention element',
    (a) => fill(text(a), `<p>@Anna from billing will call you. ${SECRET}</p>`),
  ],
  ['"Note: your order ships Monday" in the text', (a) => fill(text(a), `<p>Note: your order ships Monday. ${SECRET}</p>`)],
  ['a sent check icon titled "Sent" in the header', (a) => tag(a, '<span class="sc-i1-0" title="Sent"><svg></svg></span>')],
  ['"via Messaging" on a messaging reply', (a) => (via(a).textContent = 'via Messaging')],
  [
    'a reply whose text says "I merged your two requests into this one"',
    (a) => fill(text(a), `<p>I merged your two requests into this one. ${SECRET}</p>`),
  ],
  [
    'a reply whose text says "the preview of your invoice is attached"',
    (a) => fill(text(a), `<p>The preview of your invoice is attached. ${SECRET}</p>`),
  ],
];

const MENTION = '<a class="fr-mention" data-mention-id="9002" href="/a/agents/9002">@Anna</a>';
const body = (html: string) => `<div class="ticket_note" data-note-id="777">${html} `;
const FRESHDESK: [string, string, ((item: Element) => void)?][] = [
  [
    'a "replied" item with data-is-public="false" (modelled)',
    item('', `${SAM}${status('replied')}`),
    (i) => i.setAttribute('data-is-public', 'false'),
  ],
  [
    'a "replied" item with data-visibility="agents-only" (modelled)',
    item('', `${SAM}${status('replied')}`),
    (i) => i.setAttribute('data-visibility', 'agents-only'),
  ],
  [
    'an @mention of an agent in a "replied" item (Freshdesk mentions are for private notes)',
    item('', `${SAM}${status('replied')}`, body(`${MENTION} can you check?`)),
  ],
  [
    'print / full conversation: a "Private" badge as text in a "replied" header (modelled)',
    item('', `${SAM}${status('replied')}<span class="badge">Private</span>`),
  ],
  [
    'print / full conversation: "Note" as a badge in a "replied" header (modelled)',
    item('', `${SAM}${status('replied')}<span class="badge">Note</span>`),
  ],
  [
    'Omni chat layout: data-message-type="note" on a "replied" bubble (modelled)',
    item('chat-message', `${SAM}${status('replied')}`),
    (i) => i.setAttribute('data-message-type', 'note'),
  ],
  [
    'Omni chat layout: a lock titled "Only visible to agents" (modelled)',
    item('chat-message', `${SAM}${status('replied')}<i title="Only visible to agents"></i>`),
  ],
  [
    'Scenario automation: "executed scenario Escalate" (modelled)',
    item('', `<span data-test-id="automation-label">Scenario</span>${status('executed scenario Escalate')}`),
  ],
  [
    'Freddy suggests: a card item by Freddy with the requester class (modelled)',
    item('ticket-details__requestor freddy-suggests', '<span data-test-id="automation-label">Freddy suggests</span>'),
  ],
  [
    'a note still sending: aria-busy on a "replied" item (modelled)',
    item('', `${SAM}${status('replied')}`),
    (i) => i.setAttribute('aria-busy', 'true'),
  ],
  [
    'merge: "merged into this ticket" note in a "replied" header (modelled)',
    item('', `${SAM}${status('replied')}<span>Merged into this ticket</span>`),
  ],
];

const FRESHDESK_PUBLIC: [string, string, ((item: Element) => void)?][] = [
  ['a reply with data-is-public="true"', item('', `${SAM}${status('replied')}`), (i) => i.setAttribute('data-is-public', 'true')],
  [
    'a reply whose text says "@Sam will call you" (no mention element)',
    item('', `${SAM}${status('replied')}`, body('@Sam will call you.')),
  ],
  ["the requester's e-mail with a Teams mention element in it", item('ticket-details__requestor', JANE, body(`${MENTION} please look.`))],
  [
    'a reply with an attachment "Notes.txt" beside the text',
    item('', `${SAM}${status('replied')}<div class="attachment" title="Notes.txt">Notes.txt</div>`),
  ],
  ['a reply with an "Email" badge in the header', item('', `${SAM}${status('replied')}<span class="badge">Email</span>`)],
  ['a reply with data-status="sent"', item('', `${SAM}${status('replied')}`), (i) => i.setAttribute('data-status', 'sent')],
];

leakCases('round 17', ZENDESK, FRESHDESK);

describe('round 17: a second reading', () => {
  it('Zendesk: the skeleton replaced by the tag reads internal too', () =>
    expect(leaked(zendesk((a) => tag(a, '<span class="garden-tag-item">Internal note</span>')))).toBe(false));
});

honestCases('round 17', ZENDESK_PUBLIC, FRESHDESK_PUBLIC);

// Part B (a): rev-leak21's tooltip that explains replies without "this" (fixed there); the same on Zendesk, and an honest
// help icon that opens with "Public replies" still reads public.
describe('round 17, part B (a): a long tooltip that opens by naming a note', () => {
  const TIP = 'Internal note: replies go to customers, notes stay with agents';
  it(`Zendesk: lock icon described by "${TIP}"`, () =>
    expect(
      leaked(
        zendesk((a, doc) => {
          tag(a, '<i class="sc-zz-0" aria-describedby="tip-22"></i>');
          doc.body.append(fragment(doc, `<div id="tip-22" role="tooltip">${TIP}</div>`));
        }),
      ),
    ).toBe(false));
  it('Freshdesk: an honest help icon "Public replies go to the customer, notes stay with agents" reads public', () => {
    const t = freshdesk(item('', `${SAM}${status('replied')}<span aria-describedby="tip-22">?</span>`), (i) =>
      i.ownerDocument.body.append(
        fragment(i.ownerDocument, '<div id="tip-22" role="tooltip">Public replies go to the customer, notes stay with agents</div>'),
      ),
    );
    expect(t.messages.at(-1)!.visibility).toBe('public');
  });
});

// Part B (b), decided: when the REST reading fails, the page's reading is final and drafts are made from it. Fail-safe
// there: any note-like sign in a class the adapter does not otherwise know (a token naming a note: "comment--note",
// "is-note", "bubble_note"; Freshdesk's own body class "ticket_note", on every message, excepted) keeps the message
// internal. A class with no such sign (a hashed "sc-7q8w9e-0") is no sign: round 16's residual, unchanged.
const restFailed = (t: Ticket): Ticket => ({ ...t, warnings: [...t.warnings, { field: 'api', text: 'the API could not be read' }] });
describe('round 17, part B (b): a note-like class alone, the REST reading failed', () => {
  for (const cls of ['comment--note', 'is-note', 'bubble_note', 'NoteBubble'])
    it(`Zendesk: class "${cls}" on the bubble, typed agent, header rendered`, () => {
      const t = restFailed(zendesk((a) => bubble(a).classList.add(cls)));
      expect([isFinalReading(t), leaked(t)]).toEqual([true, false]);
    });
  for (const cls of ['conversation--note', 'is-note', 'NoteItem'])
    it(`Freshdesk: class "${cls}" on a "replied" item`, () => {
      const t = restFailed(freshdesk(item(cls, `${SAM}${status('replied')}`)));
      expect([isFinalReading(t), leaked(t)]).toEqual([true, false]);
    });
  it('Freshdesk: a reply with only the body\'s own "ticket_note" class reads public', () =>
    expect(freshdesk(item('', `${SAM}${status('replied')}`)).messages.at(-1)!.visibility).toBe('public'));
});

// What the fail-safe costs, counted: an honest public reply that mentions a colleague (Zendesk adds a mentioned agent to
// a public reply as a CC) reads internal on the page until the REST reading says `public: true`.
describe('round 17: honest messages the page reading now keeps back', () => {
  it('Zendesk: a public reply with a mention element (a CC) reads internal on the page', () =>
    expect(
      zendesk((a) => fill(text(a), `<p><a class="mention" data-mention-id="502" href="/agent/users/502">@Ben</a> is copied. ${SECRET}</p>`))
        .messages[0]!.visibility,
    ).toBe('internal'));
});
