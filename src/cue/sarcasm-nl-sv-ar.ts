// Sarcasm in Dutch, Swedish and Arabic (issue 16, session cue18; data/cue/chat4), the languages
// implicit-upset.ts does not read: praise closed by an eye roll or slow clapping ("geweldige service weer
// 🙄", "verkligen toppenservice 🙄", "خدمة رائعة فعلا 🙄") and thanks for nothing ("bedankt voor niks",
// "tack för inget", "شكرا على لا شيء", "nou lekker dan"). The phrase quoted is the sarcasm itself.
// Read only for the upset confidence (upset-confidence.ts).
import type { Lang } from '../language/languages';
import { rx } from './chat-languages';

type SarcasmLang = 'nl' | 'sv' | 'ar';
const reads = (lang: Lang): lang is SarcasmLang => lang === 'nl' || lang === 'sv' || lang === 'ar';

// As implicit-upset.ts's ROLLED: a lone 👏 is honest, and up to two words may stand between.
const ROLLED = String.raw`\s*(?:[\p{L}!.]+\s+){0,2}(?:🙄|👏\s*👏)`;
const ROLLED_PRAISE: Record<SarcasmLang, RegExp> = {
  nl: new RegExp(
    String.raw`(?<![\p{L}])(?:geweldig\p{L}*|fantastisch\p{L}*|super\p{L}*|top\p{L}*|prachtig\p{L}*|fijn\p{L}*|lekker)${ROLLED}`,
    'iu',
  ),
  sv: new RegExp(
    String.raw`(?<![\p{L}])(?:topp\p{L}*|fantastisk\p{L}*|underbar\p{L}*|super\p{L}*|grym\p{L}*|perfekt\p{L}*|klockren\p{L}*)${ROLLED}`,
    'iu',
  ),
  ar: new RegExp(String.raw`(?:رائع\p{L}*|ممتاز\p{L}*|جميل\p{L}*|خطير\p{L}*|يا\s+سلام)${ROLLED}`, 'u'),
};
// Thanks that take themselves back.
const THANKS_FOR_NOTHING: Record<SarcasmLang, RegExp> = {
  nl: rx(String.raw`bedankt\s+voor\s+(?:niks|niets)|dank\s+je\s+de\s+koekoek|nou\s+lekker(?:\s+dan)?`),
  sv: rx(String.raw`tack\s+för\s+(?:inget|ingenting)`),
  ar: /شكر(?:ا|اً)\s+على\s+(?:لا\s+شيء|ولا\s+شي)/u,
};

/** The sarcastic phrases of one Dutch, Swedish or Arabic message (none in other languages). */
export function sarcasmNlSvAr(text: string, lang: Lang): string[] {
  if (!reads(lang)) return [];
  return [ROLLED_PRAISE[lang].exec(text), THANKS_FOR_NOTHING[lang].exec(text)].flatMap((m) => (m ? [m[0].trim()] : []));
}
