// The dictionary files the build copies into the extension: dictionaries/<lang>.aff, .dic and
// .license, from the dictionary-<lang> packages (the speller's languages, src/polish/dictionaries.ts).
import { join } from 'node:path';
import { dictionaryPath, SPELL_LANGUAGES } from '../../src/polish/languages';
import { dictionaryDir } from '../../src/polish/node-dictionaries';

export function dictionaryPublicFiles(): { absoluteSrc: string; relativeDest: string }[] {
  return SPELL_LANGUAGES.flatMap((lang) => [
    ...(['aff', 'dic'] as const).map((part) => ({
      absoluteSrc: join(dictionaryDir(lang), `index.${part}`),
      relativeDest: dictionaryPath(lang, part),
    })),
    // Each dictionary's own licence (GPL, LGPL, MPL, BSD or MIT, per language) ships beside it.
    { absoluteSrc: join(dictionaryDir(lang), 'license'), relativeDest: `dictionaries/${lang}.license` },
  ]);
}
