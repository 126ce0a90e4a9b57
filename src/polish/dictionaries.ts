// The languages with an open Hunspell dictionary on npm (dictionary-<lang>, shipped in the extension
// under /dictionaries/ by wxt.config.ts) and one cache of loaded spellers. A dictionary takes from a
// few hundred milliseconds (en) to seconds (nl, pt) to load and tens of megabytes of memory, so each
// language is loaded on first use only, once, and only in the background.
import nspell from 'nspell';
import type { SpellLanguage } from './languages';
import type { SpellerLike } from './speller';

export interface DictionaryFiles {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
}
export type DictionaryLoader = (lang: SpellLanguage) => Promise<DictionaryFiles>;

export function createSpellerCache(load: DictionaryLoader): (lang: SpellLanguage) => Promise<SpellerLike> {
  const loading = new Map<SpellLanguage, Promise<SpellerLike>>();
  return (lang) => {
    let speller = loading.get(lang);
    if (!speller) {
      speller = load(lang).then((files) => nspell(withoutEmptyCompoundRules(toText(files.aff)), toText(files.dic)));
      // A failed load (a file missing from the package) is not cached: the next request tries again.
      speller.catch(() => loading.delete(lang));
      loading.set(lang, speller);
    }
    return speller;
  };
}

function toText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

/**
 * Drops COMPOUNDRULE patterns whose every part is optional ("0*", "4?5?4?2?"): nspell matches such a
 * pattern against any word, so with Swedish's rules it accepted "xqzzy" and flagged nothing (measured
 * by `npm run eval:spell`). Hunspell itself never lets an empty compound match; the other rules stay.
 */
export function withoutEmptyCompoundRules(aff: string): string {
  const lines = aff.split('\n');
  // The first COMPOUNDRULE line is the count; the rules follow it (a rule may be digits only: "47").
  const header = lines.findIndex((line) => /^COMPOUNDRULE\s+\d+\s*$/.test(line));
  if (header === -1) return aff;
  const isRule = (line: string, index: number) => index > header && /^COMPOUNDRULE\s+\S+\s*$/.test(line);
  const matchesEmpty = (line: string) => /^COMPOUNDRULE\s+(?:(?:\(\w+\)|\w)[?*])+\s*$/.test(line);
  const kept = lines.filter((line, index) => !(isRule(line, index) && matchesEmpty(line)));
  if (kept.length === lines.length) return aff;
  const rules = kept.filter((line, index) => index > header && /^COMPOUNDRULE\s/.test(line)).length;
  kept[header] = `COMPOUNDRULE ${rules}`;
  return kept.join('\n');
}
