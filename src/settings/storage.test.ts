import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// @wxt-dev/browser picks up globalThis.chrome when first imported, so install the fake before
// loading the storage module.
import { DEFAULT_SETTINGS } from './schema';

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

// The admin's policy through a fake of Chrome's storage.managed (WXT's fakeBrowser has a writable
// managed area; the real one is read-only to the extension and written by the browser from policy).
test("a managed value wins over the agent's own on load and after the agent saves", async () => {
  await mod.saveSettings({ ...(await mod.loadSettings()), holdoutShare: 0.3, theme: 'dark' });
  await fakeBrowser.storage.managed.set({ holdoutShare: 0.1, statsRetentionDays: 30 });
  expect(await mod.loadSettings()).toMatchObject({ holdoutShare: 0.1, statsRetentionDays: 30, theme: 'dark' });
  const saved = await mod.updateSettings((s) => ({ ...s, holdoutShare: 0.4 }));
  expect(saved.holdoutShare).toBe(0.1);
  expect((await mod.loadSettings()).holdoutShare).toBe(0.1);
});

test("changing one field under a policy stores the agent's own values, not the admin's", async () => {
  await fakeBrowser.storage.managed.set({ holdoutShare: 0.1, readingWhenHeld: true });
  const effective = await mod.updateSettings((s) => ({ ...s, sidebar: { ...s.sidebar, width: 420 } }));
  expect(effective).toMatchObject({ holdoutShare: 0.1, readingWhenHeld: true, sidebar: { width: 420 } });
  await fakeBrowser.storage.managed.clear();
  const own = await mod.loadSettings();
  expect(own.holdoutShare).toBe(DEFAULT_SETTINGS.holdoutShare);
  expect(own.readingWhenHeld).toBe(false);
  expect(own.sidebar.width).toBe(420);
});

test('watchers hear a policy change with the effective settings', async () => {
  const seen: number[] = [];
  const unwatch = mod.watchSettings((s) => seen.push(s.statsRetentionDays));
  await fakeBrowser.storage.managed.set({ statsRetentionDays: 90 });
  await vi.waitFor(() => expect(seen).toContain(90));
  unwatch();
});

test('a managed area that rejects (Firefox without a manifest) means no policy', async () => {
  const { loadManagedPolicy } = await import('./managed-storage');
  const rejecting = {
    managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) },
    onChanged: fakeBrowser.storage.onChanged,
  };
  expect(await loadManagedPolicy(rejecting)).toEqual({});
});

test('the policy read is remembered in storage.local for a slow browser, and no policy leaves nothing behind', async () => {
  const { loadManagedPolicy } = await import('./managed-storage');
  const remembered = async () => (await fakeBrowser.storage.local.get('managedPolicy')).managedPolicy;
  await loadManagedPolicy();
  await new Promise((resolve) => setTimeout(resolve, 20)); // the remembering runs after the read answers
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  await fakeBrowser.storage.managed.set({ holdBackDrafts: true });
  await loadManagedPolicy();
  await vi.waitFor(async () => expect(await remembered()).toEqual({ holdBackDrafts: true }));
  await fakeBrowser.storage.managed.clear();
  await loadManagedPolicy();
  await vi.waitFor(async () => expect(await remembered()).toBeUndefined());
});
