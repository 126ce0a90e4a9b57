// The languages whose chat forms the implicit-upset and plain-question rules read, and how their word
// patterns are built.
import type { Lang } from '../language/languages';

export type ImplicitLang = 'de' | 'en' | 'pt';
/** The languages whose chat forms these rules read. */
export const readsImplicit = (lang: Lang): lang is ImplicitLang => lang === 'de' || lang === 'en' || lang === 'pt';

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
/** A whole-word, case-blind pattern. */
export const rx = (body: string) => new RegExp(B + '(?:' + body + ')' + E, 'iu');
