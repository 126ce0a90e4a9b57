// Where the background reads the team's draft settings and the options page (through the background)
// writes them. Only the background imports this: the content script never needs them.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_DRAFT_SETTINGS, type DraftSettings } from '../drafts/settings';
import { DRAFT_SETTINGS_MIGRATIONS, DRAFT_SETTINGS_VERSION, normalizeDraftSettings } from './draft-settings';

export const draftSettingsItem = storage.defineItem<DraftSettings>('local:draftSettings', {
  fallback: DEFAULT_DRAFT_SETTINGS,
  version: DRAFT_SETTINGS_VERSION,
  migrations: DRAFT_SETTINGS_MIGRATIONS,
});

export async function loadDraftSettings(): Promise<DraftSettings> {
  return normalizeDraftSettings(await draftSettingsItem.getValue());
}

export async function saveDraftSettings(settings: DraftSettings): Promise<DraftSettings> {
  const clean = normalizeDraftSettings(settings);
  await draftSettingsItem.setValue(clean);
  return clean;
}
