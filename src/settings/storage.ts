// The one place settings touch browser storage. Everything else takes a Settings value.
// What callers read is the agent's own settings with the admin's policy on top (./managed.ts): a
// managed value wins everywhere settings are read, the background's decisions included.
import { applyManagedSettings } from './managed';
import { loadManagedPolicy, watchManagedPolicy } from './managed-storage';
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION, normalizeSettings, type Settings } from './schema';
import { versionedItem } from './versioned-item';

// WXT runs step n on a stored version n-1 value when the extension updates; we normalize after.
const settingsItem = versionedItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  normalize: normalizeSettings,
});

export async function loadSettings(): Promise<Settings> {
  const [own, policy] = await Promise.all([settingsItem.load(), loadManagedPolicy()]);
  return applyManagedSettings(own, policy);
}

/** Stores the agent's own values; managed fields are stored as given but read back as the admin's. */
export async function saveSettings(value: Settings): Promise<Settings> {
  const [saved, policy] = await Promise.all([settingsItem.save(value), loadManagedPolicy()]);
  return applyManagedSettings(saved, policy);
}

/** Read, change, write: for callers that change one field (e.g. the sidebar's width). */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/** Calls back with the effective settings whenever any context or the admin's policy changes them; returns the unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const unwatchOwn = settingsItem.watch((own) => void loadManagedPolicy().then((policy) => callback(applyManagedSettings(own, policy))));
  const unwatchPolicy = watchManagedPolicy(() => void loadSettings().then(callback));
  return () => {
    unwatchOwn();
    unwatchPolicy();
  };
}
