// Names of the languages a ticket can be in, in a UI language, for the sidebar's ticket header. Built
// in the background from the browser's own Intl data and sent with the catalog, because creating an
// Intl.DisplayNames in the helpdesk page costs it tens of milliseconds of main-thread time.
import type { UiLocale } from './index';

/**
 * ISO 639-1 codes of the languages support tickets are written in (the cue's languages, the helpdesks'
 * common agent and requester locales); any other tag is shown as written.
 */
const TICKET_LANGUAGES = [
  'af',
  'ar',
  'bg',
  'bn',
  'ca',
  'cs',
  'cy',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fa',
  'fi',
  'fil',
  'fr',
  'ga',
  'gl',
  'gu',
  'he',
  'hi',
  'hr',
  'hu',
  'hy',
  'id',
  'is',
  'it',
  'ja',
  'ka',
  'kk',
  'km',
  'kn',
  'ko',
  'lt',
  'lv',
  'mk',
  'ml',
  'mn',
  'mr',
  'ms',
  'mt',
  'nb',
  'ne',
  'nl',
  'nn',
  'no',
  'pa',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'sw',
  'ta',
  'te',
  'th',
  'tl',
  'tr',
  'uk',
  'ur',
  'uz',
  'vi',
  'zh',
  'zu',
] as const;

const cache = new Map<UiLocale, Readonly<Record<string, string>>>();

export function languageNamesFor(locale: UiLocale): Readonly<Record<string, string>> {
  let names = cache.get(locale);
  if (!names) {
    names = Object.fromEntries(TICKET_LANGUAGES.map((code) => [code, intlLanguageName(locale, code)]));
    cache.set(locale, names);
  }
  return names;
}

const displays = new Map<UiLocale, Intl.DisplayNames>();

/** Any tag's name from Intl, for the background and extension pages (not the helpdesk page: see above). */
export function intlLanguageName(locale: UiLocale, tag: string): string {
  try {
    let display = displays.get(locale);
    if (!display) displays.set(locale, (display = new Intl.DisplayNames([locale], { type: 'language' })));
    return display.of(tag) ?? tag;
  } catch {
    return tag; // not a well-formed tag
  }
}
