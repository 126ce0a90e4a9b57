// rev-read23 (review of read23, all modelled: no public code shows these on a live page): (1) a label's word broken by
// an invisible character round 18 did not list (a direction mark, a bidi isolate, a combining grapheme joiner, an
// invisible operator, a variation selector, a Mongolian vowel separator), with honest look-alikes.
import { describe, expect, it } from 'vitest';
import { SAM, fragment, honestCases, item, leakCases, status, tag } from './page-notes-support';
import { loadPage } from './freshdesk/test-support';
import { freshdeskAdapter } from './freshdesk/adapter';

const REPLY = `${SAM}${status('replied')}`;

leakCases(
  'rev-read23 (1)',
  [
    ['a tag "In\u200eternal note" (left-to-right mark)', (a) => tag(a, '<span class="sc-t1-0">In\u200eternal note</span>')],
    ['a tag "In\u2066ternal note" (bidi isolate)', (a) => tag(a, '<span class="sc-t1-0">In\u2066ternal note</span>')],
    ['a tag "In\u034fternal note" (combining grapheme joiner)', (a) => tag(a, '<span class="sc-t1-0">In\u034fternal note</span>')],
    ['a tag "In\u2062ternal note" (invisible times)', (a) => tag(a, '<span class="sc-t1-0">In\u2062ternal note</span>')],
    ['a lock titled "Pri\u180evate" (Mongolian vowel separator)', (a) => tag(a, '<span class="sc-i1-0" title="Pri\u180evate"></span>')],
  ],
  [
    ['a badge "Pri\u200evate" (left-to-right mark)', item('', `${REPLY}<span class="badge">Pri\u200evate</span>`)],
    ['a lock titled "Pri\u2063vate" (invisible separator)', item('', `${REPLY}<i title="Pri\u2063vate"></i>`)],
    ['a badge "Pri\ufe0fvate" (variation selector)', item('', `${REPLY}<span class="badge">Pri\ufe0fvate</span>`)],
  ],
);
honestCases(
  'rev-read23 (1)',
  [['a tag "\u2709\ufe0f Email" (an emoji and its variation selector)', (a) => tag(a, '<span class="sc-t1-0">\u2709\ufe0f Email</span>')]],
  [
    [
      'a badge "\u2709\ufe0f Email" (an emoji and its variation selector)',
      item('', `${REPLY}<span class="badge">\u2709\ufe0f Email</span>`),
    ],
  ],
);

// (2) read23 takes a sender's name out of the label "only as a word of its own", but kept it only with a letter on both
// sides: a name that is a label word's start or end ("Inter", "nal") still took "Internal" apart. Names modelled.
const sender = (a: Element) => a.querySelector('[data-test-id="omni-log-item-sender"] strong')!;
const byName = (name: string) => (a: Element) => {
  tag(a, '<span class="sc-t1-0">Internal note</span>');
  sender(a).textContent = name;
};
leakCases(
  'rev-read23 (2)',
  [
    ['a tag "Internal note" by a sender "Inter"', byName('Inter')],
    ['a tag "Internal note" by a sender "nal"', byName('nal')],
  ],
  [],
);
honestCases('rev-read23 (2)', [['a sender named "Private Jane" (a name of its own)', (a) => (sender(a).textContent = 'Private Jane')]], []);

// (3) Freshdesk: "an element whose children show no words is read whole" asked every ancestor of every item for its
// children's text: the list's first child, the first message, was read whole once per item (200 replies after a message
// of 20,000 paragraphs: 3.0 s more than after a short one; of 10,000: 2.6 s, 0.6 s on main and now). An element holding
// a message is not a badge.
const readTime = (paragraphs: number) => {
  const { doc, url } = loadPage('standard');
  const first = doc.querySelector('.ticket-details__item')!;
  first
    .querySelector('.ticket_note, [data-test-id="ticket-description"], .ticket-details__right')!
    .append(fragment(doc, `<div>${'<p>A line of the first message.</p>'.repeat(paragraphs)}</div>`));
  const box = doc.querySelector('.ticket-details__items .reply-box')!;
  for (let i = 0; i < 200; i++) box.before(fragment(doc, item('', REPLY, `<div class="ticket_note" data-note-id="${1000 + i}">`)));
  const t = performance.now();
  freshdeskAdapter.readFromDom(doc, url);
  return performance.now() - t;
};
describe('rev-read23 (3): a long first message', () => {
  it('Freshdesk: 200 replies after 20,000 paragraphs read within 2.5 s of 200 after one', () => {
    readTime(1);
    expect(readTime(20_000) - readTime(1)).toBeLessThan(2500);
  });
});
