// Round 19 (read24): note variants rounds 11-18 did not try, all modelled (no public code shows them on a live page),
// scored on main before any fix: a note's tag drawn inside a web component's shadow root (Freshdesk's 2026 layout is
// built of them; its text is no part of the host's), a label beside the item in a wrapper of its own, a lock drawn
// as an emoji or an icon named "lock", labels that say who cannot see it ("Not visible to the requester", "Team
// only", "Restricted"), and the label in languages the rules did not read (Urdu, Persian, Hebrew, Hungarian, Finnish,
// Czech, Indonesian); nested threads and quotes. Honest look-alikes beside them.
import { describe, expect, it } from 'vitest';
import {
  BESIDE,
  SAM,
  SECRET,
  commentText,
  fill,
  fragment,
  freshdesk,
  header,
  honestCases,
  item,
  leakCases,
  status,
  tag,
  zendesk,
} from './page-notes-support';

const REPLY = `${SAM}${status('replied')}`;
/** A custom element appended to `parent` whose open shadow root holds `html` (the host shows no text of its own). */
const shadowTag = (parent: Element, html: string) => {
  const host = parent.ownerDocument.createElement('souffleur-test-tag');
  parent.append(host);
  fill(host.attachShadow({ mode: 'open' }) as unknown as Element, html);
};
const badge = (html: string) => item('', `${REPLY}${html}`);

leakCases(
  'round 19',
  [
    ['a tag "Internal note" inside a shadow root', (a) => shadowTag(header(a), '<span>Internal note</span>')],
    ['a lock titled "Private" inside a shadow root', (a) => shadowTag(header(a), '<i title="Private"></i>')],
    ['a tag "اندرونی نوٹ" (Urdu)', (a) => tag(a, '<span class="sc-t1-0">اندرونی نوٹ</span>')],
    ['a tag "یادداشت خصوصی" (Persian: private note)', (a) => tag(a, '<span class="sc-t1-0">یادداشت خصوصی</span>')],
    ['a lock emoji "🔒" as the tag', (a) => tag(a, '<span class="sc-t1-0">🔒</span>')],
    ['an icon named "lock"', (a) => tag(a, '<svg data-icon="lock"></svg>')],
    ['a tag "Not visible to the requester"', (a) => tag(a, '<span class="sc-t1-0">Not visible to the requester</span>')],
    ['a tag "Team only"', (a) => tag(a, '<span class="sc-t1-0">Team only</span>')],
    ['data-visibility="restricted" on the bubble', (a) => a.querySelector('[type]')!.setAttribute('data-visibility', 'restricted')],
    [
      "a note nested in a reply's bubble (a thread), its tag on the reply's header",
      (a, doc) => {
        fill(commentText(a), '<p>Thanks, we are on it.</p>');
        const note = fragment(
          doc,
          `<article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="agent">
            <div data-test-id="omni-log-message-content"><div class="zd-comment"><p>${SECRET}</p></div></div></div></article>`,
        );
        a.querySelector('[type]')!.append(note);
        tag(a, '<span class="sc-t1-0">Internal note</span>');
      },
    ],
  ],
  [
    [
      'a badge "Private note" inside a shadow root',
      badge(''),
      (i) => shadowTag(i.querySelector('.conversation-header')!, '<span>Private note</span>'),
    ],
    [
      'a label beside the item in a wrapper of its own',
      item('', REPLY),
      (i) => {
        const wrapper = i.ownerDocument.createElement('div');
        i.replaceWith(wrapper);
        wrapper.append(fragment(i.ownerDocument, '<span class="conv-label">Private note</span>'), i);
      },
    ],
    ['a badge "הערה פרטית" (Hebrew: private note)', badge('<span class="badge">הערה פרטית</span>')],
    ['a badge "یادداشت خصوصی" (Persian)', badge('<span class="badge">یادداشت خصوصی</span>')],
    ['a badge "Privát megjegyzés" (Hungarian)', badge('<span class="badge">Privát megjegyzés</span>')],
    ['a badge "Yksityinen muistiinpano" (Finnish)', badge('<span class="badge">Yksityinen muistiinpano</span>')],
    ['a badge "Soukromá poznámka" (Czech)', badge('<span class="badge">Soukromá poznámka</span>')],
    ['a badge "Catatan pribadi" (Indonesian)', badge('<span class="badge">Catatan pribadi</span>')],
    ['a lock emoji "🔒" badge', badge('<span class="badge">🔒</span>')],
    ['an icon <fw-icon name="lock">', badge('<fw-icon name="lock"></fw-icon>')],
    ['a badge "Not visible to the customer"', badge('<span class="badge">Not visible to the customer</span>')],
    ['a badge "Team only"', badge('<span class="badge">Team only</span>')],
    ['a Crayons label <fw-label value="Private">', badge('<fw-label value="Private"></fw-label>')],
    [
      'a note nested in a reply (a thread)',
      item('', REPLY, '<div class="ticket_note" data-note-id="777"><p>Thanks, we are on it.</p></div><div>'),
      (i) =>
        i.append(
          fragment(
            i.ownerDocument,
            `<div class="ticket-details__item ticket-details__privatenote"><div class="ticket_note" data-note-id="778">${BESIDE}</div></div>`,
          ),
        ),
    ],
  ],
);

honestCases(
  'round 19',
  [
    ['"🔒 secure link" in the text', (a) => commentText(a).prepend('🔒 Here is your secure link. ')],
    ['a tag "Unblocked"', (a) => tag(a, '<span class="sc-t1-0">Unblocked</span>')],
    ['a via line "via Team inbox"', (a) => tag(a, '<span class="sc-t1-0">via Team inbox</span>')],
    ['a channel tag "דואר אלקטרוני" (Hebrew: e-mail)', (a) => tag(a, '<span class="sc-t1-0">דואר אלקטרוני</span>')],
    ['a channel tag "Email" inside a shadow root', (a) => shadowTag(header(a), '<span>Email</span>')],
    [
      "a reply quoting a note's words in its own text (the agent chose to send them)",
      (a) => commentText(a).append(fragment(a.ownerDocument, '<blockquote>As noted internally: on it.</blockquote>')),
    ],
  ],
  [
    ['a badge "פרטים" (Hebrew: details)', badge('<span class="badge">פרטים</span>')],
    ['a badge "Visible to the customer"', badge('<span class="badge">Visible to the customer</span>')],
    ['an icon <fw-icon name="clock">', badge('<fw-icon name="clock"></fw-icon>')],
    ['a badge "ایمیل" (Persian: e-mail)', badge('<span class="badge">ایمیل</span>')],
    ['a Crayons label <fw-label value="Email">', badge('<fw-label value="Email"></fw-label>')],
    ['a badge "Email" inside a shadow root', badge(''), (i) => shadowTag(i.querySelector('.conversation-header')!, '<span>Email</span>')],
  ],
);

// 100 KB on the new patterns and the look-alike fold, each reading within 200 ms of the same page's without it.
const timed = (read: () => unknown) => {
  const t = performance.now();
  read();
  return performance.now() - t;
};
describe('round 19: 100 KB inputs', () => {
  const zd: [string, (a: Element) => void][] = [
    ['a 100 KB tag title of "=block"', (a) => tag(a, `<span title="${'=block'.repeat(17_000)}"></span>`)],
    ['a 100 KB tag of "not  " and "team  "', (a) => tag(a, `<span>${'not  team  '.repeat(9_000)}</span>`)],
  ];
  for (const [name, change] of zd)
    it(`Zendesk: ${name}`, () => expect(timed(() => zendesk(change)) - timed(() => zendesk(() => {}))).toBeLessThan(200));
  const fd: [string, string][] = [['a 100 KB attribute of "=-lock"', badge(`<i data-x="${'=-lock'.repeat(17_000)}"></i>`)]];
  for (const [name, html] of fd)
    it(`Freshdesk: ${name}`, () => expect(timed(() => freshdesk(html)) - timed(() => freshdesk(badge('')))).toBeLessThan(200));
  // The fold's own cost: the same 100 KB tag in Latin letters subtracted (the label's other rules read both alike).
  const words = (pair: string) => `<span>${`${pair} `.repeat(33_000)}</span>`;
  it('Zendesk: a 100 KB tag of Cyrillic look-alike words', () =>
    expect(timed(() => zendesk((a) => tag(a, words('\u0430\u0440')))) - timed(() => zendesk((a) => tag(a, words('ap'))))).toBeLessThan(
      200,
    ));
  it('Freshdesk: a 100 KB badge of Greek look-alike words', () =>
    expect(timed(() => freshdesk(badge(words('\u039f\u03a4')))) - timed(() => freshdesk(badge(words('OT'))))).toBeLessThan(200));
});
