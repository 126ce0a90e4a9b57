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
      speller = load(lang).then((files) => nspell(toText(files.aff), toText(files.dic)));
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
