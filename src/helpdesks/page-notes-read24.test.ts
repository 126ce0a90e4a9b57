// read24 (all modelled: no public code shows these on a live page). (1) What the helpdesk draws but hides from the agent
// (an inline display:none or visibility:hidden, a closed <details>, a <select>'s options not chosen) is no public
// evidence: a hidden "replied" on a note's action line, or a hidden third party's address read as the requester's (a
// reply to them then reads as one to the requester), made a note public. A private word there still marks.
// (2) A note's label written with Cyrillic or Greek letters that look Latin ("Іnternal", "Рrivate"): internal, on both
// pages; honest labels in Cyrillic or Greek stay public. (3) An honest reply copied to an address holding "private"
// (Cc: private.office@…) is public; a note's label beside an address still marks.
import { JANE, SAM, fill, honestCases, item, leakCases, status, tag } from './page-notes-support';

const REPLY = `${SAM}${status('replied')}`;
const to = (block: string) => `<div class="emails-info" data-test-id="to-emails">${block}</div>`;
/** The contact panel's e-mail (the requester's, in the standard fixture's shadow root) drawn as `html`. */
const contactEmail = (html: string) => (item: Element) => {
  const panel = item.ownerDocument.querySelector('mfe-application template') as HTMLTemplateElement;
  fill(panel.content.querySelector('.break-all')!, html);
};

leakCases(
  'read24 (1)',
  [],
  [
    ['a hidden "replied" before "sent an email"', item('', `${SAM}${status('<span style="display:none">replied </span>sent an email')}`)],
    [
      'a hidden " and replied" after "sent an email"',
      item('', `${SAM}${status('sent an email<span style="display: none"> and replied</span>')}`),
    ],
    ['"replied" under visibility:hidden', item('', `${SAM}${status('<span style="visibility:hidden">replied</span> commented')}`)],
    ['"replied" in a closed <details>', item('', `${SAM}${status('commented <details><summary>more</summary> replied</details>')}`)],
    [
      '"replied" an option not chosen',
      item('', `${SAM}${status('<select><option selected>commented</option> <option>replied</option></select>')}`),
    ],
    [
      '"replied" inside a hidden wrapper in the header',
      item('', `${SAM}<div style="display:none">${status('replied')}</div>${status('commented')}`),
    ],
    ['"hat geantwortet" with a hidden "(Notiz)"', item('', `${SAM}${status('hat geantwortet<span style="display:none"> (Notiz)</span>')}`)],
    [
      "a third party's address hidden in the contact panel, a reply to it",
      item('', `${REPLY}${to('To: orders@carrier.example')}`),
      contactEmail(
        '<a href="mailto:jane.doe@example.com"><span style="display:none">orders@carrier.example </span>jane.doe@example.com</a>',
      ),
    ],
  ],
);
honestCases(
  'read24 (1)',
  [],
  [
    ['"replied" with a hidden "(edited)"', item('', `${SAM}${status('replied<span style="display:none"> (edited)</span>')}`)],
    ['"replied" in grey, clipped with an ellipsis', item('', `${SAM}${status('<span style="color:#555;overflow:hidden">replied</span>')}`)],
    [
      'a reply to the requester, the panel\'s address beside a hidden "Copy"',
      item('', `${REPLY}${to('To: jane.doe@example.com')}`),
      contactEmail('<a href="mailto:jane.doe@example.com">jane.doe@example.com<span style="display:none"> Copy</span></a>'),
    ],
  ],
);

// Cyrillic І (U+0406), а (U+0430), е (U+0435), Р (U+0420), і (U+0456), о (U+043E); Greek Ι (U+0399), Ν (U+039D), Ο (U+039F), Τ (U+03A4), Ε (U+0395).
leakCases(
  'read24 (2)',
  [
    ['a tag "\u0406nternal note" (Cyrillic І)', (a) => tag(a, '<span class="sc-t1-0">\u0406nternal note</span>')],
    ['a tag "Intern\u0430l note" (Cyrillic а)', (a) => tag(a, '<span class="sc-t1-0">Intern\u0430l note</span>')],
    ['a tag "Int\u0435rne Notiz" (Cyrillic е)', (a) => tag(a, '<span class="sc-t1-0">Int\u0435rne Notiz</span>')],
    ['a lock titled "\u0420rivate" (Cyrillic Р)', (a) => tag(a, '<span class="sc-i1-0" title="\u0420rivate"></span>')],
    ['a tag "\u0399nternal" (Greek Ι)', (a) => tag(a, '<span class="sc-t1-0">\u0399nternal</span>')],
    ['an aria-label "S\u0456de conversation" (Cyrillic і)', (a) => a.setAttribute('aria-label', 'S\u0456de conversation')],
    ['a tag "\u039d\u039f\u03a4\u0395" (Greek letters only)', (a) => tag(a, '<span class="sc-t1-0">\u039d\u039f\u03a4\u0395</span>')],
  ],
  [
    ['a badge "\u0420rivate" (Cyrillic Р)', item('', `${REPLY}<span class="badge">\u0420rivate</span>`)],
    ['a lock titled "Pr\u0456vate note" (Cyrillic і)', item('', `${REPLY}<i title="Pr\u0456vate note"></i>`)],
    ['a badge "\u0399nternal" (Greek Ι)', item('', `${REPLY}<span class="badge">\u0399nternal</span>`)],
    ['data-visibility="\u0456nternal" on the item', item('', REPLY), (i) => i.setAttribute('data-visibility', '\u0456nternal')],
    ['the action line "replied, added a pr\u0456vate note"', item('', `${SAM}${status('replied, added a pr\u0456vate note')}`)],
    ['a badge "N\u043ete" (Cyrillic о)', item('', `${REPLY}<span class="badge">N\u043ete</span>`)],
  ],
);
honestCases(
  'read24 (2)',
  [
    ['a channel tag "Публичный ответ" (Russian: public reply)', (a) => tag(a, '<span class="sc-t1-0">Публичный ответ</span>')],
    ['a channel tag "Ηλεκτρονικό ταχυδρομείο" (Greek: e-mail)', (a) => tag(a, '<span class="sc-t1-0">Ηλεκτρονικό ταχυδρομείο</span>')],
    ['a sender "Ирина Петрова"', (a) => (a.querySelector('[data-test-id="omni-log-item-sender"] strong')!.textContent = 'Ирина Петрова')],
  ],
  [
    ['a badge "Эл. почта" (Russian: e-mail)', item('', `${REPLY}<span class="badge">Эл. почта</span>`)],
    ['a badge "Απάντηση" (Greek: reply)', item('', `${REPLY}<span class="badge">Απάντηση</span>`)],
  ],
);

leakCases(
  'read24 (3)',
  [['a tag "Private note: office@acme.example"', (a) => tag(a, '<span class="sc-t1-0">Private note: office@acme.example</span>')]],
  [
    [
      'a badge "Private note" beside "Cc: private.office@…"',
      item('', `${REPLY}<span class="badge">Private note</span>${to('Cc: private.office@acme.example')}`),
    ],
    ['a lock titled "Private note: office@acme.example"', item('', `${REPLY}<i title="Private note: office@acme.example"></i>`)],
  ],
);
honestCases(
  'read24 (3)',
  [['a header line "CC: private.office@acme.example"', (a) => tag(a, '<span class="sc-cc-0">CC: private.office@acme.example</span>')]],
  [
    [
      'a reply to the requester, Cc private.office@…',
      item('', `${REPLY}${to(`To: jane.doe@example.com, Cc: private.office@acme.example`)}`),
    ],
    [
      'a reply Cc "jane@private-mail.example"',
      item('', `${JANE}${status('replied')}${to('To: jane.doe@example.com Cc: jane@private-mail.example')}`),
    ],
  ],
);
