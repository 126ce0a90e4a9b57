// Options-page requests about the team's draft settings. The request was validated against the
// DraftSettings schema by the router; saving normalizes once more (trimmed facts, empty phrasing dropped).
import type { DraftSettings } from '../drafts/index';
import type { Handlers } from './router';

export type DraftSettingsHandlers = Pick<Handlers, 'draft-settings-get' | 'draft-settings-save'>;

export interface DraftSettingsStore {
  load(): Promise<DraftSettings>;
  save(settings: DraftSettings): Promise<DraftSettings>;
}

export function draftSettingsHandlers(store: DraftSettingsStore): DraftSettingsHandlers & DraftSettingsStore {
  return {
    ...store,
    'draft-settings-get': () => store.load(),
    'draft-settings-save': ({ settings }) => store.save(settings),
  };
}
