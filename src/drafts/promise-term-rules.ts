// When a promise word counts (promise-terms.ts has the words): the phrasings that are promises only in
// some company (a cost "on us", money "returned" by the team, a fee "taken off" near a fee word) and
// the tables promise-term-pattern.ts builds its patterns from: what must stand near a term or around
// it, what may not follow it, which must be whole words, which promise nothing in a question.
import { DEPOSIT, DEPOSIT_FREED, MONEY_BACK_APART, MONEY_SENT } from './promise-unworded-terms';
import { ZH_COMPENSATION, ZH_CREDIT, ZH_REFUND } from './promise-terms-more';
import { DELIVERY_AROUND, DELIVERY_WHEN, GUARANTEE_NOT_FOLLOWED_BY, GUARANTEE_WORDS } from './promise-delivery-terms';

// "On us" only as a cost: "the shipping is on us", "this one's on us", not "you can rely on us".
export const ON_US = ['is on us', "'s on us", '’s on us', 'be on us', 'are on us', 'this one on us'];
// "We will cover" only with a cost as its object: not "we will cover this in the release notes".
export const COVER = ["we'll cover", 'we’ll cover', 'we will cover'].flatMap((we) =>
  ['the cost', 'the fee', 'the shipping', 'the charge', 'the return', 'the expenses', 'the costs', 'the damage', 'the repair', 'it'].map(
    (what) => `${we} ${what}`,
  ),
);
// French "offert(e)(s)" ("c'est offert", "les frais vous sont offerts"), not Dutch "offerte" (a quote) or
// Italian "offerta", "offerte" (an offer): a bare "offerte" only after the French verb.
export const OFFERT = ['offert', 'offerts', 'offertes', 'est offerte', 'sera offerte', 'été offerte'];

// "We will pay you 300 EUR": money paid out with no other promise word. "We will pay you back" is a refund;
// "we will pay you a visit" (or a call, a compliment) is no money at all.
export const PAY_YOU = ['will pay you', "'ll pay you", '’ll pay you', 'we pay you', 'are paying you', 'be paid to you'];
const PAID_NOT_MONEY = [' back', ' a visit', ' a call', ' a compliment', ' a quick visit', ' a quick call'];

// Money "returned" only when the team returns it: "we will return the money", "your money will be
// returned", not "please return the money to us" (the customer returns it) or, asked in a question,
// "Will we return the money if…?" (NOT_IN_QUESTION).
export const MONEY_RETURNED = [
  ...['we will', "we'll", 'we’ll', 'we', 'we can', 'we are going to'].flatMap((we) =>
    ['the money', 'your money', 'your payment'].map((what) => `${we} return ${what}`),
  ),
  'your money will be returned',
  'the money will be returned',
  'your payment will be returned',
];

// "In your favour" is money only as a decision: "the dispute was resolved in your favour", not "if the
// exchange rate moves in your favour". A decision word within a few words before or after it.
export const FAVOUR = ['in your favour', 'in your favor'];
const DECISION = '(?<![\\p{L}])(?:decided|decision|resolved|ruled|found|closed)(?![\\p{L}])';

// A charge taken off without a waiver word: "I have removed the late fee", "Ich habe die Gebühr für Sie
// gestrichen", "ألغينا رسوم الشحن". The verb counts only with a fee, charge or cost near it: "I removed the
// old address" promises nothing. Past tenses and "will …" only: "we cannot cancel the fee" has none, and
// "you can cancel at any time" is the customer's doing.
const FEE_WORD = String.raw`(?:fee|fees|charge|charges|surcharge|penalty|gebühr|kosten|zuschlag|toeslag|boete|avgift|kostnad|frais|pénalité|majoration|cargo|cargos|comisión|recargo|penalización|رسوم|الرسوم|تكلفة|التكلفة)`;
export const FEE_TAKEN_OFF = [
  'removed',
  'cancelled',
  'canceled',
  'reversed',
  'dropped',
  'will remove',
  'will cancel',
  'will reverse',
  "'ll remove",
  '’ll remove',
  "'ll cancel",
  '’ll cancel',
  "'ll reverse",
  '’ll reverse',
  'gestrichen',
  'storniert',
  'laten vervallen',
  'strukit',
  'annulé',
  'supprimé',
  'retiré',
  'eliminado',
  'anulado',
  'cancelado',
  'retirado',
  'ألغينا',
  'ألغيت',
];
// "Your account will show the 50 EUR again": money back, said as what the statement will show.
export const SHOWS_AGAIN = ['will show'];
// Money, then "again"/"back": "the 50 EUR again"; not "your photos will show again after the sync".
const AGAIN = String.raw`(?:\d|€|\$|£|(?<![\p{L}])(?:eur|euros?|usd|gbp|sek|dollars?|pounds?|money|amount|balance|credit)(?![\p{L}]))[^.!?\n]{0,30}(?<![\p{L}])(?:again|back)(?![\p{L}])`;
// Nothing to pay: "You will not be charged for this month", "Sie müssen nichts bezahlen". Not the
// reassurance that a mistake will not happen: "your card will not be charged twice" (NOT_FOLLOWED_BY).
export const NOT_CHARGED = [
  'not be charged',
  "won't be charged",
  'won’t be charged',
  'not be billed',
  "won't be billed",
  'won’t be billed',
  'will not charge you',
  "won't charge you",
  'won’t charge you',
  'not have to pay',
  "won't have to pay",
  'won’t have to pay',
  "won't pay anything",
  'won’t pay anything',
  'nothing to pay',
  'nichts bezahlen',
  'nichts zahlen',
  'nichts zu bezahlen',
  'nichts zu zahlen',
  'niets betalen',
  'niets te betalen',
  'inget att betala',
  'behöver inte betala',
  'rien à payer',
  'nada que pagar',
  'no tendrá que pagar',
  'no pagará',
];
const NOT_A_WAIVER = [' twice', ' again', ' double', ' more than once', ' a second time', ' until', ' before'];
// Free, said of what the customer gets: "your next three months are free", not "you are free to return it",
// "free from defects" or "free of charge" (a term of its own).
const FREE_IS = ['are free', 'is free', 'be free'];
export const IS_FREE = [...FREE_IS, 'months free', 'month free', 'free upgrade', 'free month', 'free months', 'for free'];
const FREE_NOT_MONEY = [' to', ' of', ' from'];

// The difference after a price drop, paid out: "we will send you the difference", "transfer the difference".
export const DIFFERENCE_PAID = [
  'send you the difference',
  'send you back the difference',
  'send the difference',
  'transfer the difference',
  'credit the difference',
  'pay you the difference',
  'pay the difference back',
  // With us as the payer: "Sie können die Differenz überweisen" and "u kunt het verschil storten" have the
  // customer pay it (an upgrade), so the bare verb and noun do not count.
  'überweisen ihnen die differenz',
  'überweisen wir ihnen die differenz',
  'ihnen die differenz überweisen',
  'storten wij het verschil',
  'wij storten het verschil',
  'we storten het verschil',
  'zullen het verschil storten',
  'het verschil terugstorten',
  'renverrons la différence',
  'reverserons la différence',
  'verserons la différence',
  'skickar mellanskillnaden',
  'sätter in mellanskillnaden',
  'för över mellanskillnaden',
  'devolver a diferença',
  'devolveremos a diferença',
  'sua diferença de volta',
  'سنعيد لك الفرق',
  'سنرد لك الفرق',
  'سنحول لك الفرق',
  'سنعيد إليك الفرق',
  'devolveremos la diferencia',
  'devolvemos la diferencia',
  'devolverle la diferencia',
  'reembolsaremos la diferencia',
];
// Unless it is a difference between things, not a sum: "the difference between the two models", "the
// difference in colour options", "the differences in size". "The difference in cash" stays money.
const DIFFERENCE_NOT_MONEY = [
  's',
  ' between',
  ...[
    'colo',
    'size',
    'feature',
    'option',
    'style',
    'model',
    'spec',
    'design',
    'fit',
    'material',
    'finish',
    'shade',
    'length',
    'weight',
  ].map((what) => ` in ${what}`),
];

/** What must stand near a term, within the same sentence, for it to count. */
export const NEEDS_NEAR: Readonly<Record<string, string>> = Object.fromEntries([
  ...FAVOUR.map((term) => [term, DECISION]),
  ...FEE_TAKEN_OFF.map((term) => [term, FEE_WORD]),
  ...SHOWS_AGAIN.map((term) => [term, AGAIN]),
  ...GUARANTEE_WORDS.map((term) => [term, DELIVERY_WHEN]),
  ...DEPOSIT_FREED.map((term) => [term, DEPOSIT]),
]);
/** What may stand around a NEEDS_NEAR term instead, one part before it and one after, within the same sentence. */
export const NEEDS_AROUND: Readonly<Record<string, readonly [string, string]>> = Object.fromEntries(
  GUARANTEE_WORDS.map((term) => [term, DELIVERY_AROUND]),
);
/** Terms written as regular expressions, not words: a sum of money right after a verb (MONEY_SENT), a verb split around its object (MONEY_BACK_APART), Chinese words (no word start). */
export const PATTERN_TERMS: ReadonlySet<string> = new Set([...MONEY_SENT, ...MONEY_BACK_APART, ZH_COMPENSATION, ZH_REFUND, ZH_CREDIT]);
/** Terms that promise nothing in a question: "Will we return the money if the parcel is lost?" asks. */
export const NOT_IN_QUESTION: ReadonlySet<string> = new Set(MONEY_RETURNED);

/** Terms that must end at a word end too: "is on us" is not "is on user", "offert" not "offerta", "pay you" not "pay your". */
export const WHOLE_WORDS: ReadonlySet<string> = new Set([
  'bedrag terug', // not "U kunt het bedrag terugvinden op uw factuur"
  ...ON_US,
  ...COVER.filter((t) => t.endsWith(' it')),
  ...OFFERT,
  ...PAY_YOU,
  ...FEE_TAKEN_OFF,
  ...NOT_CHARGED,
  ...IS_FREE,
]);

/** What may not follow a term: a thing that "compensates for" drift promises nothing. */
// A credit word as the plural subject of how such credit works ("gift cards can be used at checkout", "vouchers
// are valid for three years", "Gutscheine sind drei Jahre gültig"): a statement of the rules, given to nobody.
const HOW_IT_WORKS = [
  's can be used',
  's can be redeemed',
  's can be combined',
  's are valid',
  's are accepted',
  's expire',
  's never expire',
];
const GENERAL_USE: Record<string, readonly string[]> = {
  'gift card': HOW_IT_WORKS,
  voucher: HOW_IT_WORKS,
  coupon: HOW_IT_WORKS,
  gutschein: ['e sind ', 'e können ', 'e gelten ', 'e verfallen'],
};

export const NOT_FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = {
  ...GENERAL_USE,
  compens: ['ates for'],
  ...Object.fromEntries(PAY_YOU.map((term) => [term, PAID_NOT_MONEY])),
  ...Object.fromEntries(NOT_CHARGED.map((term) => [term, NOT_A_WAIVER])),
  ...Object.fromEntries(FREE_IS.map((term) => [term, FREE_NOT_MONEY])),
  'will show': [' you'],
  ...Object.fromEntries(DIFFERENCE_PAID.map((term) => [term, DIFFERENCE_NOT_MONEY])),
  ...GUARANTEE_NOT_FOLLOWED_BY,
};
