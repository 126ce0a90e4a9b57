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
const ROLLED = String.raw`\s*(?:[\p{L}!.]+\s+){0,3}(?:🙄|👏\s*👏)`;
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

// An eye roll at oneself: the customer's own slip told beside it ("Super 🙄 ik was mijn wachtwoord weer
// vergeten", "Perfekt 🙄 jag skrev fel postnummer", "ótimo 🙄 esqueci a senha de novo"; review rev-cue18).
// First person only: "great 🙄 you sent the wrong size" stays sarcasm.
export const OWN_SLIP: Partial<Record<Lang, RegExp>> = {
  de: rx(
    String.raw`ich\s+(?:\p{L}+\s+){0,4}(?:vergessen|vertippt|verschrieben|verwechselt)|hab\s+(?:\p{L}+\s+){0,3}(?:vergessen|vertippt)|mein\s+fehler|selbst\s+schuld`,
  ),
  en: rx(
    String.raw`i\s+(?:\p{L}+\s+){0,2}(?:forgot|mistyped|typed|misread|mixed\s+up|messed\s+up|entered\s+the\s+wrong)|my\s+(?:own\s+)?(?:mistake|fault|bad)|silly\s+me`,
  ),
  nl: rx(String.raw`ik\s+(?:\p{L}+\s+){0,5}(?:vergeten|verkeerde?|vertypt|fout)|mijn\s+(?:eigen\s+)?fout|foutje`),
  sv: rx(String.raw`jag\s+(?:\p{L}+\s+){0,3}(?:glömde|glömt|fel|slarvade)|mitt\s+(?:eget\s+)?fel`),
  ar: /نسيت|غلطتي|خطأ\s+مني|(?:كتبت|دخلت|أدخلت|ادخلت)\s+[\p{L}\s]{0,20}?(?:غلط|خطأ|خطا)/u,
  pt: rx(String.raw`esqueci|errei|digitei\s+(?:\p{L}+\s+){0,3}errad[oa]|me\s+enganei|minha\s+culpa|erro\s+meu|foi\s+mal`),
};

/** The sarcastic phrases of one Dutch, Swedish or Arabic message (none in other languages). */
export function sarcasmNlSvAr(text: string, lang: Lang): string[] {
  if (!reads(lang)) return [];
  const rolled = OWN_SLIP[lang]?.test(text) ? null : ROLLED_PRAISE[lang].exec(text);
  return [rolled, THANKS_FOR_NOTHING[lang].exec(text)].flatMap((m) => (m ? [m[0].trim()] : []));
}
