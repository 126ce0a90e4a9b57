// Round 16 (leak21): page variants rounds 11-15 did not try, scored on main before any fix by what `read-page` yields
// as public (a note's text must never be in a public message's text, quoted history or signature), and honest public
// messages that look like them (never held back). "live" = seen in public code written against live pages (index files
// cited), "modelled" = our guess at a layout. Live evidence used: a Zendesk styling extension labels a side
// conversation's log item "via side conversation" (index file 61566594905, already STYLING in zendesk/selectors.ts); a
// Zendesk auto-translation userscript (60336940961) finds the bubble as `[data-test-id="omni-log-item-message"]`
// typed end-user|agent, swaps the `.zd-comment`'s HTML for "ENGLISH TRANSLATION:" plus the text, keeps the original for
// its "Show original" button and adds a `.zt-translate-container` row after the message; a Zendesk context extension
// (5821284978) reads every `[data-test-id="omni-log-message-content"]` child, so what Zendesk renders in the content
// beside the `.zd-comment` is the comment's too; Freshdesk's to-emails block (69435803588, round 15). Side conversations,
// Talk, AI panels, Collab, Freddy, reply-to-forward wording and the drawers are modelled (no public code shows them).
import { describe, expect, it } from 'vitest';
import {
  BESIDE,
  JANE,
  SAM,
  SECRET,
  commentText as text,
  content,
  fill,
  filed,
  fragment,
  freshdesk,
  honestCases,
  item,
  leakCases,
  leaked,
  leakedOrThrew,
  status,
  tag,
  via,
  zendesk,
} from './page-notes-support';
import { isFinalReading } from '../ticket/warning';

/** A public text in the comment and the note's text in a block Zendesk renders in the content beside it. */
const besideText = (a: Element, html: string) => {
  fill(text(a), '<p>Thanks, we are looking into it.</p>');
  content(a).prepend(fragment(a.ownerDocument, html));
};
const ZENDESK: [string, (a: Element, doc: Document) => void][] = [
  [
    'side conversation: its via label "via side conversation" (live wording, STYLING) in the via element',
    (a) => (via(a).textContent = 'via side conversation'),
  ],
  [
    'side conversation with Slack: the article labelled "Side conversation · #ops-escalations" (modelled)',
    (a) => {
      a.setAttribute('aria-label', 'Side conversation · #ops-escalations');
      via(a).textContent = 'via Slack';
    },
  ],
  [
    'side conversation: a child-ticket comment labelled "Child ticket #812" in the header (modelled)',
    (a) => tag(a, '<span class="sc-aa11-0">Side conversation: Child ticket #812</span>'),
  ],
  [
    'Talk: a call\'s transcript in a voice block inside the content, the text empty (modelled, "voice-comment")',
    (a) => besideText(a, `<div data-test-id="omni-log-voice-comment"><p>Call transcript</p><p>${BESIDE}</p></div>`),
  ],
  [
    'Talk: the call recording item labelled "Call recording" with its transcript as the text (modelled)',
    (a) => {
      via(a).textContent = 'via Phone call';
      tag(a, '<span class="sc-bb22-0">Call recording · Transcript</span>');
    },
  ],
  [
    "AI: an intelligent-triage summary card inside the first comment's content (modelled)",
    (a) =>
      besideText(a, `<section data-test-id="intelligent-triage-summary" aria-label="Summary"><h4>Summary</h4><p>${BESIDE}</p></section>`),
  ],
  [
    'AI: a "suggested first reply" panel inside the content quoting the notes (modelled)',
    (a) => besideText(a, `<div class="sc-cc33-0 ai-suggested-reply"><p>Suggested reply</p><p>${BESIDE}</p></div>`),
  ],
  [
    'translated note: "Show original" kept in a hidden block beside the text, the note tag gone (modelled)',
    (a) => besideText(a, `<div class="sc-dd44-0" hidden data-original-lang="de"><p>${BESIDE}</p></div>`),
  ],
  ['Persian UI: the tag as text "یادداشت داخلی" (modelled)', (a) => tag(a, '<span class="sc-ee55-0">یادداشت داخلی</span>')],
  ['Malay UI: the tag as text "Nota dalaman" (modelled)', (a) => tag(a, '<span class="sc-ee55-0">Nota dalaman</span>')],
  [
    'Arabic RTL UI: the tag as text "ملاحظة داخلية" (modelled; dir="rtl" on the article)',
    (a) => {
      a.setAttribute('dir', 'rtl');
      tag(a, '<span class="sc-ee55-0">ملاحظة داخلية</span>');
    },
  ],
  ['Japanese UI: the tag as text "社内メモ" (modelled)', (a) => tag(a, '<span class="sc-ee55-0">社内メモ</span>')],
  ['German UI: the tag as text "Interne Notiz" (modelled)', (a) => tag(a, '<span class="sc-ee55-0">Interne Notiz</span>')],
];

const ZENDESK_PUBLIC: [string, (a: Element, doc: Document) => void][] = [
  ['an e-mail reply "via Email" (the fixture\'s own)', (a) => (via(a).textContent = 'via email')],
  ['a reply "via Slack" to the requester\'s Slack (messaging channel)', (a) => (via(a).textContent = 'via Slack')],
  [
    'an auto-translated reply: "ENGLISH TRANSLATION:" in the text (live, 60336940961)',
    (a) =>
      fill(text(a), `<div class="zt-translation-label">ENGLISH TRANSLATION:</div><div class="zt-translation-body"><p>${SECRET}</p></div>`),
  ],
  [
    'the translation userscript\'s row after the message: "Show original" (live, 60336940961)',
    (a) =>
      a
        .querySelector('[data-test-id="omni-log-item-message"]')!
        .after(
          fragment(
            a.ownerDocument,
            '<div class="zt-translate-container"><div class="zt-translate-row"><div class="zt-translate-badge">🇩🇪 German</div><button class="zt-translate-btn">Show original</button></div></div>',
          ),
        ),
  ],
  ['a reply "via Phone call" typed agent, the call summary public (modelled)', (a) => (via(a).textContent = 'via phone call')],
  [
    'a reply whose text says "our side conversation with the carrier"',
    (a) => fill(text(a), `<p>${SECRET} Our side conversation with the carrier is ongoing.</p>`),
  ],
  [
    'a reply whose text quotes "Internal note" and "社内メモ"',
    (a) => fill(text(a), `<p>${SECRET} (You may see "Internal note" or 社内メモ in our emails.)</p>`),
  ],
  ['an Arabic RTL reply (dir="rtl" on the article)', (a) => a.setAttribute('dir', 'rtl')],
  ['a dark skin: class "theme-dark" on the article', (a) => a.classList.add('theme-dark')],
  [
    'a reply labelled "Comment by Tom Becker · Summary of your case" (aria-label)',
    (a) => a.setAttribute('aria-label', 'Comment by Tom Becker · Summary of your case'),
  ],
];

/** The same item under a wrapper the page renders around it. */
const inDrawer = (attributes: string) => (i: Element) => {
  const drawer = fragment(i.ownerDocument, `<div ${attributes}></div>`);
  i.ownerDocument.body.append(drawer);
  drawer.append(i);
};
const to = (address: string) => `<div class="emails-info" data-test-id="to-emails">To: ${address}</div>`;
const TO_CARRIER = to('orders@carrier.example');

const FRESHDESK: [string, string, ((item: Element) => void)?][] = [
  ['reply to forward: "replied to forward" (modelled wording)', item('', `${SAM}${status('replied to forward')}`)],
  ['reply to forward: "replied to a forwarded email" (modelled wording)', item('', `${SAM}${status('replied to a forwarded email')}`)],
  ['Collab: an agent\'s message in a Collab thread, "replied in Collab" (modelled)', item('', `${SAM}${status('replied in Collab')}`)],
  ['Collab: the item classed "collab-conversation", "replied" (modelled)', item('collab-conversation', `${SAM}${status('replied')}`)],
  [
    'Freddy: a summary item by "Freddy AI", the requester class, no marker (modelled)',
    item('ticket-details__requestor freddy-summary', '<span data-test-id="automation-label">Freddy AI</span>'),
  ],
  [
    'a filed third-party e-mail, the action line in Russian "добавил(а) приватную заметку" (modelled)',
    filed(status('добавил(а) приватную заметку')),
  ],
  ['a filed third-party e-mail, the action line in Chinese "添加了私人备注" (modelled)', filed(status('添加了私人备注'))],
  [
    'a filed third-party e-mail, the action line in Korean "비공개 메모를 추가했습니다" (modelled)',
    filed(status('비공개 메모를 추가했습니다')),
  ],
  [
    'a note in a drawer outside the list: role="dialog" aria-label="Notes" (modelled)',
    filed(''),
    inDrawer('role="dialog" aria-label="Notes"'),
  ],
  ['a note in a popover outside the list: popover (modelled)', filed(''), inDrawer('popover="auto" class="notes-popover"')],
  [
    'part B (c): a reply to a third party whose only sign is its To: line (live test id)',
    item('', `${SAM}${status('replied')}${TO_CARRIER}`),
  ],
  [
    'an automation\'s e-mail "sent an email" to the carrier (activity log)',
    item('', `<span data-test-id="automation-label">Observer</span>${status('sent an email')}${TO_CARRIER}`),
  ],
];

const FRESHDESK_PUBLIC: [string, string, ((item: Element) => void)?][] = [
  // Round 15 has the reply To: the requester, with and without a Cc (its address now the fixture's requester's).
  [
    "an agent's reply To: the requester by name and address in capitals",
    item('', `${SAM}${status('replied')}${to('Jane Doe <Jane.Doe@Example.com>')}`),
  ],
  ["an agent's reply without a To: line", item('', `${SAM}${status('replied')}`)],
  [
    'an agent\'s reply whose text says "I forwarded this to our carrier"',
    item('', `${SAM}${status('replied')}`, '<div class="ticket_note" data-note-id="777">I forwarded this to our carrier. '),
  ],
  ["the requester's reply in a dark skin (class theme-dark)", item('ticket-details__requestor theme-dark', JANE)],
  [
    "the requester's reply with a popover of her contact card at the page's end",
    item('ticket-details__requestor', JANE),
    (i) =>
      i.ownerDocument.body.append(fragment(i.ownerDocument, '<div popover="auto" role="dialog">Jane Doe · jane.doe@example.com</div>')),
  ],
  [
    'an agent\'s reply with a Collab icon in the toolbar (aria-label "Collaborate")',
    item('', `${SAM}${status('replied')}<button aria-label="Collaborate">⇄</button>`),
  ],
];

leakCases('round 16', ZENDESK, FRESHDESK);

describe('round 16: left, fixed in leak22', () => {
  // A bare "Note" (a high-contrast skin's icon title, modelled): leak22 reads an element's own words whole, so the icon's
  // "Note" marks and a public comment's "Delivery note.pdf" does not (page-notes-round17.test.ts).
  it('Zendesk: high-contrast skin: the tag a hashed class, its text an icon titled "Note" (modelled)', () =>
    expect(leakedOrThrew(() => zendesk((a) => tag(a, '<span class="sc-ff66-0 hc"><svg role="img"><title>Note</title></svg></span>')))).toBe(
      false,
    ));
});

// Part B (a), decided: a note whose only marker is a class the adapter does not know, under every public marker (typed
// agent, header rendered), cannot be told from a reply on the page. Fail-safe there means the page's reading is never the
// one drafts are made from: it is provisional (not final) until the REST reading (`public: false`) replaces it, and
// drafts-service refuses a reading that is not final. Residual: a failed REST reading makes the page's reading final.
describe('round 16, part B (a): an unknown class alone reads public on the page, and that reading is not final', () => {
  it('Zendesk: a hashed class on the bubble, typed agent, header rendered', () => {
    const t = zendesk((a) => a.querySelector('[type]')!.classList.add('sc-7q8w9e-0', 'yElLoW'));
    expect([leaked(t), isFinalReading(t)]).toEqual([true, false]);
  });
  it('Freshdesk: a hashed class on a "replied" item', () => {
    const t = freshdesk(item('css-9k8j7h', `${SAM}${status('replied')}`));
    expect([leaked(t), isFinalReading(t)]).toEqual([true, false]);
  });
});

describe('round 16, part B (c): a To: line the page cannot check keeps the reply back', () => {
  it("Freshdesk: the requester's address not shown, a reply To: anyone is kept back with a warning", () => {
    const t = freshdesk(item('', `${SAM}${status('replied')}<div data-test-id="to-emails">To: jane.doe@example.com</div>`), (i) =>
      i.ownerDocument.querySelector('mfe-application')!.remove(),
    );
    expect([t.messages.at(-1)!.visibility, t.warnings.some((w) => w.messageId === '777' && w.keptBack)]).toEqual(['internal', true]);
  });
});

honestCases('round 16', ZENDESK_PUBLIC, FRESHDESK_PUBLIC);
