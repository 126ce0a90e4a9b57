// The options page is a list of sections, each one component over the same props (the list, in page
// order, is OPTIONS_SECTIONS in ./sections.ts).
import type { FunctionComponent } from 'preact';
import type { UiLocale } from '../../i18n/index';
import type { PlainOptionsKey } from '../../i18n/options/index';
import type { ManagedPolicy } from '../../settings/managed';
import type { Settings } from '../../settings/schema';
import type { TeamDestinationService } from './TeamDestinationForm';

/** What the page needs from the browser; the entrypoint wires these to WXT storage and permissions. */
export interface OptionsServices {
  /** Read-modify-write, so a change here never overwrites what the sidebar saved meanwhile. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
  /**
   * Asks the browser for access to one origin. Must be called synchronously from the click/submit
   * handler: browsers only show the prompt during a user gesture.
   */
  requestOrigin(origin: string): Promise<boolean>;
  removeOrigin(origin: string): Promise<boolean>;
  /** The admin's policy (src/settings/managed.ts): the fields it sets are shown locked. */
  managed?: ManagedPolicy;
  /** The team's stats secrets (src/stats/db.ts): the key id can be read back, the key and seed only set. */
  teamSecrets?: {
    keyId(): Promise<string>;
    save(secrets: { keyId?: string; key?: string; holdoutSeed?: string }): Promise<void>;
  };
  /** The team's ClickHouse destination, kept by the background (src/background/stats-team.ts). */
  teamDestination?: TeamDestinationService;
}

export interface SectionProps {
  settings: Settings;
  locale: UiLocale;
  /** Applies and saves a change; the page shows "Saved." or the reason it failed. */
  update(change: (current: Settings) => Settings): Promise<void>;
  services: OptionsServices;
}

export interface OptionsSection {
  id: string;
  title: PlainOptionsKey;
  Component: FunctionComponent<SectionProps>;
}
