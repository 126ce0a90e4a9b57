// Where the background reads the team's draft settings and the options page (through the background)
// writes them. Only the background imports this: the content script never needs them. Fields the admin's
// policy sets (./managed-drafts.ts) read as the admin's values.
import { DEFAULT_DRAFT_SETTINGS, type DraftSettings } from '../drafts/settings';
import { DRAFT_SETTINGS_MIGRATIONS, DRAFT_SETTINGS_VERSION, normalizeDraftSettings } from './draft-settings';
import { applyManagedDraftSettings } from './managed-drafts';
import { withPolicy } from './managed-item';
import { versionedItem } from './versioned-item';

const draftSettingsItem = withPolicy(
  versionedItem<DraftSettings>('local:draftSettings', {
    fallback: DEFAULT_DRAFT_SETTINGS,
    version: DRAFT_SETTINGS_VERSION,
    migrations: DRAFT_SETTINGS_MIGRATIONS,
    normalize: normalizeDraftSettings,
  }),
  applyManagedDraftSettings,
);

export const loadDraftSettings = draftSettingsItem.load;
export const saveDraftSettings = draftSettingsItem.save;
