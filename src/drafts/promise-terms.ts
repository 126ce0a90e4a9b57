// Words that make a draft promise money or admit liability, in the nine languages (issue 5 item 4), and
// the patterns that find them. Stems, matched case-insensitively at a word start, so "refund",
// "refunded", "Rückerstattung" all count. A flag costs the agent a glance; a missed promise costs the
// company money, so these lean broad.

export const PROMISE_KINDS = ['refund', 'credit', 'discount', 'fee-waiver', 'compensation', 'legal-admission'] as const;
export type PromiseKind = (typeof PROMISE_KINDS)[number];

// "On us" only as a cost: "the shipping is on us", "this one's on us", not "you can rely on us".
const ON_US = ['is on us', "'s on us", '’s on us', 'be on us', 'are on us', 'this one on us'];
// "We will cover" only with a cost as its object: not "we will cover this in the release notes".
const COVER = ["we'll cover", 'we’ll cover', 'we will cover'].flatMap((we) =>
  ['the cost', 'the fee', 'the shipping', 'the charge', 'the return', 'the expenses', 'it'].map((what) => `${we} ${what}`),
);
// French "offert(e)(s)" ("c'est offert", "les frais vous sont offerts"), not Dutch "offerte" (a quote) or
// Italian "offerta", "offerte" (an offer): a bare "offerte" only after the French verb.
const OFFERT = ['offert', 'offerts', 'offertes', 'est offerte', 'sera offerte', 'été offerte'];

// "We will pay you 300 EUR": money paid out with no other promise word. "We will pay you back" is a refund;
// "we will pay you a visit" (or a call, a compliment) is no money at all.
const PAY_YOU = ['will pay you', "'ll pay you", '’ll pay you', 'we pay you', 'are paying you', 'be paid to you'];
const PAID_NOT_MONEY = [' back', ' a visit', ' a call', ' a compliment', ' a quick visit', ' a quick call'];

// Money "returned" only when the team returns it: "we will return the money", "your money will be
// returned", not "please return the money to us" (the customer returns it) or "was your money returned?".
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
const FAVOUR = ['in your favour', 'in your favor'];
const DECISION = '(?<![\\p{L}])(?:decided|decision|resolved|ruled|found|closed)(?![\\p{L}])';
/** What must stand near a term, within the same sentence, for it to count. */
export const NEEDS_NEAR: Readonly<Record<string, string>> = Object.fromEntries(FAVOUR.map((term) => [term, DECISION]));

/** Terms that must end at a word end too: "is on us" is not "is on user", "offert" not "offerta", "pay you" not "pay your". */
export const WHOLE_WORDS: ReadonlySet<string> = new Set([...ON_US, ...COVER.filter((t) => t.endsWith(' it')), ...OFFERT, ...PAY_YOU]);

/** What may not follow a term: a thing that "compensates for" drift promises nothing. */
export const NOT_FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = {
  compens: ['ates for'],
  ...Object.fromEntries(PAY_YOU.map((term) => [term, PAID_NOT_MONEY])),
};

export const PROMISE_TERMS: Record<PromiseKind, string[]> = {
  refund: [
    'refund',
    'reimburs',
    'money back',
    'pay you back',
    'pay back',
    'rückerstatt',
    'erstatt',
    'zurückerstatt',
    'geld zurück',
    'rückzahl',
    'terugbetal',
    'restitu',
    'geld terug',
    'terugstort',
    'teruggestort',
    'återbetal',
    'pengarna tillbaka',
    'återbetalning',
    'återför',
    'استرداد',
    'استرجاع',
    'نعيد لك المبلغ',
    'إرجاع المبلغ',
    'rembours',
    'reembols',
    'devolver el dinero',
    'devolución del importe',
    'rimbors',
    'restitui',
    'devolver o dinheiro',
    'devolução do valor',
    'reembolso',
    // Money "returned": not a parcel or an item, which are returned too.
    ...MONEY_RETURNED,
    'chargeback reversal',
    'reverse the chargeback',
    'betrag zurück',
    'zurücküberweis',
    'bedrag terug',
    'pengar tillbaka',
    'beloppet tillbaka',
    'rendre votre argent',
    'argent vous sera rendu',
    'devolveremos su dinero',
    'devolveremos el dinero',
    'dinero le será devuelto',
    'devolveremos o seu dinheiro',
    'dinheiro será devolvido',
    'restituiremo il denaro',
    'restituiremo i soldi',
    'سنعيد لك أموالك',
    'إعادة أموالك',
  ],
  // Money put on an account or card. Not a bare "credit": "credit card" promises nothing.
  credit: [
    'store credit',
    'account credit',
    'credit your',
    'credited',
    'credit you',
    'credit it',
    'credit back',
    'credit of',
    'credit note',
    'credit €',
    'credit $',
    'credit £',
    'gutschrift',
    'gutschreib',
    'gutgeschrieb',
    'guthaben',
    'tegoed',
    'creditnota',
    'crediter',
    'gecrediteerd',
    'bijgeschreven',
    'bijschrijv',
    'tillgodo',
    'kreditera',
    'رصيد',
    'إضافة المبلغ',
    'نضيف المبلغ',
    'سنضيف المبلغ',
    'إيداع',
    'avoir',
    "bon d'achat",
    'créditer',
    'crédité',
    'créditons',
    'au crédit de',
    'crédito',
    'abona',
    'credito',
    'accreditare',
    'accreditato',
    'accreditata',
    'accrediterem',
    'accreditiamo',
    'credita',
    'voucher',
    'gift card',
    'gutschein',
    'cadeaubon',
    'presentkort',
    'buono',
    // A decision about money "in your favour" ("a reversal of 149 EUR in your favour").
    ...FAVOUR,
    'zu ihren gunsten',
    'zu deinen gunsten',
    'in uw voordeel',
    'in jouw voordeel',
    'till din fördel',
    'till er fördel',
    'en votre faveur',
    'a su favor',
    'a tu favor',
    'a suo favore',
    'a tuo favore',
    'a seu favor',
    'a vosso favor',
    'لصالحك',
  ],
  discount: [
    'discount',
    '% off',
    'percent off',
    'rabatt',
    'preisnachlass',
    'korting',
    'خصم',
    'remise',
    'réduction',
    'ristourne',
    'descuento',
    'rebaja',
    'sconto',
    'desconto',
  ],
  // The customer will not pay what they otherwise would: a fee waived, a cost the company carries.
  'fee-waiver': [
    'waiv',
    'free of charge',
    'at no cost',
    'at no charge',
    'at no extra',
    'at no additional',
    ...ON_US,
    ...COVER,
    "we'll pay for",
    'we’ll pay for',
    'we will pay for',
    'cover the cost',
    'kostenlos',
    'kostenfrei',
    'gebührenfrei',
    'ohne aufpreis',
    'ohne kosten',
    'ohne zusätzliche kosten',
    'auf unsere kosten',
    'erlass',
    'erläss',
    'gebühr entfällt',
    'gebühren entfallen',
    'wir verzichten auf',
    'verzichten wir auf',
    'wir übernehmen die kosten',
    'übernehmen wir die kosten',
    'kosten übernehmen wir',
    'kostenübernahme',
    'gratis',
    'kosteloos',
    'zonder kosten',
    'zonder extra kosten',
    'kwijtschel',
    'kwijtgeschold',
    'kosten kwijt',
    'voor onze rekening',
    'kosten zijn voor ons',
    'kostnadsfri',
    'efterskänk',
    'stryker avgiften',
    'slopar avgiften',
    'avstår från avgiften',
    'på vår bekostnad',
    'vi står för',
    'står vi för',
    'bjuder på',
    'bjuder vi på',
    'مجان',
    'بدون تكلفة',
    'دون تكلفة',
    'بدون رسوم',
    'دون رسوم',
    'على حسابنا',
    'إعفاء',
    'نعفي',
    'سنعفي',
    'نتنازل عن',
    'إلغاء الرسوم',
    'نتحمل تكلفة',
    'نتحمل التكلفة',
    'نتحمل التكاليف',
    'سنتحمل',
    'gratuit',
    'sans frais',
    'exonér',
    'renonçons',
    'annulons les frais',
    'à nos frais',
    'à notre charge',
    ...OFFERT,
    'prenons en charge les frais',
    'sin costo',
    'sin coste',
    'sin cargo',
    'eximi',
    'exoner',
    'condona',
    'por nuestra cuenta',
    'asumimos el cost',
    'asumimos los gastos',
    'senza costi',
    'senza spese',
    'senza alcun costo',
    'a costo zero',
    'a nostro carico',
    'a carico nostro',
    'a nostre spese',
    'rinunciamo',
    'abbuon',
    'grátis',
    'sem custo',
    'sem encargos',
    'sem qualquer custo',
    'por nossa conta',
    'isent',
    'isenç',
    'arcamos com',
    'cobrimos os custos',
    'cobriremos',
  ],
  compensation: [
    // "compens" is compensate, compensatie, compenser, compensación, compensazione, compensação.
    'compens',
    'kompens',
    'goodwill',
    'entschädig',
    'kulanz',
    'schadensersatz',
    'vergoed',
    'schadevergoeding',
    'ersättning',
    'gottgörelse',
    'تعويض',
    'نعوض',
    'سنعوض',
    'dédommag',
    'indemni',
    'indemniz',
    'risarc',
    'indennizz',
    'indenizaç',
    'indemnizaç',
    ...PAY_YOU,
    'wir zahlen ihnen',
    'zahlen wir ihnen',
    'wir zahlen dir',
    'zahlen wir dir',
    'wij betalen u',
    'we betalen u',
    'we betalen je',
    'betalen wij u',
    'vi betalar dig',
    'vi betalar er',
    'betalar vi dig',
    'betalar vi er',
    'nous vous paierons',
    'nous vous versons',
    'nous vous verserons',
    'le pagaremos',
    'te pagaremos',
    'le pagheremo',
    'ti pagheremo',
    'vamos pagar-lhe',
    'vamos pagar-te',
    'pagar-lhe-emos',
    'سندفع لك',
    'سوف ندفع لك',
  ],
  'legal-admission': [
    'our fault',
    'we are liable',
    'we are responsible for the damage',
    'we admit',
    'we accept liability',
    'our mistake caused',
    'unsere schuld',
    'wir haften',
    'haften wir',
    'wir übernehmen die haftung',
    'unser verschulden',
    'onze schuld',
    'wij zijn aansprakelijk',
    'we zijn aansprakelijk',
    'vårt fel',
    'vi är ansvariga',
    'vi ansvarar för skadan',
    'خطأنا',
    'نتحمل المسؤولية',
    'نحن مسؤولون',
    'notre faute',
    'nous sommes responsables',
    'nous reconnaissons notre responsabilité',
    'nuestra culpa',
    'somos responsables',
    'asumimos la responsabilidad',
    'colpa nostra',
    'siamo responsabili',
    'ci assumiamo la responsabilità',
    'culpa nossa',
    'somos responsáveis',
    'assumimos a responsabilidade',
  ],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A term at a word start ("refund" in "refunded", not in "prerefund"), at a word end too for
// WHOLE_WORDS, and not before what NOT_FOLLOWED_BY names.
function source(term: string): string {
  const key = term.toLowerCase();
  // A term that starts with an apostrophe ("'s on us") follows a letter by design.
  const start = /^\p{L}/u.test(term) ? '(?<![\\p{L}])' : '';
  const end = WHOLE_WORDS.has(key) ? '(?![\\p{L}])' : '';
  const not = NOT_FOLLOWED_BY[key] ? `(?!${NOT_FOLLOWED_BY[key].map(escape).join('|')})` : '';
  const near = NEEDS_NEAR[key];
  const body = start + escape(term) + end + not;
  // The term with its decision word before it, or after it: within 60 characters of the same sentence.
  return near ? `(?:(?<=${near}[^.!?\\n]{0,60})${body}|${body}(?=[^.!?\\n]{0,60}${near}))` : body;
}

/** A pattern that finds any of `terms` as the promise check does, case-insensitively; `g` for every occurrence. */
export const termPattern = (terms: readonly string[], flags: 'iu' | 'giu' = 'iu') =>
  new RegExp(`(?:${terms.map(source).join('|')})`, flags);

/** Any promise term of any kind: whether a text has one. */
export const PROMISE_TERM = termPattern(Object.values(PROMISE_TERMS).flat());

const KIND_PATTERNS = PROMISE_KINDS.map((kind) => [kind, termPattern(PROMISE_TERMS[kind])] as const);

/** The kinds of promise `text` holds ("credit" for "ruled in your favour" and "in your favor" alike). */
export const promiseKindsIn = (text: string): Set<PromiseKind> =>
  new Set(KIND_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind));
