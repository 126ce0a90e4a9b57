// rev-read24 (modelled): bypasses of read24's ideas one step further, and honest labels its new words took for notes.
import { SAM, honestCases, item, leakCases, status, tag } from './page-notes-support';

const REPLY = `${SAM}${status('replied')}`;
const badge = (html: string) => item('', `${REPLY}${html}`);

leakCases(
  'rev-read24 (1) icons',
  [
    ['a Font Awesome lock <i class="fa fa-lock">', (a) => tag(a, '<i class="fa fa-lock"></i>')],
    ['a Material icon "lock_outline"', (a) => tag(a, '<span class="material-icons">lock_outline</span>')],
  ],
  [
    ['a Font Awesome lock <i class="fa fa-lock">', badge('<i class="fa fa-lock"></i>')],
    ['a Material icon "lock_outline"', badge('<span class="material-icons">lock_outline</span>')],
  ],
);
honestCases(
  'rev-read24 (1)',
  [['a comment of class "scroll-lock"', (a) => a.classList.add('scroll-lock')]],
  [['a conversation list of class "is-scroll-lock"', badge(''), (i) => i.parentElement!.classList.add('is-scroll-lock')]],
);
