// Where the background reads the team's draft settings and the options page (through the background)
// writes them. Only the background imports this: the content script never needs them. Fields the admin's
// policy sets (./managed.ts) read as the admin's values.
import { DEFAULT_DRAFT_SETTINGS, type DraftSettings } from '../drafts/settings';
import { DRAFT_SETTINGS_MIGRATIONS, DRAFT_SETTINGS_VERSION, normalizeDraftSettings } from './draft-settings';
import { applyManagedDraftSettings } from './managed-drafts';
import { loadManagedPolicy } from './managed-storage';
import { versionedItem } from './versioned-item';

const draftSettingsItem = versionedItem<DraftSettings>('local:draftSettings', {
  fallback: DEFAULT_DRAFT_SETTINGS,
  version: DRAFT_SETTINGS_VERSION,
  migrations: DRAFT_SETTINGS_MIGRATIONS,
  normalize: normalizeDraftSettings,
});

export async function loadDraftSettings(): Promise<DraftSettings> {
  const [own, policy] = await Promise.all([draftSettingsItem.load(), loadManagedPolicy()]);
  return applyManagedDraftSettings(own, policy);
}

export async function saveDraftSettings(value: DraftSettings): Promise<DraftSettings> {
  const [saved, policy] = await Promise.all([draftSettingsItem.save(value), loadManagedPolicy()]);
  return applyManagedDraftSettings(saved, policy);
}
