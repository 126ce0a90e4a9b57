// Calm asks that carry the surface forms of upset (session cue19, issue 16's calm lines read upset): a
// repeat asked as a question ("Ska jag skicka kvittot igen?", "tenho que mandar a foto de novo?"), one's
// own slip or one's own people behind a count ("twice by mistake", "meinem Chef schon zweimal erklärt"),
// and a polite request to cancel ("deshalb möchte ich es bitte kündigen"). Read for the cue's tone and
// upset confidence only; the sentiment keeps every word (UMSAB, XED).
import type { Lang } from '../language/languages';
import { readsImplicit } from './chat-languages';
import type { LexicalFindings, Span } from './lexical';

// The lexicons' bare repeat words (frustration words and repeated-contact triggers in en, sv, pt, ar), and
// Portuguese "ainda não" ("ainda não tive retorno sobre o orçamento, podem verificar?").
const REPEAT_WORD = /^(?:again|igen|de\s+novo|novamente|outra\s+vez|ainda\s+n[ãa]o|مرة\s+أخرى)$/iu;
// "why … again?" complains; so does "again??".
const WHY = /(?<![\p{L}])(?:why|varför|warum|wieso|waarom|por\s*que|pq|لماذا|ليش|ليه)(?![\p{L}])/iu;

/** The sentence around a span, from the last sentence end before it to the next one (kept). */
function sentenceOf(text: string, span: Span): string {
  let start = span.start;
  while (start > 0 && !'.!?؟\n'.includes(text[start - 1]!)) start--;
  let end = span.end;
  while (end < text.length && !'.!?؟\n'.includes(text[end]!)) end++;
  while (end < text.length && '.!?؟'.includes(text[end]!)) end++;
  return text.slice(start, end);
}

/** A repeat word in a sentence that asks once ("?" or "؟", not "??") and not why. */
function askedRepeat(text: string, span: Span): boolean {
  if (!REPEAT_WORD.test(span.text.trim())) return false;
  const sentence = sentenceOf(text, span).trim();
  return /(?<![?؟])[?؟]$/u.test(sentence) && !WHY.test(sentence);
}

/** The findings without the repeat words of asked repeats, for the tone and the upset confidence. */
export function withoutAskedRepeats(found: LexicalFindings, text: string): LexicalFindings {
  const keep = (spans: Span[]) => spans.filter((s) => !askedRepeat(text, s));
  const trim = <K>(map: Map<K, Span[]>) => new Map([...map].map(([k, v]) => [k, keep(v)] as const).filter(([, v]) => v.length > 0));
  return { ...found, triggers: trim(found.triggers), emotions: trim(found.emotions) };
}

// A polite request to cancel ("bitte kündigen Sie", "please cancel", "gostaria de cancelar"): a request,
// no threat to leave (the churn trigger stays for the agent to see).
const POLITE_CANCEL: Record<'de' | 'en' | 'pt', RegExp> = {
  de: /(?<![\p{L}])(?:bitte|möchte|würde\s+gerne?)(?![\p{L}])[^.!?\n]{0,60}kündig|kündigen\s+sie\s+(?:\p{L}+\s+)?bitte(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:please|kindly|i'?d\s+like\s+to|i\s+would\s+like\s+to)(?![\p{L}])[^.!?\n]{0,40}cancel|cancel[^.!?\n]{0,40}(?<![\p{L}])please(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:gostaria\s+de|por\s+favor|pode|podem)(?![\p{L}])[^.!?\n]{0,40}cancel|cancel[^.!?\n]{0,40}(?<![\p{L}])por\s+favor(?![\p{L}])/iu,
};

/** A polite request to cancel (de, en, pt). */
export const politeCancel = (text: string, lang: Lang): boolean =>
  readsImplicit(lang) && text.length <= 2000 && POLITE_CANCEL[lang].test(text);

// An announced question or news that it works now, in the languages plain-question.ts does not read
// ("Hoi weer, ik heb nog een vraagje over de levering" 0.67, "Hej igen, nu fungerar appen" 0.64 upset from
// the model alone; review rev-cue18). With no upset word, cue or trigger it is calm.
const CALM_NEWS: Partial<Record<Lang, RegExp>> = {
  nl: /(?<![\p{L}])(?:(?:ik\s+)?heb\s+(?:nog\s+)?(?:een|n)\s+(?:korte\s+)?vraag(?:je)?|(?:het\s+)?werkt\s+(?:nu|weer)|nu\s+werkt)(?![\p{L}])/iu,
  sv: /(?<![\p{L}])(?:(?:jag\s+)?har\s+(?:en\s+)?(?:liten\s+|kort\s+)?fråga|(?:nu\s+)?fungerar\s+(?:det|appen|allt)\s+(?:nu|igen)|nu\s+fungerar)(?![\p{L}])/iu,
  ar: /(?:عندي|لدي|لديّ)\s+سؤال|(?:يعمل|اشتغل|صار\s+يشتغل)\s+(?:الآن|الان)/u,
};

/** An announced question or news that it works now (nl, sv, ar). */
export const calmNews = (text: string, lang: Lang): boolean => text.length <= 300 && (CALM_NEWS[lang]?.test(text) ?? false);

// A courtesy closing alone ("Sem problemas.", "Era só isso mesmo!", "igualmente !", "Qualquer problema volto
// o contato", "kein Problem", "that's all"): the problem word in it is no problem (MAIA train, folds 0, 2,
// 3: read 0.63-0.87 upset; cue19).
const COURTESY: Partial<Record<Lang, RegExp>> = {
  pt: /^(?:ok[,.!\s]*)?(?:sem\s+problemas?|era\s+(?:só\s+|so\s+)?isso(?:\s+mesmo)?|igualmente|qualquer\s+(?:problema|coisa|dúvida|duvida)\s+(?:eu\s+)?(?:volto|retorno|entro\s+em\s+contato)(?:\s+[\p{L}\s]{0,20})?)[\s.!]*$/iu,
  de: /^(?:ok[,.!\s]*)?(?:kein\s+problem|das\s+war(?:'?s|\s+es)(?:\s+schon)?|gleichfalls|ebenso)[\s.!]*$/iu,
  en: /^(?:ok[,.!\s]*)?(?:no\s+problem|that'?s\s+all|likewise|same\s+to\s+you)[\s.!]*$/iu,
};

/** A courtesy closing and nothing else (pt, de, en). */
export const courtesyOnly = (text: string, lang: Lang): boolean => text.length <= 80 && (COURTESY[lang]?.test(text.trim()) ?? false);
