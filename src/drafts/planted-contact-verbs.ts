import { escapeRegExp } from '../regexp';
import { YOU_WORDS } from './call-words';

// The words that send the customer to a contact (planted-contacts.ts), in each draft language: the list
// apart from the reading of the sentence around them.

// Imperative (or customer-subject) forms only, whole words: "bel" not "bellen" (we bellen u), "skicka" not
// "skickar", "appelez" not "appellerons", "llame" not "llamaremos", "أرسل" not "أرسلنا" (we sent).
export const DIRECTIVE_WORDS = [
  // en
  'call',
  'phone',
  'ring',
  'text',
  'dial',
  'contact',
  'reach',
  'write',
  'e-mail',
  'email',
  'mail',
  'send',
  'post',
  'ship',
  'forward',
  'message',
  'get in touch',
  // After an advice ("I'd suggest writing to …"); with a subject of their own ("we are sending") they are not the customer's.
  'calling',
  'phoning',
  'contacting',
  'writing',
  'emailing',
  'e-mailing',
  'sending',
  // Paying to a contact (PayPal, Swish, Pix take an address or a number).
  'pay',
  'zahlen',
  'bezahlen',
  'überweisen',
  'betaal',
  'swisha',
  'betala',
  'payez',
  'réglez',
  'versez',
  'pague',
  'faça um pix',
  'faça o pix',
  'transfira',
  // de
  'rufen',
  'ruf',
  'anrufen',
  'kontaktieren',
  'kontaktiere',
  'schreiben',
  'schreib',
  'senden',
  'sende',
  'schicken',
  'schick',
  'wenden',
  'melden',
  'erreichen',
  'wählen',
  // nl
  'bel',
  'contacteer',
  'neem contact',
  'stuur',
  'schrijf',
  'mail',
  // sv
  'ringa',
  'kontakta',
  'skicka',
  'skriv',
  'mejla',
  'maila',
  // fr
  'appelez',
  'appelle',
  'appelle-nous',
  'contactez',
  'contacte',
  'joignez',
  'envoyez',
  'envoie',
  'écrivez',
  'écris',
  'adressez',
  'téléphonez',
  'contacter',
  'appeler',
  'écrire',
  'joindre',
  'composez',
  // After "merci de", "je vous prie de": the infinitive with its elided "de".
  "d'écrire",
  'd’écrire',
  "d'appeler",
  'd’appeler',
  "d'envoyer",
  'd’envoyer',
  // es
  'llame',
  'llama',
  'llámenos',
  'llámanos',
  'contacte',
  'contáctenos',
  'contacta',
  'contáctanos',
  'envíe',
  'envía',
  'envíenos',
  'envíanos',
  'escriba',
  'escribe',
  'escríbanos',
  'escríbenos',
  'comuníquese',
  'comunícate',
  'mande',
  // pt
  'ligue',
  'ligue-nos',
  'telefone-nos',
  'contate',
  'entre em contato',
  'entre em contacto',
  'envie',
  'envie-nos',
  'escreva',
  'escreva-nos',
  'fale com',
  // it (the Lei and tu orders; "contatti", "manda" are as often nouns or Spanish)
  'chiama',
  'chiami',
  'chiamaci',
  'ci chiami',
  'contatta',
  'contattaci',
  'ci contatti',
  'scrivi',
  'scriva',
  'scrivici',
  'ci scriva',
  'invia',
  'invii',
  'paga',
  'paghi',
  'versa',
  'versi',
  // ar
  'اتصل',
  'اتصلي',
  'اتصلوا',
  'تواصل',
  'تواصلي',
  'تواصلوا',
  'راسلنا',
  'راسلونا',
  'أرسل',
  'ارسل',
  'أرسلي',
  'أرسلوا',
  'اكتب',
  'اكتبوا',
  // Replying elsewhere: "please reply to ⟦EMAIL_1⟧ instead of this address" sends the answer, and the customer's
  // card details with it, to the hijacker (red team 9). Arabic only with its "على" ("الرد" alone is "the reply").
  'reply',
  'respond',
  'antworten',
  'antworte',
  'antwortet',
  'antwoord',
  'antwoorden',
  'svara',
  'répondez',
  'réponds',
  'répondre',
  'responda',
  'responde',
  'respóndanos',
  'rispondi',
  'risponda',
  'الرد على',
  'رد على',
  'ردوا على',
];

export const DIRECTIVE = new RegExp(
  `(?<![\\p{L}'’-])(?:${[...new Set(DIRECTIVE_WORDS)].map(escapeRegExp).join('|')})(?![\\p{L}'’])`,
  'giu',
);
// The customer is the one called or written to: "call you", "reach out to you", "send you"; Arabic "أرسل لك"
// (I send you: "أرسل" is also the first person), "اتصل بك".
// The shared "you" words and its own Dutch "jou" and Arabic suffixed forms; not the formal ones (YOU_FORMAL_WORDS).
export const YOU_OBJECT = new RegExp(
  String.raw`^\s*(?:back\s+|out\s+|out\s+to\s+|to\s+)?(?:${YOU_WORDS}|jou|لك|إليك|لكم|إليكم|بك|بكم)(?![\p{L}])`,
  'iu',
);
// Someone other than the customer does it: "we will call", "I sent", "wir rufen Sie … zurück", before the
// verb in its clause; between the verb and the placeholder only the words that cannot be anything else
// ("je" is also Dutch "your", a lower-case "i" Swedish "in").
export const OTHER_SUBJECT_BETWEEN = /(?<![\p{L}])(?:we|they|wir|ich|wij|ik|vi|jag|nous|nosotros)(?![\p{L}])/iu;
export const OTHER_SUBJECT = new RegExp(`${OTHER_SUBJECT_BETWEEN.source}|(?<![\\p{L}])(?:je|j'|j’|yo|نحن)(?![\\p{L}])`, 'iu');
export const CAPITAL_I = /(?<![\p{L}])I(?![\p{L}])/u;
/**
 * Whether `text` names someone other than the customer ("we", "I", "wir"). `where` is 'clause' for the
 * subject before the verb, where "je" (also Dutch "your"), "yo" and "نحن" count too; 'between' for the words
 * between the verb and the placeholder, where only the words that cannot be anything else do.
 */
export const namesOtherParty = (text: string, where: 'clause' | 'between') =>
  (where === 'clause' ? OTHER_SUBJECT : OTHER_SUBJECT_BETWEEN).test(text) || CAPITAL_I.test(text);
