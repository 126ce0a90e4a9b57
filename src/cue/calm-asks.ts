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

// "Do I really have to send it again?", "Am I supposed to call again", "again, for the fourth time?": a
// rhetorical repeat, no ask (review rev-cue19).
const RHETORIC =
  /(?<![\p{L}])(?:really|seriously|supposed|even|wirklich|ernsthaft|echt|verkligen|seriöst|mesmo|sério|realmente|حقا|حقاً)(?![\p{L}])|(?<![\p{L}\d])(?:\d+|second|third|fourth|fifth|zweit|dritt|viert|fünft|tweede|derde|vierde|andra|tredje|fjärde|segunda|terceira|quarta|quinta)\p{L}*\.?\s+(?:time|mal|keer|gången|gång|vez)/iu;

const SENTENCE_END = '.!?؟\n';

/** Where each sentence-ending character is, found once: a scan per span read 100 KB of "again" in 50 s. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (SENTENCE_END.includes(text[i]!)) ends.push(i);
  return ends;
}

/** The first index in the sorted `ends` at or after `at` (ends.length when none). */
function firstAtOrAfter(ends: number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence around a span, from the last sentence end before it to the next one (kept, with its run). */
function sentenceOf(text: string, ends: number[], span: Span): string {
  const before = firstAtOrAfter(ends, span.start) - 1;
  const start = before >= 0 ? ends[before]! + 1 : 0;
  let next = firstAtOrAfter(ends, span.end);
  let end = next < ends.length ? ends[next]! + 1 : text.length;
  // "?" followed by "?" is one run ("again??"); a line break ends it and is no part of one.
  while (next < ends.length && text[ends[next]!] !== '\n' && next + 1 < ends.length && ends[next + 1] === end && text[end] !== '\n') {
    next++;
    end++;
  }
  // A question of more than 300 characters is no short ask; the cap keeps 100 KB with no sentence end linear.
  return end - start > 300 ? '' : text.slice(start, end);
}

/** A repeat word in a sentence that asks once ("?" or "؟", not "??") and not why. */
function askedRepeat(text: string, ends: number[], span: Span): boolean {
  if (!REPEAT_WORD.test(span.text.trim())) return false;
  const sentence = sentenceOf(text, ends, span).trim();
  // The repeat word asked back alone ("ainda não? já faz um mês que espero") echoes, it does not ask.
  const others = (sentence.match(/\p{L}+/gu) ?? []).length - (span.text.match(/\p{L}+/gu) ?? []).length;
  return /(?<![?؟])[?؟]$/u.test(sentence) && others >= 2 && !WHY.test(sentence) && !RHETORIC.test(sentence);
}

/** The findings without the repeat words of asked repeats, for the tone and the upset confidence. */
export function withoutAskedRepeats(found: LexicalFindings, text: string): LexicalFindings {
  const ends = sentenceEnds(text);
  const keep = (spans: Span[]) => spans.filter((s) => !askedRepeat(text, ends, s));
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

// A cancel that blames or is made urgent ("I would like to cancel because you keep charging me", "Bitte
// kündigen Sie sofort"): no mere request (review rev-cue19).
const CANCEL_ANGRY =
  /(?<![\p{L}])(?:because\s+(?:you|nobody|no\s+one)|since\s+(?:you|nobody|no\s+one)|you\s+keep|immediately|right\s+now|at\s+once|sofort|umgehend|weil\s+(?:ihr|niemand)|da\s+(?:ihr|niemand)|porque\s+(?:vocês|voces|vcs|ninguém|ninguem)|imediatamente|agora\s+mesmo|já\s+chega)(?![\p{L}])/iu;

/** A polite request to cancel (de, en, pt), not one that blames or is made urgent. */
export const politeCancel = (text: string, lang: Lang): boolean =>
  readsImplicit(lang) && text.length <= 2000 && POLITE_CANCEL[lang].test(text) && !CANCEL_ANGRY.test(text);

// An announced question or news that it works now, in the languages plain-question.ts does not read
// ("Hoi weer, ik heb nog een vraagje over de levering" 0.67, "Hej igen, nu fungerar appen" 0.64 upset from
// the model alone; review rev-cue18). With no upset word, cue or trigger it is calm.
const CALM_NEWS: Partial<Record<Lang, RegExp>> = {
  nl: /(?<![\p{L}])(?:(?:ik\s+)?heb\s+(?:nog\s+)?(?:een|n)\s+(?:korte\s+)?vraag(?:je)?|(?:het\s+)?werkt\s+(?:nu|weer)|nu\s+werkt)(?![\p{L}])/iu,
  sv: /(?<![\p{L}])(?:(?:jag\s+)?har\s+(?:en\s+)?(?:liten\s+|kort\s+)?fråga|(?:nu\s+)?fungerar\s+(?:det|appen|allt)\s+(?:nu|igen)|nu\s+fungerar)(?![\p{L}])/iu,
  ar: /(?:عندي|لدي|لديّ)\s+سؤال|(?:يعمل|اشتغل|صار\s+يشتغل)\s+(?:الآن|الان)/u,
};

/** An announced question or news that it works now (nl, sv, ar). */
export const calmNews = (text: string, lang: Lang): boolean =>
  text.length <= 300 && (CALM_NEWS[lang]?.test(text) ?? false) && !WHY.test(text);

// A courtesy closing alone ("sem problemas", "era só isso", "igualmente", "qualquer dúvida eu retorno",
// "kein Problem", "that's all"): the problem word in it is no problem (MAIA train, folds 0, 2,
// 3: read 0.63-0.87 upset; cue19).
const COURTESY: Partial<Record<Lang, RegExp>> = {
  pt: /^(?:ok[,.!\s]*)?(?:sem\s+problemas?|era\s+(?:só\s+|so\s+)?isso(?:\s+mesmo)?|igualmente|qualquer\s+(?:problema|coisa|dúvida|duvida)\s+(?:eu\s+)?(?:volto|retorno|entro\s+em\s+contato)(?:\s+[\p{L}\s]{0,20})?)[\s.!]*$/iu,
  de: /^(?:ok[,.!\s]*)?(?:kein\s+problem|das\s+war(?:'?s|\s+es)(?:\s+schon)?|gleichfalls|ebenso)[\s.!]*$/iu,
  en: /^(?:ok[,.!\s]*)?(?:no\s+problem|that'?s\s+all|likewise|same\s+to\s+you)[\s.!]*$/iu,
};

/** A courtesy closing and nothing else (pt, de, en). */
export const courtesyOnly = (text: string, lang: Lang): boolean => text.length <= 80 && (COURTESY[lang]?.test(text.trim()) ?? false);
