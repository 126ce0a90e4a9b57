import { beforeAll, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// @wxt-dev/browser picks up globalThis.chrome when first imported, so install the fake before
// loading the storage module.
let mod: typeof import('./storage');
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  mod = await import('./storage');
});
beforeEach(() => fakeBrowser.reset());

test('loads defaults when nothing is stored, and round-trips a saved value', async () => {
  const first = await mod.loadSettings();
  expect(first.theme).toBe('auto');
  await mod.saveSettings({ ...first, theme: 'dark', sidebar: { collapsed: true, width: 9000 } });
  const again = await mod.loadSettings();
  expect(again.theme).toBe('dark');
  expect(again.sidebar).toEqual({ collapsed: true, width: 640 });
});

test('a hand-edited stored value is normalized on load', async () => {
  await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'ar', theme: 42 } });
  const s = await mod.loadSettings();
  expect(s.uiLanguage).toBe('ar');
  expect(s.theme).toBe('auto');
});

test('updateSettings changes one field and keeps the others', async () => {
  await mod.saveSettings({ ...(await mod.loadSettings()), uiLanguage: 'sv' });
  await mod.updateSettings((s) => ({ ...s, sidebar: { ...s.sidebar, width: 420 } }));
  const s = await mod.loadSettings();
  expect(s.uiLanguage).toBe('sv');
  expect(s.sidebar.width).toBe(420);
});
