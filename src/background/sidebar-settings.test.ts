import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { sidebarSettingsHandlers } from './sidebar-settings';

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
});
