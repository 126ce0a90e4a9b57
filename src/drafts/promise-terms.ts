// Words that make a draft promise money or admit liability, in the nine languages (issue 5 item 4).
// Stems, matched case-insensitively at a word start, so "refund", "refunded", "Rückerstattung" all count.
// A flag costs the agent a glance; a missed promise costs the company money, so these lean broad.

export const PROMISE_KINDS = ['refund', 'credit', 'discount', 'compensation', 'legal-admission'] as const;
export type PromiseKind = (typeof PROMISE_KINDS)[number];

export const PROMISE_TERMS: Record<PromiseKind, string[]> = {
  refund: [
    'refund', 'reimburs', 'money back', 'pay you back', 'pay back',
    'rückerstatt', 'erstatt', 'zurückerstatt', 'geld zurück', 'rückzahl',
    'terugbetal', 'restitu', 'geld terug',
    'återbetal', 'pengarna tillbaka', 'återbetalning',
    'استرداد', 'استرجاع', 'نعيد لك المبلغ', 'إرجاع المبلغ',
    'rembours',
    'reembols', 'devolver el dinero', 'devolución del importe',
    'rimbors', 'restitui',
    'devolver o dinheiro', 'devolução do valor', 'reembolso',
  ],
  credit: ['store credit', 'account credit', 'credit your account', 'gutschrift', 'gutschreib', 'guthaben', 'tegoed', 'creditnota', 'tillgodo', 'kreditera', 'رصيد', 'avoir', 'bon d\'achat', 'crédito', 'credito', 'voucher', 'gift card', 'gutschein', 'cadeaubon', 'presentkort', 'buono'],
  discount: ['discount', '% off', 'percent off', 'rabatt', 'preisnachlass', 'korting', 'خصم', 'remise', 'réduction', 'ristourne', 'descuento', 'rebaja', 'sconto', 'desconto', 'free of charge', 'kostenlos', 'gratis', 'gratuit', 'مجان'],
  compensation: ['compensat', 'goodwill', 'entschädig', 'kulanz', 'schadensersatz', 'compensatie', 'vergoeding', 'schadevergoeding', 'kompensation', 'ersättning', 'gottgörelse', 'تعويض', 'dédommag', 'indemni', 'compensación', 'indemniz', 'risarc', 'indennizz', 'compensazion', 'compensação', 'indenizaç', 'indemnizaç'],
  'legal-admission': [
    'our fault', 'we are liable', 'we are responsible for the damage', 'we admit', 'we accept liability', 'our mistake caused',
    'unsere schuld', 'wir haften', 'haften wir', 'wir übernehmen die haftung', 'unser verschulden',
    'onze schuld', 'wij zijn aansprakelijk', 'we zijn aansprakelijk',
    'vårt fel', 'vi är ansvariga', 'vi ansvarar för skadan',
    'خطأنا', 'نتحمل المسؤولية', 'نحن مسؤولون',
    'notre faute', 'nous sommes responsables', 'nous reconnaissons notre responsabilité',
    'nuestra culpa', 'somos responsables', 'asumimos la responsabilidad',
    'colpa nostra', 'siamo responsabili', 'ci assumiamo la responsabilità',
    'culpa nossa', 'somos responsáveis', 'assumimos a responsabilidade',
  ],
};

/** Words that, before a term in the same sentence, turn a promise into a refusal ("we cannot refund"). */
export const NEGATIONS = /(?<![\p{L}])(?:not|cannot|can't|unable|no|nicht|kein|keine|keinen|leider nicht|niet|geen|inte|ingen|kan inte|لا|لن|ليس|pas|aucun|aucune|ne peux|no podemos|ningún|ninguna|non|nessun|nessuna|não|nenhum|nenhuma)(?![\p{L}])/iu;
