// Which content scripts an own-domain helpdesk gets: its own helpdesk's script (per the admin's
// choice when granting the origin) and the editor bridge. Pure, so it is tested without a browser.
// The code-cached build (scripts/build/cached-content-scripts.ts) ships each helpdesk script as a loader
// that import()s its module, web-accessible to the hosted helpdesks' origins only: on an own domain the
// import would be refused, so the module itself is registered there, a plain script (uncached, working).
import type { Browser } from 'wxt/browser';
import { DESCRIPTORS, HELPDESKS } from '../helpdesks/descriptors';
import type { CustomHelpdeskOrigin } from '../settings/schema';
import { originPattern } from '../settings/origins';

const BRIDGE_ID = 'souffleur-custom-bridge';
const sidebarId = (helpdesk: string) => `souffleur-custom-${helpdesk}`;
// Ids an older version registered (one script for every helpdesk), removed on the next registration.
const OLD_IDS = ['souffleur-custom-sidebar'];
export const ALL_SCRIPT_IDS = [BRIDGE_ID, ...OLD_IDS, ...HELPDESKS.map(sidebarId)];

const CACHED_MODULES = 'content-scripts/*-module.js';
const SIDEBAR_FRAME = 'sidebar-frame.html';

type Manifest = { web_accessible_resources?: readonly unknown[] };
const webAccessible = (manifest: Manifest, resource: string) =>
  (manifest.web_accessible_resources ?? []).some(
    (entry) => typeof entry === 'object' && entry !== null && (entry as { resources?: string[] }).resources?.includes(resource),
  );

/** Whether `manifest` is the code-cached build's: its helpdesk modules are web-accessible. */
export const shipsCachedModules = (manifest: Manifest): boolean => webAccessible(manifest, CACHED_MODULES);

/** Whether `manifest` is the sidebar frame build's (docs/sidebar-frame.md): its frame page is web-accessible. */
export const shipsSidebarFrame = (manifest: Manifest): boolean => webAccessible(manifest, SIDEBAR_FRAME);

/**
 * What to register: each helpdesk's own content script on its granted origins (its module in the
 * code-cached build), the bridge on all. In the sidebar frame build, the helpdesk's script built with the
 * shadow-root view (`<helpdesk>-own.js`, wxt.config.ts): the frame page is web-accessible to the hosted
 * helpdesks' origins only (the manifest's list is static), so on an own domain the frame could not load.
 */
export function customDomainScripts(
  granted: readonly CustomHelpdeskOrigin[],
  cachedModules = false,
  sidebarFrame = false,
): Browser.scripting.RegisteredContentScript[] {
  if (!granted.length) return [];
  const scripts: Browser.scripting.RegisteredContentScript[] = HELPDESKS.flatMap((helpdesk) => {
    const matches = granted.filter((entry) => entry.helpdesk === helpdesk).map((entry) => originPattern(entry.origin));
    return matches.length
      ? [
          {
            id: sidebarId(helpdesk),
            matches,
            js: [DESCRIPTORS[helpdesk].contentScript.replace(/\.js$/, sidebarFrame ? '-own.js' : cachedModules ? '-module.js' : '.js')],
            runAt: 'document_idle' as const,
            persistAcrossSessions: true,
          },
        ]
      : [];
  });
  const matches = granted.map((entry) => originPattern(entry.origin));
  scripts.push({
    id: BRIDGE_ID,
    matches,
    js: ['content-scripts/editor-bridge.js'],
    runAt: 'document_idle',
    world: 'MAIN',
    persistAcrossSessions: true,
  });
  return scripts;
}
