// Helpdesks on a company's own domain: once the admin has granted the origin (options page), the
// content scripts are registered for it at run time; the manifest only names the hosted domains.
import { browser, type Browser } from 'wxt/browser';
import { DESCRIPTORS, HELPDESKS } from '../helpdesks/descriptors';
import type { CustomHelpdeskOrigin, Settings } from '../settings/schema';
import { originPattern } from '../settings/origins';
import { loadSettings, watchSettings } from '../settings/storage';

const BRIDGE_ID = 'souffleur-custom-bridge';
const sidebarId = (helpdesk: string) => `souffleur-custom-${helpdesk}`;
// Ids an older version registered (one script for every helpdesk), removed on the next registration.
const OLD_IDS = ['souffleur-custom-sidebar'];
const ALL_IDS = [BRIDGE_ID, ...OLD_IDS, ...HELPDESKS.map(sidebarId)];

/** The entries among `configured` whose permission the browser actually holds. */
export async function grantedEntries(configured: readonly CustomHelpdeskOrigin[]): Promise<CustomHelpdeskOrigin[]> {
  const granted: CustomHelpdeskOrigin[] = [];
  for (const entry of configured) {
    if (await browser.permissions.contains({ origins: [originPattern(entry.origin)] })) granted.push(entry);
  }
  return granted;
}

/** The origins among `configured` whose permission the browser actually holds. */
export async function grantedOrigins(configured: readonly CustomHelpdeskOrigin[]): Promise<string[]> {
  return (await grantedEntries(configured)).map((entry) => entry.origin);
}

/** What to register: each helpdesk's own content script on its granted origins, the bridge on all. */
export function customDomainScripts(granted: readonly CustomHelpdeskOrigin[]): Browser.scripting.RegisteredContentScript[] {
  if (!granted.length) return [];
  const scripts: Browser.scripting.RegisteredContentScript[] = HELPDESKS.flatMap((helpdesk) => {
    const matches = granted.filter((entry) => entry.helpdesk === helpdesk).map((entry) => originPattern(entry.origin));
    return matches.length
      ? [{ id: sidebarId(helpdesk), matches, js: [DESCRIPTORS[helpdesk].contentScript], runAt: 'document_idle' as const, persistAcrossSessions: true }]
      : [];
  });
  const matches = granted.map((entry) => originPattern(entry.origin));
  scripts.push({ id: BRIDGE_ID, matches, js: ['content-scripts/editor-bridge.js'], runAt: 'document_idle', world: 'MAIN', persistAcrossSessions: true });
  return scripts;
}

export async function registerCustomDomainScripts(granted: readonly CustomHelpdeskOrigin[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: ALL_IDS });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  const scripts = customDomainScripts(granted);
  if (scripts.length) await browser.scripting.registerContentScripts(scripts);
}

export interface GrantedDomains {
  /** The granted own-domain origins as last read (empty until `ready`). */
  origins(): readonly string[];
  /** Settles when the first reading after the service worker woke is done (see SenderPolicy.ready). */
  ready: Promise<void>;
}

/** Keeps the granted origins and their content scripts in step with the settings and permissions. */
export function trackGrantedDomains(): GrantedDomains {
  let granted: CustomHelpdeskOrigin[] = [];
  const read = async (settings: Settings) => {
    granted = await grantedEntries(settings.customHelpdeskOrigins);
  };
  const apply = (settings: Settings) => read(settings).then(() => registerCustomDomainScripts(granted));
  // Ready as soon as `granted` is filled; registering the scripts comes after and keeps no one waiting.
  const ready = loadSettings().then(read);
  void ready.then(() => registerCustomDomainScripts(granted)).catch((error: unknown) => console.warn('Souffleur: registering own-domain scripts failed', error));
  watchSettings((settings) => void apply(settings));
  browser.permissions.onRemoved.addListener(() => void loadSettings().then(apply));
  return { origins: () => granted.map((entry) => entry.origin), ready: ready.catch(() => undefined) };
}
