import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../i18n/catalogs';
import { languageName } from '../i18n/labels';
import { DEFAULT_SIDEBAR_SETTINGS } from '../settings/sidebar-settings';
import type { BackgroundRequest } from '../messaging/protocol';
import { askStart } from './start-request';

describe("the content script's start", () => {
  it("asks once, with the browser's languages, and has the settings and the catalog of their language", async () => {
    const sent: BackgroundRequest[] = [];
    const settings = { ...DEFAULT_SIDEBAR_SETTINGS, uiLanguage: 'nl' as const };
    const got = await askStart(['nl-BE', 'en'], async (request) => {
      sent.push(request);
      return { ok: true, data: { settings, locale: 'nl', catalog: { catalog: CATALOGS.nl, languageNames: { xx: 'Testtaal' } } } };
    });
    expect(sent).toEqual([{ kind: 'start', languages: ['nl-BE', 'en'] }]);
    expect(got).toEqual(settings);
    expect(languageName('nl', 'xx')).toBe('Testtaal');
  });

  it('without an answer, starts with the default settings (the catalog is then asked on its own, as before)', async () => {
    const got = await askStart(['ar'], async () => ({ ok: false, error: 'no answer from the extension' }));
    expect(got).toEqual(DEFAULT_SIDEBAR_SETTINGS);
    expect(languageName('ar', 'yy')).toBe('yy');
  });
});
