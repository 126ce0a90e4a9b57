// What makes a team sentence a commitment worth a line in the summary ("we will send", "ich melde
// mich", "wij zullen"): future or promise markers in the five UI languages, matched at a word start,
// plus the drafts' promise terms (refund, credit…). Modelled from common support phrasing, not
// measured; a sentence that matches none still reaches the summary as the team's latest answer.
import { PROMISE_TERMS, WHOLE_WORDS } from '../drafts/promise-terms';

const MARKERS = [
  // en
  'we will',
  "we'll",
  'i will',
  "i'll",
  'we are going to',
  "i'm going to",
  'will be',
  'will send',
  'will get back',
  'by tomorrow',
  'by monday',
  'by friday',
  'within',
  'escalated',
  'forwarded',
  // de
  'wir werden',
  'ich werde',
  'werden wir',
  'werde ich',
  'melde mich',
  'melden uns',
  'bis morgen',
  'innerhalb',
  'weitergeleitet',
  'eskaliert',
  // nl
  'we zullen',
  'wij zullen',
  'ik zal',
  'we gaan',
  'ik ga',
  'binnen',
  'doorgestuurd',
  'geëscaleerd',
  'kom ik',
  'komen we',
  // sv
  'vi kommer att',
  'jag kommer att',
  'vi ska',
  'jag ska',
  'inom',
  'återkommer',
  'eskalerat',
  'vidarebefordrat',
  // ar
  'سوف',
  'سنقوم',
  'سأقوم',
  'سنرسل',
  'سأرسل',
  'خلال',
  'سنعود',
  'سأعود',
  'تم تصعيد',
];
const ALL = [...MARKERS, ...Object.values(PROMISE_TERMS).flat()].map((m) => m.toLowerCase());

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

export function isCommitment(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return ALL.some((marker) => {
    const at = lower.indexOf(marker);
    // "on us" is a whole word: not "on user".
    const runsOn = WHOLE_WORDS.has(marker) && isLetter(lower[at + marker.length]);
    return at >= 0 && !isLetter(lower[at - 1]) && !runsOn;
  });
}
