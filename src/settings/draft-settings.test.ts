import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DRAFT_SETTINGS } from '../drafts/settings';
import { normalizeDraftSettings } from './draft-settings';

describe('normalizeDraftSettings', () => {
  test('nothing stored gives the defaults', () => {
    expect(normalizeDraftSettings(undefined)).toEqual(DEFAULT_DRAFT_SETTINGS);
    expect(normalizeDraftSettings('garbage')).toEqual(DEFAULT_DRAFT_SETTINGS);
  });

  test('a bad field resets only itself; unknown languages and formalities are dropped', () => {
    const s = normalizeDraftSettings({
      tone: 42,
      signature: 'Ihr Acme-Team',
      draftCount: 7,
      formality: { de: 'informal', sv: 'casual', xx: 'formal' },
      companyFacts: ['  Ships from Hamburg. ', '', 3, 'Open 9–17.'],
      allowlist: [' status.acme.example ', null, 'billing@acme.example'],
      phrasing: { de: { greeting: 'Hallo {name},', closing: '' }, nl: { greeting: 5 }, xx: { greeting: 'Hi' } },
    });
    expect(s.tone).toBe(DEFAULT_DRAFT_SETTINGS.tone);
    expect(s.signature).toBe('Ihr Acme-Team');
    expect(s.draftCount).toBe(DEFAULT_DRAFT_SETTINGS.draftCount);
    expect(s.formality).toEqual({ de: 'informal' });
    expect(s.companyFacts).toEqual(['Ships from Hamburg.', 'Open 9–17.']);
    expect(s.allowlist).toEqual(['status.acme.example', 'billing@acme.example']);
    // Empty phrases mean "not set", so offline drafts use the built-in words.
    expect(s.phrasing).toEqual({ de: { greeting: 'Hallo {name},' } });
  });
});

describe('storage', () => {
  let mod: typeof import('./draft-settings-storage');
  beforeAll(async () => {
    (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
    mod = await import('./draft-settings-storage');
  });
  beforeEach(() => fakeBrowser.reset());

  test('round-trips, normalized, in storage.local beside the settings', async () => {
    expect(await mod.loadDraftSettings()).toEqual(DEFAULT_DRAFT_SETTINGS);
    const saved = await mod.saveDraftSettings({ ...DEFAULT_DRAFT_SETTINGS, signature: 'Acme', companyFacts: [' A '] });
    expect(saved.companyFacts).toEqual(['A']);
    expect((await mod.loadDraftSettings()).signature).toBe('Acme');
    expect((await fakeBrowser.storage.local.get('draftSettings')).draftSettings).toMatchObject({ signature: 'Acme' });
  });
});
