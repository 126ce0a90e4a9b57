// rev-read23 (review of read23, all modelled: no public code shows these on a live page): (1) a label's word broken by
// an invisible character round 18 did not list (a direction mark, a bidi isolate, a combining grapheme joiner, an
// invisible operator, a variation selector, a Mongolian vowel separator), with honest look-alikes.
import { SAM, honestCases, item, leakCases, status, tag } from './page-notes-support';

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
