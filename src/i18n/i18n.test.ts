import { describe, expect, test } from 'vitest';
import { EMOTIONS, HANDLE_REASONS, TRIGGERS } from '../cue/types';
import { en } from './en';
import { CATALOGS } from './catalogs';
import { UI_LOCALES, directionOf, resolveLocale, t } from './index';
import {
  emotionLabel,
  flagLabel,
  formatPercent,
  languageName,
  provideLanguageNames,
  reasonLabel,
  statusLabel,
  triggerLabel,
} from './labels';
import { languageNamesFor } from './language-names';
import { OPTIONS_CATALOGS, tOptions } from './options/index';
import { enOptions } from './options/en';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const SETS = [
  ['sidebar', en, CATALOGS],
  ['options', enOptions, OPTIONS_CATALOGS],
] as const;

describe.each(SETS)('%s catalogs', (_name, english, catalogs) => {
  test.each(UI_LOCALES)('%s has exactly the English keys, each non-empty with the same placeholders', (locale) => {
    const catalog = catalogs[locale] as Record<string, string>;
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
    for (const [key, source] of Object.entries(english)) {
      expect(catalog[key]?.trim(), `${locale} ${key}`).toBeTruthy();
      expect(placeholders(catalog[key]!), `${locale} ${key}`).toEqual(placeholders(source));
    }
  });

  test('Arabic is written in Arabic script, not left in English', () => {
    const arabic = Object.values(catalogs.ar).filter((s) => /[\u0600-\u06FF]/.test(s));
    expect(arabic.length).toBeGreaterThan(Object.keys(english).length * 0.9);
  });
});

describe('cue labels', () => {
  test('every cue enum value has a label in every language', () => {
    for (const locale of UI_LOCALES) {
      for (const e of EMOTIONS) expect(emotionLabel(locale, e)).not.toMatch(/^emotion\./);
      for (const tr of TRIGGERS) expect(triggerLabel(locale, tr)).not.toMatch(/^trigger\./);
      for (const r of HANDLE_REASONS) expect(reasonLabel(locale, r)).not.toMatch(/^reason\./);
    }
  });
});

describe('t', () => {
  test('fills placeholders', () => {
    expect(t('en', 'drafts.draftN', { n: 2 })).toBe('Draft 2');
    expect(tOptions('de', 'options.removeLabel', { origin: 'https://a.example' })).toBe('https://a.example entfernen');
  });

  test('does not interpret params as patterns', () => {
    expect(t('en', 'snippets.copyLabel', { title: '$& {n} <b>' })).toBe('Copy “$& {n} <b>”');
  });
});

describe('resolveLocale', () => {
  test('an explicit choice wins over the browser', () => {
    expect(resolveLocale('sv', ['de-DE', 'en'])).toBe('sv');
  });
  test('auto takes the first browser language we support, by primary subtag', () => {
    expect(resolveLocale('auto', ['fr-FR', 'nl-BE', 'en'])).toBe('nl');
    expect(resolveLocale('auto', ['ar-EG'])).toBe('ar');
    expect(resolveLocale('auto', ['DE'])).toBe('de');
  });
  test('falls back to English', () => {
    expect(resolveLocale('auto', ['ja', 'fr'])).toBe('en');
    expect(resolveLocale('auto', [])).toBe('en');
  });
});

test('only Arabic is right to left', () => {
  expect(UI_LOCALES.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar']);
});

test('known draft-check kinds get a label, unknown ones none', () => {
  expect(flagLabel('de', 'unknown-link')).toBe('Unbekannter Link');
  // A payment lure names its own risk in every UI language.
  expect(flagLabel('en', 'payment')).toBe('Unusual payment');
  expect(flagLabel('sv', 'payment')).toBe('Ovanlig betalning');
  expect(flagLabel('en', 'something-new')).toBeNull();
  expect(flagLabel('en', 'toString')).toBeNull();
});

test('known statuses are translated, unknown ones shown as written', () => {
  expect(statusLabel('de', 'Open')).toBe('Offen');
  expect(statusLabel('nl', 'on-hold')).toBe('In de wacht');
  expect(statusLabel('sv', 'Waiting on Customer')).toBe('Waiting on Customer');
});

describe('formatPercent', () => {
  test.each(UI_LOCALES)('%s writes a percent as Intl.NumberFormat does, from its catalog', (locale) => {
    const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    for (const fraction of [0, 0.07, 0.625, 1]) expect(formatPercent(locale, fraction)).toBe(intl.format(fraction));
  });
});

describe('languageName', () => {
  test('answers from the names the background provided, by full tag or primary subtag, else the tag', () => {
    provideLanguageNames('de', languageNamesFor('de'));
    expect(languageName('de', 'fr')).toBe('Französisch');
    expect(languageName('de', 'pt-BR')).toBe('Portugiesisch');
    expect(languageName('de', 'xx')).toBe('xx');
    provideLanguageNames('sv', {});
    expect(languageName('sv', 'fr')).toBe('fr'); // a name the background did not send: the tag as written
  });
});
