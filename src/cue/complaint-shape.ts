// A complaint's shape with no upset word (cue26): a rhetorical question ("wie lange soll ich denn noch
// warten", "can you people ever get anything right"), a why ("warum dauert das so lange"), a stated wait or
// count ("Three weeks without my order"), a "keep doing" ("you keep charging me for nothing"). Not evidence
// enough to raise the upset confidence (the model already reads these lines 0.62-0.81), but enough to let
// the model name upset from the shared threshold: a name with no word, cue, trigger or shape needs
// tuning.upsetPlainAlone (name-emotion.ts; off as shipped), as such names were right 20 times of 50 on
// development data (scripts/cue/calibrate-alone.ts).
import type { Lang } from '../language/languages';
import { readsImplicit, rx, type ImplicitLang } from './chat-languages';
import { DATED, RHETORICAL } from './plain-question';

const WHY: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`warum|wieso|weshalb`),
  en: rx(String.raw`why`),
  pt: rx(String.raw`por\s*que|pq`),
};
// A count with its unit: a bare number dates an order or prices it as often as it counts a wait.
const WAIT: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`(?:\d+|zwei|drei|vier|fünf|sechs|paar|mehreren?)\s+(?:wochen|tagen?|monaten?|stunden|mal)`),
  en: rx(String.raw`(?:\d+|two|three|four|five|six|a\s+few|several)\s+(?:weeks?|days?|months?|hours?|times)`),
  pt: rx(String.raw`(?:\d+|duas|dois|três|quatro|cinco|seis|vários|várias)\s+(?:semanas|dias|m[eê]s(?:es)?|horas|vezes)`),
};
const KEEPS: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`immer\s+wieder`),
  en: rx(String.raw`keeps?\s+\p{L}+ing`),
  pt: rx(String.raw`toda\s+vez`),
};

/** Whether the text complains in shape (de, en, pt; the languages whose chat forms the cue reads). */
export const complaintShape = (text: string, lang: Lang): boolean =>
  readsImplicit(lang) &&
  (RHETORICAL[lang].test(text) || WHY[lang].test(text) || KEEPS[lang].test(text) || (WAIT[lang].test(text) && !DATED[lang].test(text)));
