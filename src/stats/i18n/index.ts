// Dashboard text, apart from the sidebar's and the options page's catalogs (same pattern and locales).
import { fill, type ParamsArg, type PlainKey } from '../../i18n/format';
import type { UiLocale } from '../../i18n/index';
import { arStats } from './ar';
import { deStats } from './de';
import { enStats, type StatsCatalog, type StatsKey } from './en';
import { nlStats } from './nl';
import { svStats } from './sv';

export type { StatsKey } from './en';
export type PlainStatsKey = PlainKey<typeof enStats>;

export const STATS_CATALOGS: { readonly [L in UiLocale]: StatsCatalog } = {
  en: enStats,
  de: deStats,
  nl: nlStats,
  sv: svStats,
  ar: arStats,
};

export function tStats<K extends StatsKey>(locale: UiLocale, key: K, ...params: ParamsArg<typeof enStats, K>): string {
  return fill(STATS_CATALOGS[locale][key] ?? enStats[key], params[0]);
}
