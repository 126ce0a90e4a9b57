// Text for the options page only; kept out of the content script's bundle.
import { fill, type ParamsArg, type PlainKey } from '../format';
import type { UiLocale } from '../index';
import { arOptions } from './ar';
import { deOptions } from './de';
import { enOptions, type OptionsCatalog, type OptionsKey } from './en';
import { nlOptions } from './nl';
import { svOptions } from './sv';

export type { OptionsKey } from './en';
export type PlainOptionsKey = PlainKey<typeof enOptions>;

export const OPTIONS_CATALOGS: { readonly [L in UiLocale]: OptionsCatalog } = {
  en: enOptions,
  de: deOptions,
  nl: nlOptions,
  sv: svOptions,
  ar: arOptions,
};

export function tOptions<K extends OptionsKey>(locale: UiLocale, key: K, ...params: ParamsArg<typeof enOptions, K>): string {
  return fill(OPTIONS_CATALOGS[locale][key] ?? enOptions[key], params[0]);
}
