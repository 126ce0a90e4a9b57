// The one place settings touch browser storage. Everything else takes a Settings value.
// What callers read is the agent's own settings with the admin's policy on top (./managed.ts): a
// managed value wins everywhere settings are read, the background's decisions included.
import { applyManagedSettings } from './managed';
import { withPolicy } from './managed-item';
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION, normalizeSettings, type Settings } from './schema';
import { versionedItem } from './versioned-item';

// WXT runs step n on a stored version n-1 value when the extension updates; we normalize after.
const ownSettings = versionedItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  normalize: normalizeSettings,
});
const settingsItem = withPolicy(ownSettings, applyManagedSettings);

export const loadSettings = settingsItem.load;
/** Stores the agent's own values; managed fields are stored as given but read back as the admin's. */
export const saveSettings = settingsItem.save;

/**
 * Read, change, write: for callers that change one field (the sidebar's width, one control in the
 * options page). The change applies to the agent's own values, never to the effective ones: otherwise
 * changing the width under a policy would store the admin's values as the agent's own, and they would
 * outlive the policy. Returns the effective settings.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await ownSettings.load()));
}

/** Calls back with the effective settings whenever any context or the admin's policy changes them; returns the unwatch. */
export const watchSettings = settingsItem.watch;
