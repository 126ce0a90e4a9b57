// Languages Souffleur understands for cue and knowledge search (ISO 639-1).
export const LANGUAGES = ['en', 'de', 'nl', 'sv', 'ar', 'fr', 'es', 'it', 'pt'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: string | null | undefined): value is Lang {
  return !!value && (LANGUAGES as readonly string[]).includes(value);
}

/** Languages written right to left among those we support or may meet. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);
export function isRtl(lang: string | null | undefined): boolean {
  return !!lang && RTL.has(lang.split('-')[0]!.toLowerCase());
}
