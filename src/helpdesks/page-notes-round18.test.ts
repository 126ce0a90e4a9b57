// Round 18 (read23): note variants rounds 11-17 did not try, all modelled (no public code shows them on a live page):
// a label's word broken by an invisible character (zero-width space, soft hyphen, word joiner), written in full-width
// letters (an East Asian UI's font fallback), and "public" said false as 0 or no. Honest look-alikes beside them.
import { SAM, honestCases, item, leakCases, status, tag } from './page-notes-support';

const REPLY = `${SAM}${status('replied')}`;

leakCases(
  'round 18',
  [
    ['a tag "In\u200bternal note" (zero-width space)', (a) => tag(a, '<span class="sc-t1-0">In\u200bternal note</span>')],
    ['a tag "Inter\u00adnal note" (soft hyphen)', (a) => tag(a, '<span class="sc-t1-0">Inter\u00adnal note</span>')],
    ['a lock titled "Pri\u2060vate" (word joiner)', (a) => tag(a, '<span class="sc-i1-0" title="Pri\u2060vate"></span>')],
    ['a tag "Ｉｎｔｅｒｎａｌ" (full-width letters)', (a) => tag(a, '<span class="sc-t1-0">Ｉｎｔｅｒｎａｌ</span>')],
    ['data-public="0" on the article', (a) => a.setAttribute('data-public', '0')],
    ['data-is-public="no" on the article', (a) => a.setAttribute('data-is-public', 'no')],
  ],
  [
    ['a lock titled "Pri\u200bvate note" (zero-width space)', item('', `${REPLY}<i title="Pri\u200bvate note"></i>`)],
    ['a badge "Pri\u00advate" (soft hyphen)', item('', `${REPLY}<span class="badge">Pri\u00advate</span>`)],
    ['a badge "Ｐｒｉｖａｔｅ" (full-width letters)', item('', `${REPLY}<span class="badge">Ｐｒｉｖａｔｅ</span>`)],
    ['data-is-public="0" on a "replied" item', item('', REPLY), (i) => i.setAttribute('data-is-public', '0')],
    ['data-public="no" on a "replied" item', item('', REPLY), (i) => i.setAttribute('data-public', 'no')],
  ],
);

honestCases(
  'round 18',
  [
    ['data-public="1" on the article', (a) => a.setAttribute('data-public', '1')],
    ['data-is-public="yes" on the article', (a) => a.setAttribute('data-is-public', 'yes')],
    ['a full-width "Ｅｍａｉｌ" channel tag', (a) => tag(a, '<span class="sc-t1-0">Ｅｍａｉｌ</span>')],
    ['a tag "Pub\u200blic" (zero-width space)', (a) => tag(a, '<span class="sc-t1-0">Pub\u200blic</span>')],
    ['data-public-id="0" on the article (an id, not a flag)', (a) => a.setAttribute('data-public-id', '0')],
  ],
  [
    ['data-is-public="1" on a "replied" item', item('', REPLY), (i) => i.setAttribute('data-is-public', '1')],
    ['a badge "Ｅｍａｉｌ" (full-width letters)', item('', `${REPLY}<span class="badge">Ｅｍａｉｌ</span>`)],
    ['a badge "Re\u00adplied" (soft hyphen)', item('', `${REPLY}<span class="badge">Re\u00adplied</span>`)],
  ],
);
