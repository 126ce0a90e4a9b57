// Helpdesks on a company's own domain: once the admin has granted the origin (options page), the
// content scripts are registered for it at run time; the manifest only names the hosted domains.
import { browser } from 'wxt/browser';
import type { CustomHelpdeskOrigin, Settings } from '../settings/schema';
import { originPattern } from '../settings/origins';
import { loadSettings, watchSettings } from '../settings/storage';

const SCRIPT_IDS = { sidebar: 'souffleur-custom-sidebar', bridge: 'souffleur-custom-bridge' };

/** The origins among `configured` whose permission the browser actually holds. */
export async function grantedOrigins(configured: readonly CustomHelpdeskOrigin[]): Promise<string[]> {
  const granted: string[] = [];
  for (const { origin } of configured) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
  }
  return granted;
}

export async function registerCustomDomainScripts(origins: readonly string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: Object.values(SCRIPT_IDS) });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  if (!origins.length) return;
  const matches = origins.map(originPattern);
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_IDS.sidebar, matches, js: ['content-scripts/helpdesk.js'], runAt: 'document_idle', persistAcrossSessions: true },
    { id: SCRIPT_IDS.bridge, matches, js: ['content-scripts/editor-bridge.js'], runAt: 'document_idle', world: 'MAIN', persistAcrossSessions: true },
  ]);
}

export interface GrantedDomains {
  /** The granted own-domain origins as last read (empty until `ready`). */
  origins(): readonly string[];
  /** Settles when the first reading after the service worker woke is done (see SenderPolicy.ready). */
  ready: Promise<void>;
}

/** Keeps the granted origins and their content scripts in step with the settings and permissions. */
export function trackGrantedDomains(): GrantedDomains {
  let granted: string[] = [];
  const read = async (settings: Settings) => {
    granted = await grantedOrigins(settings.customHelpdeskOrigins);
  };
  const apply = (settings: Settings) => read(settings).then(() => registerCustomDomainScripts(granted));
  // Ready as soon as `granted` is filled; registering the scripts comes after and keeps no one waiting.
  const ready = loadSettings().then(read);
  void ready.then(() => registerCustomDomainScripts(granted)).catch((error: unknown) => console.warn('Souffleur: registering own-domain scripts failed', error));
  watchSettings((settings) => void apply(settings));
  browser.permissions.onRemoved.addListener(() => void loadSettings().then(apply));
  return { origins: () => granted, ready: ready.catch(() => undefined) };
}
