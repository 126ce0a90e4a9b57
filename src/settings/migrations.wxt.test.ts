// Storage migrations as the extension runs them: WXT's own storage (wxt/utils/storage, through
// ./versioned-item.ts) over the fake browser WXT's Vitest plugin installs (vitest.config.ts, project
// `wxt`), a value stored at an older version, and the steps WXT runs on it before the first read. Step n
// turns a version n-1 value into version n (WXT's convention).
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DRAFT_SETTINGS } from '../drafts/settings';
import { normalizeDraftSettings } from './draft-settings';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_VERSION, type SettingsMigration } from './schema';
import { versionedItem } from './versioned-item';

beforeEach(() => fakeBrowser.reset());

/** A value as an older release left it: WXT keeps the version in the item's metadata key (`<key>$`). */
const storeAt = (key: string, value: unknown, version: number) =>
  fakeBrowser.storage.local.set({ [key]: value, [`${key}$`]: { v: version } });
const storedVersion = async (key: string) => ((await fakeBrowser.storage.local.get(`${key}$`))[`${key}$`] as { v?: number } | undefined)?.v;

describe('settings migrations through WXT storage', () => {
  test('steps run in order from the stored version to the current one, are saved, then normalized on read', async () => {
    const calls: number[] = [];
    const migrations: Record<number, SettingsMigration> = {
      2: (old) => (calls.push(2), { ...old, theme: old.darkMode ? 'dark' : 'light' }),
      3: (old) => (calls.push(3), { ...old, sidebar: { collapsed: false, width: old.sidebarWidth } }),
    };
    await storeAt('settings-m1', { darkMode: true, sidebarWidth: 9999 }, 1);
    const item = versionedItem('local:settings-m1', { fallback: DEFAULT_SETTINGS, version: 3, migrations, normalize: normalizeSettings });
    const migrated = await item.load();
    expect(calls).toEqual([2, 3]);
    expect(migrated.theme).toBe('dark');
    expect(migrated.sidebar.width).toBe(640); // normalized: clamped to the widest sidebar
    expect(migrated).not.toHaveProperty('darkMode');
    expect(await storedVersion('settings-m1')).toBe(3);
  });

  test('a value already at a later step skips the steps before it; a current value is left alone', async () => {
    const calls: number[] = [];
    const migrations: Record<number, SettingsMigration> = {
      2: (old) => (calls.push(2), { ...old, theme: 'dark' }),
      3: (old) => (calls.push(3), old),
    };
    await storeAt('settings-m2', { uiLanguage: 'de' }, 2);
    const item = versionedItem('local:settings-m2', { fallback: DEFAULT_SETTINGS, version: 3, migrations, normalize: normalizeSettings });
    expect(await item.load()).toMatchObject({ uiLanguage: 'de', theme: 'auto' });
    expect(calls).toEqual([3]);
  });

  test(
    'a value from before a field existed gets that field’s default (the shipped settings item, version ' + SETTINGS_VERSION + ')',
    async () => {
      const older = { uiLanguage: 'de', theme: 'light', sidebar: { collapsed: true, width: 400 } };
      await fakeBrowser.storage.local.set({ settings: older });
      const { loadSettings } = await import('./storage');
      expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ...older });
    },
  );
});

describe('draft settings migrations through WXT storage', () => {
  test('runs the steps after the stored version in order, then normalizes', async () => {
    const migrations: Record<number, SettingsMigration> = {
      2: (old) => ({ ...old, companyFacts: String(old.facts ?? '').split('\n') }),
      3: (old) => ({ ...old, tone: `${String(old.tone)}!` }),
    };
    await storeAt('draft-m1', { tone: 'warm', facts: 'A\nB' }, 1);
    const item = versionedItem('local:draft-m1', {
      fallback: DEFAULT_DRAFT_SETTINGS,
      version: 3,
      migrations,
      normalize: normalizeDraftSettings,
    });
    const settings = await item.load();
    expect(settings.companyFacts).toEqual(['A', 'B']);
    expect(settings.tone).toBe('warm!');
    await storeAt('draft-m2', { tone: 'warm' }, 3);
    const current = versionedItem('local:draft-m2', {
      fallback: DEFAULT_DRAFT_SETTINGS,
      version: 3,
      migrations,
      normalize: normalizeDraftSettings,
    });
    expect((await current.load()).tone).toBe('warm');
  });
});
