// The speller's languages: those with an open Hunspell dictionary on npm (dictionary-<lang>), and
// where the build puts each one. No nspell import here: wxt.config.ts reads this file.

export const SPELL_LANGUAGES = ['en', 'de', 'nl', 'sv', 'fr', 'es', 'it', 'pt'] as const;
export type SpellLanguage = (typeof SPELL_LANGUAGES)[number];

export function isSpellLanguage(value: string | null | undefined): value is SpellLanguage {
  return (SPELL_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** Where the build puts each dictionary and its licence (the `build:publicAssets` hook, wxt.config.ts). */
export function dictionaryPath(lang: SpellLanguage, part: 'aff' | 'dic' | 'license'): string {
  return `dictionaries/${lang}.${part}`;
}
