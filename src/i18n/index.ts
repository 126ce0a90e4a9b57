// UI text for the sidebar and the options page. Plain objects and one lookup: the content script's
// whole budget is 50 KB gzip, so no i18n library.
import { ar } from './ar';
import { de } from './de';
import { en, type Catalog, type MessageKey } from './en';
import { nl } from './nl';
import { sv } from './sv';

export type { MessageKey } from './en';

export const UI_LOCALES = ['en', 'de', 'nl', 'sv', 'ar'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const CATALOGS: { readonly [L in UiLocale]: Catalog } = { en, de, nl, sv, ar };

/** The {names} in a message template, as a union of string literals. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
/** Keys whose message takes no params, e.g. for headings chosen from data. */
export type PlainMessageKey = { [K in MessageKey]: [Placeholders<(typeof en)[K]>] extends [never] ? K : never }[MessageKey];
type ParamsOf<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;
/** Messages without placeholders take no params; the others require exactly theirs. */
type ParamsArg<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never] ? [] : [params: ParamsOf<K>];

export function t<K extends MessageKey>(locale: UiLocale, key: K, ...params: ParamsArg<K>): string {
  const template = CATALOGS[locale][key] ?? en[key];
  const values = params[0] as Record<string, string | number> | undefined;
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
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
