// The sidebar frame prototype (issue 15, SOUFFLEUR_SIDEBAR_FRAME=1; docs/sidebar-frame.md): the extension
// page the helpdesk's content script frames must be web-accessible to the helpdesk's pages, and only to them.
import { FRAME_PAGE } from '../../src/sidebar/frame-protocol';

/**
 * The manifest's web_accessible_resources entry for the frame page: the origins of `matches` (Chrome
 * refuses a path there) and, on Chrome, use_dynamic_url: its address changes every browser session, so no
 * page can probe for the extension by it. Firefox's moz-extension:// address is already per install.
 */
export function sidebarFrameResource(
  matches: readonly string[],
  browser: string,
): { resources: string[]; matches: string[]; use_dynamic_url?: boolean } {
  const origins = [...new Set(matches.map((match) => match.replace(/^([^/]*\/\/[^/]*)\/.*$/, '$1/*')))];
  return { resources: [FRAME_PAGE.slice(1)], matches: origins, ...(browser === 'chrome' ? { use_dynamic_url: true } : {}) };
}
