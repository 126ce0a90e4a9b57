// Names are what regexes miss (field notes), so we use what the ticket tells us: the requester's and
// authors' names, names after a greeting ("Hi Anna", "Sehr geehrte Frau Müller", "مرحبا أحمد"), names
// under a closing ("Best regards,\nAnna Schmidt"), and names after an honorific ("Herr Weber").
import type { Span } from './patterns';

const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
const ARABIC_WORD = '[\\u0621-\\u064A]{2,}';
// Short forms need their period ("M. Dupont", not "M Size").
const HONORIFIC =
  '(?:Sig\\.ra|(?:Mr|Mrs|Ms|Dr|Hr|Fr|Dhr|Mevr|M|Mme|Mlle|Sr|Sra|Srta|Sig)\\.|heer|Mr|Mrs|Ms|Miss|Dr|Herr|Frau|meneer|mevrouw|Mme|Monsieur|Madame|Señor|Señora|Signor|Signora|Senhor|Senhora|Dona)';

const GREETINGS = [
  'Hi',
  'Hello',
  'Hey',
  'Dear',
  'Good morning',
  'Good afternoon',
  'Hallo',
  'Liebe',
  'Lieber',
  'Sehr geehrte',
  'Sehr geehrter',
  'Guten Tag',
  'Moin',
  'Servus',
  'Beste',
  'Hoi',
  'Geachte',
  'Goedemorgen',
  'Goedemiddag',
  'Hej',
  'Hejsan',
  'Hallå',
  'Bästa',
  'Kära',
  'God morgon',
  'Bonjour',
  'Bonsoir',
  'Cher',
  'Chère',
  'Salut',
  'Hola',
  'Estimado',
  'Estimada',
  'Querido',
  'Querida',
  'Buenos días',
  'Buenas tardes',
  'Ciao',
  'Salve',
  'Gentile',
  'Gentilissimo',
  'Gentilissima',
  'Caro',
  'Cara',
  'Buongiorno',
  'Olá',
  'Ola',
  'Prezado',
  'Prezada',
  'Bom dia',
  'Boa tarde',
];
const ARABIC_GREETINGS = ['مرحبا', 'مرحباً', 'أهلا', 'أهلاً', 'عزيزي', 'عزيزتي', 'السيد', 'السيدة', 'الأستاذ', 'الأستاذة'];

const CLOSINGS = [
  'Best regards',
  'Kind regards',
  'Warm regards',
  'Regards',
  'Best wishes',
  'Best',
  'Thanks',
  'Thank you',
  'Many thanks',
  'Cheers',
  'Sincerely',
  'Yours sincerely',
  'Yours',
  'Mit freundlichen Grüßen',
  'Mit freundlichen Grüssen',
  'Freundliche Grüße',
  'Viele Grüße',
  'Beste Grüße',
  'Liebe Grüße',
  'Grüße',
  'Gruß',
  'LG',
  'MfG',
  'Danke',
  'Met vriendelijke groet',
  'Vriendelijke groeten',
  'Groeten',
  'Groet',
  'Alvast bedankt',
  'Bedankt',
  'Med vänliga hälsningar',
  'Vänliga hälsningar',
  'Hälsningar',
  'MVH',
  'Tack',
  'Tack på förhand',
  'Cordialement',
  'Bien cordialement',
  'Bien à vous',
  'Salutations',
  'Merci',
  "Merci d'avance",
  'Saludos',
  'Un saludo',
  'Saludos cordiales',
  'Atentamente',
  'Gracias',
  'Muchas gracias',
  'Cordiali saluti',
  'Distinti saluti',
  'Saluti',
  'Grazie',
  'Grazie mille',
  'Cumprimentos',
  'Com os melhores cumprimentos',
  'Atenciosamente',
  'Abraços',
  'Obrigado',
  'Obrigada',
];
const ARABIC_CLOSINGS = ['مع خالص التحيات', 'مع التحية', 'تحياتي', 'شكرا', 'شكراً', 'وشكرا', 'مع الشكر'];

/** Words that follow greetings or sit under closings but are not names. */
const NOT_NAMES = new Set([
  'Team',
  'Support',
  'Service',
  'Customer',
  'Kundenservice',
  'Kundendienst',
  'Klantenservice',
  'Kundtjänst',
  'Equipo',
  'Équipe',
  'Servizio',
  'Equipa',
  'Admin',
  'Agent',
  'There',
  'All',
  'Everyone',
  'Sir',
  'Madam',
  'Damen',
  'Herren',
  'Kollegen',
  'Allemaal',
  'Alla',
  'Tous',
  'Todos',
  'Tutti',
  'Again',
  'Guys',
  'Folks',
  'Bot',
  'Thanks',
  'Thank',
  'Please',
  'Grüße',
  'Grüsse',
  'Gruß',
  'Zusammen',
  'Madame',
  'Monsieur',
  'Kunde',
  'Kundin',
  'Klant',
  'Bitte',
  'Sorry',
  'Again',
  'Souffleur',
  'Regards',
  'Best',
  'Sent',
  'Von',
  'From',
  'Get',
  'Outlook',
  'Mobile',
  'Iphone',
  'Ihr',
  'Ihre',
  'Your',
  'Yours',
  'Votre',
  'Uw',
  'Su',
  'Il',
  'La',
  'Mein',
  'Meine',
  'My',
  'Ich',
  'Wir',
  'I',
  'We',
  'Je',
  'Nous',
  'Yo',
  'Io',
  'Eu',
  'Ik',
  'Jag',
  'Vi',
]);
const NOT_NAMES_AR = new Set(['فريق', 'الدعم', 'خدمة', 'العملاء', 'بكم', 'بك', 'لكم', 'جزيلا', 'جزيلاً']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const GREETING_NAME = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(GREETINGS)})[ \\t,]+(?:${HONORIFIC} )?(${NAME_WORD}(?: ${NAME_WORD})?)(?=[ \\t]*[,!.:\\n]|$)`,
  'gu',
);
const GREETING_NAME_AR = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(ARABIC_GREETINGS)})[ \\t،,]+(${ARABIC_WORD}(?: ${ARABIC_WORD})?)`,
  'gu',
);
const CLOSING_NAME = new RegExp(
  `(?:^|\\n|[.!?] )[ \\t]*(?:${alternation(CLOSINGS)})[ \\t]*[,!.]?[ \\t]*(?:\\n[ \\t]*)?(${NAME_WORD}(?: (?:van |de |von |da |di |del |af )?${NAME_WORD}){0,2})[ \\t]*(?=\\n|$)`,
  'gu',
);
const CLOSING_NAME_AR = new RegExp(
  `(?:^|\\n)[ \\t]*(?:${alternation(ARABIC_CLOSINGS)})[ \\t،,]*\\n[ \\t]*(${ARABIC_WORD}(?: ${ARABIC_WORD})?)[ \\t]*(?=\\n|$)`,
  'gu',
);
// Self-introductions: "my name is X", "it's X", "ich heiße X", "met X" (nl phone style), "soy X", "أنا X".
const INTRODUCTIONS = [
  'my name is',
  'this is',
  "it's",
  'it is',
  'I am',
  "I'm",
  'ich heiße',
  'ich bin',
  'mein Name ist',
  'hier ist',
  'ik ben',
  'mijn naam is',
  'met',
  'jag heter',
  'jag är',
  'mitt namn är',
  "je m'appelle",
  'je suis',
  "c'est",
  'me llamo',
  'soy',
  'mi nombre es',
  'mi chiamo',
  'sono',
  'il mio nome è',
  'chamo-me',
  'meu nome é',
  'o meu nome é',
  'sou o',
  'sou a',
  'aqui é o',
  'aqui é a',
];
const INTRODUCTION_NAME = new RegExp(
  `(?<![\\p{L}])(?:${alternation(INTRODUCTIONS.flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)]))}) (${NAME_WORD}(?: ${NAME_WORD})?)(?![\\p{L}])`,
  'gu',
);
const INTRODUCTION_NAME_AR = new RegExp(`(?:أنا|اسمي|معك) (${ARABIC_WORD}(?: ${ARABIC_WORD})?)`, 'gu');
// Third persons the customer names by their relation: "my colleague Peter Smith", "mein Kollege Jonas
// Becker", "my manager, Olivia Grant", "زميلي أحمد السيد". Modelled wording, one list per language.
const RELATIONS = [
  'colleague',
  'co-worker',
  'coworker',
  'manager',
  'boss',
  'supervisor',
  'wife',
  'husband',
  'partner',
  'son',
  'daughter',
  'mother',
  'mum',
  'mom',
  'father',
  'dad',
  'brother',
  'sister',
  'neighbour',
  'neighbor',
  'friend',
  'assistant',
  'accountant',
  'landlord',
  'tenant',
  'employee',
  'flatmate',
  'roommate',
  'Kollege',
  'Kollegin',
  'Chef',
  'Chefin',
  'Ehemann',
  'Ehefrau',
  'Mann',
  'Partnerin',
  'Sohn',
  'Tochter',
  'Mutter',
  'Vater',
  'Bruder',
  'Schwester',
  'Nachbar',
  'Nachbarin',
  'Freund',
  'Freundin',
  'Vorgesetzte',
  'Vorgesetzter',
  'Mitarbeiter',
  'Mitarbeiterin',
  'Assistentin',
  'Buchhalterin',
  'Buchhalter',
  'collega',
  'baas',
  'leidinggevende',
  'vrouw',
  'man',
  'zoon',
  'dochter',
  'moeder',
  'vader',
  'broer',
  'zus',
  'buurman',
  'buurvrouw',
  'vriend',
  'vriendin',
  'kollega',
  'chef',
  'fru',
  'sambo',
  'son',
  'dotter',
  'mamma',
  'pappa',
  'bror',
  'syster',
  'granne',
  'vän',
  'kompis',
  'collègue',
  'responsable',
  'patron',
  'patronne',
  'femme',
  'mari',
  'conjoint',
  'conjointe',
  'fils',
  'fille',
  'mère',
  'père',
  'frère',
  'sœur',
  'voisin',
  'voisine',
  'ami',
  'amie',
  'associé',
  'associée',
  'assistante',
  'compañero',
  'compañera',
  'colega',
  'jefe',
  'jefa',
  'esposa',
  'esposo',
  'mujer',
  'marido',
  'hijo',
  'hija',
  'madre',
  'padre',
  'hermano',
  'hermana',
  'vecino',
  'vecina',
  'amigo',
  'amiga',
  'capo',
  'moglie',
  'figlio',
  'figlia',
  'fratello',
  'sorella',
  'vicino',
  'vicina',
  'amico',
  'amica',
  'socio',
  'chefe',
  'mulher',
  'filho',
  'filha',
  'mãe',
  'pai',
  'irmão',
  'irmã',
  'vizinho',
  'vizinha',
];
const ARABIC_RELATIONS = [
  'زميلي',
  'زميلتي',
  'مديري',
  'مديرتي',
  'زوجي',
  'زوجتي',
  'ابني',
  'ابنتي',
  'أخي',
  'أختي',
  'جاري',
  'جارتي',
  'صديقي',
  'صديقتي',
];
const RELATION_NAME = new RegExp(
  `(?<![\\p{L}])(?:${alternation(RELATIONS)})[,:]? (?:${HONORIFIC} )?(${NAME_WORD}(?: (?:van |de |von |da |di |del |af |de la )?${NAME_WORD}){0,2})(?![\\p{L}])`,
  'gu',
);
const RELATION_NAME_AR = new RegExp(`(?:${alternation(ARABIC_RELATIONS)}) (${ARABIC_WORD}(?: ${ARABIC_WORD})?)`, 'gu');
const HONORIFIC_NAME = new RegExp(`(?<![\\p{L}])${HONORIFIC} (${NAME_WORD}(?: ${NAME_WORD})?)`, 'gu');

function cleanName(name: string, arabic: boolean): string | null {
  // Keep the leading run of name words: "Anna Team" → "Anna", "Team Anna" → nothing.
  const stop = arabic ? NOT_NAMES_AR : NOT_NAMES;
  const kept: string[] = [];
  for (const word of name.split(' ')) {
    if (stop.has(word)) break;
    kept.push(word);
  }
  const result = kept.join(' ');
  return result.length >= 2 ? result : null;
}

/** Names a text introduces itself through greetings, closings and honorifics. */
export function namesInText(text: string): string[] {
  const names = new Set<string>();
  const add = (pattern: RegExp, arabic: boolean) => {
    for (const m of text.matchAll(pattern)) {
      const name = m[1] && cleanName(m[1], arabic);
      if (name) names.add(name);
    }
  };
  add(GREETING_NAME, false);
  add(GREETING_NAME_AR, true);
  add(CLOSING_NAME, false);
  add(CLOSING_NAME_AR, true);
  add(HONORIFIC_NAME, false);
  add(INTRODUCTION_NAME, false);
  add(INTRODUCTION_NAME_AR, true);
  add(RELATION_NAME, false);
  add(RELATION_NAME_AR, true);
  return [...names];
}

/** A full name plus its parts (first and last name alone), longest first so full names win. */
export function nameVariants(names: Iterable<string | null | undefined>): string[] {
  const variants = new Set<string>();
  for (const name of names) {
    const trimmed = name?.trim();
    if (!trimmed || trimmed.includes('@')) continue;
    variants.add(trimmed);
    for (const part of trimmed.split(/\s+/)) {
      if (part.length >= 3 && !NOT_NAMES.has(part) && !NOT_NAMES_AR.has(part) && /^[\p{Lu}\u0621-\u064A]/u.test(part)) variants.add(part);
    }
  }
  return [...variants].sort((a, b) => b.length - a.length);
}

export function findNames(text: string, variants: string[]): Span[] {
  if (!variants.length) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${variants.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'NAME' as const }));
}
