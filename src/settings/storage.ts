// The one place settings touch browser storage. Everything else takes a Settings value.
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION, normalizeSettings, type Settings } from './schema';
import { versionedItem } from './versioned-item';

// WXT runs step n on a stored version n-1 value when the extension updates; we normalize after.
const settingsItem = versionedItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  normalize: normalizeSettings,
});

export const loadSettings = settingsItem.load;
export const saveSettings = settingsItem.save;

/** Read, change, write: for callers that change one field (e.g. the sidebar's width). */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/** Calls back with normalized settings whenever any context changes them; returns the unwatch. */
export const watchSettings = settingsItem.watch;
