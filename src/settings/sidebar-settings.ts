// The settings the sidebar reads, apart from the zod schema (./schema.ts, which builds on these): the
// content script asks the background for them (with the admin's policy applied there) instead of
// carrying the schema, its migrations and WXT's storage layer, which kept it over its size budget.
import type { UiLocale } from '../i18n/index';
import { SIDEBAR_DEFAULT_WIDTH } from './sidebar-width';

export interface SidebarSettings {
  uiLanguage: 'auto' | UiLocale;
  theme: 'auto' | 'light' | 'dark';
  sidebar: { collapsed: boolean; width: number };
  holdDraftsWhenHandlePersonally: boolean;
}

/** The defaults of these fields for the whole settings, and what the sidebar shows with when the background cannot answer. */
export const DEFAULT_SIDEBAR_SETTINGS: SidebarSettings = {
  uiLanguage: 'auto',
  theme: 'auto',
  sidebar: { collapsed: false, width: SIDEBAR_DEFAULT_WIDTH },
  holdDraftsWhenHandlePersonally: false,
};

export function sidebarSettingsOf(settings: SidebarSettings): SidebarSettings {
  const { uiLanguage, theme, sidebar, holdDraftsWhenHandlePersonally } = settings;
  return { uiLanguage, theme, sidebar, holdDraftsWhenHandlePersonally };
}

/** 'auto' follows the page's prefers-color-scheme; the sidebar itself only knows light and dark. */
export function resolveTheme(theme: SidebarSettings['theme'], prefersDark: boolean): 'light' | 'dark' {
  return theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme;
}
