// Paying for what one never used (issue 16, session cue18; found on MAIA's training conversations, folds
// 0, 2 and 3, where each of its four uses was an upset customer): "me cobraram um plano que nem uso",
// "nunca usei, gostaria de ser reembolsado", "never even used it", "nie genutzt und trotzdem
// abgebucht". A help question about it ("não usei o cupom ainda, posso usar?") asks; it does not complain.
// The phrase quoted is the complaint. Read only for the upset confidence (upset-confidence.ts).
import type { Lang } from '../language/languages';
import { rx } from './chat-languages';

type PaidLang = 'de' | 'en' | 'pt';
const NEVER_USED: Record<PaidLang, RegExp> = {
  de: rx(
    String.raw`nie\s+(?:\p{L}+\s+)?(?:genutzt|benutzt|verwendet|bestellt)|nicht\s+(?:genutzt|benutzt)\s+(?:\p{L}+\s+){0,3}(?:abgebucht|berechnet|bezahlt)`,
  ),
  en: rx(
    String.raw`never\s+(?:even\s+)?used\s+(?:it|this|them|the\s+\p{L}+|my\s+\p{L}+)|(?:charged|billed|paying|pay)\s+(?:me\s+)?for\s+(?:\p{L}+\s+){0,4}(?:i|we)\s+never\s+(?:even\s+)?(?:signed\s+up|subscribed|ordered|agreed)|(?:charged|billed)\s+(?:me\s+)?for\s+(?:\p{L}+\s+){0,3}(?:i|we)\s+(?:don'?t|didn'?t|never|am\s+not|'?m\s+not)\s+(?:use|using|used|order|ordered)`,
  ),
  pt: rx(String.raw`(?:nunca|n[ãa]o|n)\s+(?:\p{L}+\s+)?(?:usei|utilizei|estou\s+usando|estou\s+utilizando)`),
};
// A message that ends in one "?" asks, and so does one that asks how to use it, "?" or not (messengers).
const ASKS = /(?<!\?)\?\s*$/u;
const HOW_TO_USE: Record<PaidLang, RegExp> = {
  de: rx(String.raw`kann\s+ich|wie\s+(?:kann|geht|funktioniert)`),
  en: rx(String.raw`can\s+i|how\s+(?:do|can)\s+i|is\s+it\s+possible`),
  pt: rx(String.raw`posso|como\s+(?:faço|uso|funciona)|d[áa]\s+(?:pra|para)|tem\s+como`),
};

// Asked politely to take it off ("não usei o frete expresso, então podem tirar da fatura por favor", "nie
// genutzt, deshalb möchte ich es bitte kündigen"): a request, not a complaint (review rev-cue18; none of
// MAIA train's four never-used complaints says please).
const PLEASE: Record<PaidLang, RegExp> = {
  de: rx(String.raw`bitte|können\s+sie|könnten\s+sie`),
  en: rx(String.raw`please|could\s+you|would\s+you`),
  pt: rx(String.raw`por\s+favor|podem|poderiam|pode\s+(?:tirar|remover|cancelar)`),
};

/** The never-used complaint of one message, or null. */
export function paidForNothing(text: string, lang: Lang): string | null {
  if (lang !== 'de' && lang !== 'en' && lang !== 'pt') return null;
  const t = text.trim();
  if (ASKS.test(t) || HOW_TO_USE[lang].test(t) || PLEASE[lang].test(t)) return null;
  return NEVER_USED[lang].exec(t)?.[0] ?? null;
}
