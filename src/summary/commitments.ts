// What makes a team sentence a commitment worth a line in the summary ("we will send", "ich melde
// mich", "wij zullen"): future or promise markers in the five UI languages, matched at a word start,
// plus the drafts' promise terms (refund, credit…). Modelled from common support phrasing, not
// measured; a sentence that matches none still reaches the summary as the team's latest answer.
import { PROMISE_TERMS } from '../drafts/promise-terms';
import { termPattern } from '../drafts/promise-term-pattern';

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
// A regular expression tries every position, so a marker counts where it stands as a word even after
// an occurrence that does not: "The fee is on user accounts, but the shipping is on us."
const ALL = termPattern([...MARKERS, ...Object.values(PROMISE_TERMS).flat()]);

export const isCommitment = (sentence: string): boolean => ALL.test(sentence);
