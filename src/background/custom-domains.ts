// Helpdesks on a company's own domain: once the admin has granted the origin (options page), the
// content scripts are registered for it at run time; the manifest only names the hosted domains.
import { browser } from 'wxt/browser';
import { ALL_SCRIPT_IDS, customDomainScripts, shipsCachedModules, shipsSidebarFrame } from './custom-domain-scripts';
import type { CustomHelpdeskOrigin, Settings } from '../settings/schema';
import { originPattern } from '../settings/origins';
import { loadSettings, watchSettings } from '../settings/storage';

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

export async function registerCustomDomainScripts(granted: readonly CustomHelpdeskOrigin[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: ALL_SCRIPT_IDS });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  const manifest = browser.runtime.getManifest();
  const scripts = customDomainScripts(granted, shipsCachedModules(manifest), shipsSidebarFrame(manifest));
  if (scripts.length) await browser.scripting.registerContentScripts(scripts);
}

export interface GrantedDomains {
  /** The granted own-domain origins as last read (empty until `ready`). */
  origins(): readonly string[];
  /** The same, with the helpdesk the admin chose for each. */
  entries(): readonly CustomHelpdeskOrigin[];
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
  void ready
    .then(() => registerCustomDomainScripts(granted))
    .catch((error: unknown) => console.warn('Souffleur: registering own-domain scripts failed', error));
  watchSettings((settings) => void apply(settings));
  browser.permissions.onRemoved.addListener(() => void loadSettings().then(apply));
  return { origins: () => granted.map((entry) => entry.origin), entries: () => granted, ready: ready.catch(() => undefined) };
}
