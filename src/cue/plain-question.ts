// A plain question asked the messenger way (cue17, data/cue/chat3): the upset confidence reads a single
// question with no upset word as calm (src/cue/upset-confidence.ts, implicit-upset.ts), "?" or not.
import type { Lang } from '../language/languages';
import { readsImplicit, rx, type ImplicitLang } from './chat-languages';

// Asked without "?": one sentence opening with a question or an announced
// question ("wie kann ich", "ich hätte eine frage", "como faço pra", "quando vocês vão"; cue17, data/cue/chat3).
// A plain ask for help too ("tem como vocês me ajudarem?", "consegue …", "o que faço para …", "Gibt es eine
// Möglichkeit, mir zu helfen?": such asks in MAIA read 0.56-0.81 by the dev models, the German line 0.56; cue23).
const GREETING = String.raw`(?:(?:hallo|hi|hey|moin|servus|hello|oi|olá|ola)(?:\s+(?:zusammen|moin|there|pessoal))?|guten\s+(?:tag|morgen|abend)|good\s+(?:morning|afternoon)|bom\s+dia|boa\s+(?:tarde|noite))`;
const ASK_OPENER: Record<ImplicitLang, string> = {
  de: String.raw`ich\s+hätte\s+(?:da\s+)?(?:mal\s+)?(?:eine|ne)\s+frage|(?:kurze\s+)?frage|wie\s+(?:kann|könnte|geht|mache?|funktioniert|lange|ändere?)|wo\s+(?:kann|finde|sehe)|kann\s+(?:ich|man)|könnt(?:et)?\s+ihr|können\s+sie|ist\s+es\s+möglich|gibt\s+es\s+(?:eine|einen)\s+(?:möglichkeit|weg)|bis\s+wann|ab\s+wann`,
  en: String.raw`i\s+have\s+a\s+question|quick\s+q(?:uestion)?|how\s+(?:do|can|long)|where\s+(?:do|can)|can\s+(?:i|you|we)|could\s+you|is\s+it\s+possible|is\s+there\s+a\s+way`,
  pt: String.raw`tenho\s+uma\s+dúvida|(?:uma\s+)?dúvida|como\s+(?:faço|posso|funciona|vejo)|onde\s+(?:vejo|posso|fica)|posso|vocês\s+podem|podem|é\s+possível|dá\s+(?:para|pra)|quando\s+(?:vocês|vcs)\s+(?:vão|vai)|tem\s+como|consegue[m]?|(?:então\s+)?(?:o\s+)?que\s+(?:eu\s+)?faço`,
};
const ASKS = Object.fromEntries(
  Object.entries(ASK_OPENER).map(([lang, opener]) => [
    lang,
    new RegExp(String.raw`^(?:${GREETING}[\s,!.]*)?(?:${opener})(?![\p{L}])[^.!?\n]*[.?]?\s*$`, 'iu'),
  ]),
) as Record<ImplicitLang, RegExp>;
// Or one sentence whose last clause asks ("I never used the voucher, can I still use it": the model alone
// read it as anger 0.82; cue19).
const LAST_ASKS = Object.fromEntries(
  Object.entries(ASK_OPENER).map(([lang, opener]) => [
    lang,
    new RegExp(String.raw`^[^.!?\n]*,\s*(?:${opener})(?![\p{L}])[^.!?\n,]*[.?]?\s*$`, 'iu'),
  ]),
) as Record<ImplicitLang, RegExp>;
// A wait or a count before that last clause complains ("Three weeks without my order, can you tell me
// where it is"), unless it dates a step of one's own ("2 days ago", "vor drei Wochen"; review rev-cue19).
const WAITED: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`\d+|zwei|drei|vier|fünf|wochen?|tage?n?|monate?n?|stunden?|\p{L}*mal`),
  en: rx(String.raw`\d+|two|three|four|five|weeks?|days?|months?|hours?|times|twice`),
  pt: rx(String.raw`\d+|duas|dois|três|quatro|cinco|semanas?|dias?|m[eê]s(?:es)?|horas?|vezes`),
};
export const DATED: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`vor`),
  en: rx(String.raw`ago|last\s+(?:week|month)`),
  pt: rx(String.raw`atrás`),
};
// A particle that makes the question rhetorical ("wie lange soll ich denn noch warten", "kann man bei euch
// eigentlich auch mal jemanden erreichen", "can you people ever get anything right"): the question then
// complains and is no plain ask (review rev-cue17: cue17 had these read calm, main upset).
export const RHETORICAL: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`(?:lange|oft)\s+soll|(?:denn|immer)\s+noch|noch\s+(?:länger|immer)|endlich|eigentlich|überhaupt|jemals|irgendwann`),
  en: rx(String.raw`ever|finally|you\s+people|for\s+once|seriously|even|(?:have|supposed)\s+to\s+wait`),
  pt: rx(String.raw`até\s+quando|de\s+uma\s+vez|finalmente|ninguém|ninguem|nunca|ainda\s+não|(?:tenho|vou\s+ter)\s+que\s+esperar|afinal`),
};
/** A single question or announced question, with or without "?" (the messenger register). */
// One sentence is short; the length cap also keeps the pattern linear on hostile input.
export const asksPlainly = (text: string, lang: Lang): boolean =>
  readsImplicit(lang) &&
  text.length <= 300 &&
  (ASKS[lang].test(text.trim()) || (LAST_ASKS[lang].test(text.trim()) && (!WAITED[lang].test(text) || DATED[lang].test(text)))) &&
  !RHETORICAL[lang].test(text);

// A problem told, then a plain how-to question ("mein passwort geht nicht mehr. wie setze ich das zurück?",
// 0.72 anger before; issue 16's hidden German chats read "a password that is not accepted and how to reset
// it" as anger). The question's openers are wider than ASK_OPENER's (any "wie … ich"), as it follows a
// problem told calmly: no "!" and no other question before it, one "?" after it (cue23).
const HOW_TO: Record<ImplicitLang, RegExp> = {
  de: new RegExp(
    String.raw`^(?:wie\s+(?:\p{L}+\s+)?(?:ich|man|wir)|was\s+(?:muss|kann)\s+ich\s+(?:jetzt\s+|da\s+|dann\s+)?(?:tun|machen)|kann\s+(?:ich|man)|könnt(?:et)?\s+ihr|können\s+sie|gibt\s+es\s+(?:eine|einen)\s+(?:möglichkeit|weg))(?![\p{L}])[^.!?\n]*\?$`,
    'iu',
  ),
  en: new RegExp(
    String.raw`^(?:how\s+(?:do|can|could|should)\s+(?:i|we)|what\s+(?:do|can|should)\s+i\s+do|can\s+(?:i|you)|could\s+you|is\s+(?:it|there)\s+(?:possible|a\s+way))(?![\p{L}])[^.!?\n]*\?$`,
    'iu',
  ),
  pt: new RegExp(
    String.raw`^(?:como\s+(?:(?:eu\s+)?(?:faço|posso|consigo)|\p{L}+o)|o\s+que\s+(?:eu\s+)?(?:faço|posso\s+fazer|devo\s+fazer)|tem\s+como|posso|podem|pode|consegue[m]?|é\s+possível|dá\s+(?:para|pra))(?![\p{L}])[^.!?\n]*\?$`,
    'iu',
  ),
};
/** A problem told in up to two sentences, then one plain how-to question (see HOW_TO). */
export function problemThenAsk(text: string, lang: Lang): boolean {
  if (!readsImplicit(lang) || text.length > 300) return false;
  const t = text.trim();
  if (!t.endsWith('?') || t.endsWith('??')) return false;
  const cut = Math.max(t.lastIndexOf('.', t.length - 2), t.lastIndexOf('\n', t.length - 2));
  const before = t.slice(0, cut + 1);
  const question = t.slice(cut + 1).trim();
  return (
    cut > 0 &&
    !/[!?]/.test(before) &&
    before.split(/[.\n]+/).filter((s) => s.trim()).length <= 2 &&
    HOW_TO[lang].test(question) &&
    (!WAITED[lang].test(before) || DATED[lang].test(before)) &&
    !RHETORICAL[lang].test(t)
  );
}
