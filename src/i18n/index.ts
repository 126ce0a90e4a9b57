// UI text for the sidebar. Plain objects and one lookup, and no catalog in this module: the content
// script's budget is 35 KB gzip, so it carries no text at all and asks the background for the agent's
// language (and English, the fallback) at start (src/content/catalog.ts). Pages, tests and the
// background load all catalogs with `import './catalogs'`.
import type { en, Catalog, MessageKey } from './en';
import { fill, type ParamsArg, type PlainKey } from './format';

export type { MessageKey } from './en';

export const UI_LOCALES = ['en', 'de', 'nl', 'sv', 'ar'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export type { Catalog } from './en';

const provided: { [L in UiLocale]?: Catalog } = {};

/** Makes a language's catalog available to t(); until then t() answers in English. */
export function provideCatalog(locale: UiLocale, catalog: Catalog): void {
  provided[locale] = catalog;
}

/** Whether a message key exists (for keys built from data, e.g. `flag.${kind}`). */
export function hasMessage(key: string): key is MessageKey {
  return Object.values(provided).some((catalog) => key in catalog);
}

export function hasCatalog(locale: UiLocale): boolean {
  return !!provided[locale];
}

export type PlainMessageKey = PlainKey<typeof en>;

export function t<K extends MessageKey>(locale: UiLocale, key: K, ...params: ParamsArg<typeof en, K>): string {
  // Before any catalog arrived (the background did not answer) the key itself: visible, never blank.
  return fill(provided[locale]?.[key] ?? provided.en?.[key] ?? key, params[0]);
}

/**
 * A line that may be a catalog key: readers and the content script send keys, not English (their
 * budget), and the sidebar says them in the agent's language, else in English. Any other line (a
 * reader's or the server's own words) is shown as it is; an `err.` key no catalog has yet is ''.
 */
export function say(locale: UiLocale, line: string, params?: Record<string, string | number>): string {
  const text = provided[locale]?.[line as MessageKey] ?? provided.en?.[line as MessageKey];
  // A server's line such as "toString" finds the catalog object's prototype, not a message.
  return typeof text === 'string' ? fill(text, params) : line.startsWith('err.') ? '' : line;
}

export function isUiLocale(value: string): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value);
}

/** The settings override wins; otherwise the first browser language we have a catalog for; else English. */
export function resolveLocale(override: UiLocale | 'auto', navigatorLanguages: readonly string[]): UiLocale {
  if (override !== 'auto') return override;
  for (const tag of navigatorLanguages) {
    const primary = tag.split('-')[0]!.toLowerCase();
    if (isUiLocale(primary)) return primary;
  }
  return 'en';
}

export function directionOf(locale: UiLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** Each UI language named in itself, for the language picker. */
export const LOCALE_NAMES: { readonly [L in UiLocale]: string } = {
  en: 'English',
  de: 'Deutsch',
  nl: 'Nederlands',
  sv: 'Svenska',
  ar: 'العربية',
};
