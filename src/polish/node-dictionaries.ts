// Loads dictionaries from node_modules for the CLI, the eval and the tests (the extension loads the
// copies the build put in its package: src/background/polish.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DictionaryLoader } from './dictionaries';
import type { SpellLanguage } from './languages';

const require = createRequire(import.meta.url);

/** The directory of the dictionary-<lang> package (its exports name only index.js, so resolve that). */
export function dictionaryDir(lang: SpellLanguage): string {
  return dirname(require.resolve(`dictionary-${lang}`));
}

export const loadNodeDictionary: DictionaryLoader = async (lang) => {
  const dir = dictionaryDir(lang);
  const [aff, dic] = await Promise.all([readFile(join(dir, 'index.aff')), readFile(join(dir, 'index.dic'))]);
  return { aff, dic };
};
