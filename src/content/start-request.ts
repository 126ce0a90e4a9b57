// The content script's start in one message to the background (`start`): the sidebar's settings and the
// text in the language they resolve to. Each runtime.sendMessage costs the helpdesk page's main thread the
// extension bindings' own work (docs/main-thread-budget.md); the settings and the catalog were two or three.
import { ask } from '../messaging/client';
import { DEFAULT_SIDEBAR_SETTINGS, type SidebarSettings } from '../settings/sidebar-settings';
import { provideView } from './catalog';

/** `languages`: navigator.languages, which the background cannot read. Without an answer, the defaults. */
export async function askStart(languages: readonly string[], post = ask<{ kind: 'start'; languages: string[] }>): Promise<SidebarSettings> {
  const reply = await post({ kind: 'start', languages: [...languages] });
  if (!reply.ok) return DEFAULT_SIDEBAR_SETTINGS;
  provideView(reply.data.locale, reply.data.catalog);
  return reply.data.settings;
}
