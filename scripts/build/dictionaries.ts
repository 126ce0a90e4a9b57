// The dictionary files the build copies into the extension: dictionaries/<lang>.aff, .dic and
// .license, from the dictionary-<lang> packages (the speller's languages, src/polish/dictionaries.ts).
import { join } from 'node:path';
import { dictionaryPath, SPELL_LANGUAGES } from '../../src/polish/languages';
import { dictionaryDir } from '../../src/polish/node-dictionaries';

export function dictionaryPublicFiles(): { absoluteSrc: string; relativeDest: string }[] {
  // Each dictionary's own licence (GPL, LGPL, MPL, BSD or MIT, per language) ships beside it.
  const source = { aff: 'index.aff', dic: 'index.dic', license: 'license' } as const;
  return SPELL_LANGUAGES.flatMap((lang) =>
    (['aff', 'dic', 'license'] as const).map((part) => ({
      absoluteSrc: join(dictionaryDir(lang), source[part]),
      relativeDest: dictionaryPath(lang, part),
    })),
  );
}
