import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { sidebarSettingsHandlers } from './sidebar-settings';
import { CATALOGS } from '../i18n/catalogs';
import { languageNamesFor } from '../i18n/language-names';

function memorySettings(initial: Settings) {
  let stored = initial;
  return {
    load: async () => stored,
    update: async (change: (current: Settings) => Settings) => (stored = change(stored)),
    get: () => stored,
  };
}

const sender = {} as never;

describe('sidebar settings for the content script', () => {
  test('answers only what the sidebar reads, never the rest of the settings', async () => {
    const settings = memorySettings({ ...DEFAULT_SETTINGS, agentName: 'Ana', uiLanguage: 'de', holdDraftsWhenHandlePersonally: true });
    const view = await sidebarSettingsHandlers(settings)['sidebar-settings']({ kind: 'sidebar-settings' }, sender);
    expect(view).toEqual({ uiLanguage: 'de', theme: 'auto', sidebar: DEFAULT_SETTINGS.sidebar, holdDraftsWhenHandlePersonally: true });
    expect(view).not.toHaveProperty('agentName');
  });

  test('stores the layout the agent chose, the width clamped, the other settings untouched', async () => {
    const settings = memorySettings({ ...DEFAULT_SETTINGS, agentName: 'Ana' });
    const handlers = sidebarSettingsHandlers(settings);
    expect((await handlers['sidebar-layout']({ kind: 'sidebar-layout', collapsed: true }, sender)).sidebar).toEqual({
      collapsed: true,
      width: DEFAULT_SETTINGS.sidebar.width,
    });
    expect((await handlers['sidebar-layout']({ kind: 'sidebar-layout', width: 5000 }, sender)).sidebar).toEqual({
      collapsed: true,
      width: 640,
    });
    expect(settings.get().agentName).toBe('Ana');
  });

  test("one start answer: the sidebar's settings and the catalog of the language they resolve to with the browser's languages", async () => {
    const start = sidebarSettingsHandlers(memorySettings({ ...DEFAULT_SETTINGS, agentName: 'Ana', uiLanguage: 'auto' }))['start'];
    const auto = await start({ kind: 'start', languages: ['sv-SE', 'en-US'] }, sender);
    expect(auto).toEqual({
      settings: { uiLanguage: 'auto', theme: 'auto', sidebar: DEFAULT_SETTINGS.sidebar, holdDraftsWhenHandlePersonally: false },
      locale: 'sv',
      catalog: { catalog: CATALOGS.sv, languageNames: languageNamesFor('sv') },
    });
    expect(JSON.stringify(auto)).not.toContain('Ana');
    // The agent's chosen language wins over the browser's.
    const chosen = await sidebarSettingsHandlers(memorySettings({ ...DEFAULT_SETTINGS, uiLanguage: 'de' }))['start'](
      { kind: 'start', languages: ['sv-SE'] },
      sender,
    );
    expect(chosen.locale).toBe('de');
    expect(chosen.catalog.catalog).toBe(CATALOGS.de);
  });
});
