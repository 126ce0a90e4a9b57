// The one place settings touch browser storage. Everything else takes a Settings value.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION, normalizeSettings, type Settings } from './schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // WXT runs step n on a stored version n-1 value when the extension updates; we normalize after.
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = normalizeSettings(settings);
  await settingsItem.setValue(clean);
  return clean;
}

/** Read, change, write: for callers that change one field (e.g. the sidebar's width). */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/** Calls back with normalized settings whenever any context changes them; returns the unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
