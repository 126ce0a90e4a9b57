// Words that make a draft promise money or admit liability, in the nine languages (issue 5 item 4).
// Stems, matched case-insensitively at a word start, so "refund", "refunded", "Rückerstattung" all count.
// A flag costs the agent a glance; a missed promise costs the company money, so these lean broad.

export const PROMISE_KINDS = ['refund', 'credit', 'discount', 'compensation', 'legal-admission'] as const;
export type PromiseKind = (typeof PROMISE_KINDS)[number];

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
    'återbetal',
    'pengarna tillbaka',
    'återbetalning',
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
  ],
  credit: [
    'store credit',
    'account credit',
    'credit your account',
    'gutschrift',
    'gutschreib',
    'guthaben',
    'tegoed',
    'creditnota',
    'tillgodo',
    'kreditera',
    'رصيد',
    'avoir',
    "bon d'achat",
    'crédito',
    'credito',
    'voucher',
    'gift card',
    'gutschein',
    'cadeaubon',
    'presentkort',
    'buono',
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
    'free of charge',
    'kostenlos',
    'gratis',
    'gratuit',
    'مجان',
  ],
  compensation: [
    'compensat',
    'goodwill',
    'entschädig',
    'kulanz',
    'schadensersatz',
    'compensatie',
    'vergoeding',
    'schadevergoeding',
    'kompensation',
    'ersättning',
    'gottgörelse',
    'تعويض',
    'dédommag',
    'indemni',
    'compensación',
    'indemniz',
    'risarc',
    'indennizz',
    'compensazion',
    'compensação',
    'indenizaç',
    'indemnizaç',
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

/**
 * Words that turn a clause's promise into a refusal ("we cannot refund", "eine Erstattung ist nicht
 * möglich"), and English's "n't" on any verb ("we don't refund", "it isn't refundable").
 */
export const NEGATIONS =
  /(?<![\p{L}])(?:not|cannot|can't|can’t|won't|won’t|unable|no|never|nicht|kein|keine|keinen|niet|geen|inte|ingen|aldrig|لا|لن|ليس|لم|pas|aucun|aucune|jamais|no podemos|ningún|ninguna|nunca|non|nessun|nessuna|não|nenhum|nenhuma)(?![\p{L}])|\p{L}n['’]t(?![\p{L}])/iu;

// Set phrases that contain a negation word but refuse nothing: "No problem, we will refund you in full",
// and deadlines, which make a promise firmer ("we will refund you no later than Friday", Arabic "within
// a period not exceeding 14 days").
const NEGATION_IDIOMS =
  /(?<![\p{L}])(?:no problem|no worries|not a problem|not at all|kein problem|keine sorge|geen probleem|geen zorgen|inga problem|ingen fara|pas de (?:problème|souci)|aucun problème|sin problema|ningún problema|no hay problema|nessun problema|sem problema|لا مشكلة|لا بأس|not? later than|nicht später als|niet later dan|inte senare än|pas plus tard|no más tarde|non oltre|non più tardi|não mais tarde|لا [يت]تجاوز)(?![\p{L}])/giu;

// Negation reaches to the end of its clause, not across a comma or a "but": "No problem, we will refund
// you" promises; "we cannot refund the item, but we will send a new one" refuses only the refund. French
// "mais" is "but"; Portuguese "não mais tarde" ("no later") is a deadline and stays one clause.
const CLAUSE_BREAK =
  /[,;:،؛–—()\n]|[.!?؟。](?=\s|$)|(?<![\p{L}])(?:but|however|although|aber|jedoch|doch|sondern|maar|echter|men|utan|(?<!não )mais|cependant|pero|sino|sin embargo|ma|però|mas|porém|لكن|ولكن)(?![\p{L}])/iu;

/** The clauses of `text`: the span a negation word governs. */
export function splitClauses(text: string): string[] {
  return text.split(new RegExp(CLAUSE_BREAK.source, 'giu')).filter((c) => c && c.trim());
}

/** Whether a clause is negated: a negation word anywhere in it (German, Dutch, Swedish put it after the verb). */
export function isNegated(clause: string): boolean {
  return NEGATIONS.test(clause.replace(NEGATION_IDIOMS, ' '));
}
