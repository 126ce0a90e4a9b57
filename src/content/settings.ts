// The sidebar's settings, from the background (src/background/sidebar-settings.ts): the content script
// carries no settings schema, migrations or storage layer. A change in any context (the options page,
// another tab's sidebar, the admin's policy) reaches every sidebar through storage's change event.
import { browser } from 'wxt/browser';
import { ask } from '../messaging/client';
import { REMEMBERED_POLICY_KEY } from '../settings/remembered-policy';
import { DEFAULT_SIDEBAR_SETTINGS, type SidebarSettings } from '../settings/sidebar-settings';

export async function loadSidebarSettings(): Promise<SidebarSettings> {
  const reply = await ask({ kind: 'sidebar-settings' });
  return reply.ok ? reply.data : DEFAULT_SIDEBAR_SETTINGS;
}

export async function saveSidebarLayout(layout: { collapsed?: boolean; width?: number }): Promise<void> {
  await ask({ kind: 'sidebar-layout', ...layout });
}

/** Calls back with fresh settings after the stored settings or the admin's policy changed; returns the unwatch. */
export function watchSidebarSettings(onChange: (settings: SidebarSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    // The remembered policy changes when the browser answered late (src/settings/managed-storage.ts).
    const changed = area === 'managed' || (area === 'local' && ('settings' in changes || REMEMBERED_POLICY_KEY in changes));
    if (changed) void loadSidebarSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
