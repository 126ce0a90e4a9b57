// The sidebar's settings, answered for the content script, which carries no settings schema or storage
// layer of its own (its size budget): the agent's values with the admin's policy on top, and the one
// change the sidebar makes, its layout.
import { sidebarSettingsOf } from '../settings/sidebar-settings';
import { CATALOGS } from '../i18n/catalogs';
import { resolveLocale } from '../i18n/index';
import { languageNamesFor } from '../i18n/language-names';
import { clampSidebarWidth } from '../settings/sidebar-width';
import type { Settings } from '../settings/schema';
import type { Handlers } from './router';

export interface SettingsAccess {
  load(): Promise<Settings>;
  update(change: (current: Settings) => Settings): Promise<Settings>;
}

export function sidebarSettingsHandlers(settings: SettingsAccess): Pick<Handlers, 'start' | 'sidebar-settings' | 'sidebar-layout'> {
  return {
    // The content script's start in one answer: its settings and the text in the language they resolve to.
    start: async ({ languages }) => {
      const view = sidebarSettingsOf(await settings.load());
      const locale = resolveLocale(view.uiLanguage, languages);
      return { settings: view, locale, catalog: { catalog: CATALOGS[locale], languageNames: languageNamesFor(locale) } };
    },
    'sidebar-settings': async () => sidebarSettingsOf(await settings.load()),
    'sidebar-layout': async ({ collapsed, width }) =>
      sidebarSettingsOf(
        await settings.update((current) => ({
          ...current,
          sidebar: {
            collapsed: collapsed ?? current.sidebar.collapsed,
            width: width === undefined ? current.sidebar.width : clampSidebarWidth(width),
          },
        })),
      ),
  };
}
