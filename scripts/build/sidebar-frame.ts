// The sidebar frame prototype (issue 15, SOUFFLEUR_SIDEBAR_FRAME=1; docs/sidebar-frame.md): the extension
// page the helpdesk's content script frames must be web-accessible to the helpdesk's pages, and only to them.
import { FRAME_PAGE } from '../../src/sidebar/frame-protocol';
import { webAccessibleTo } from './web-accessible';

/** The manifest's web_accessible_resources entry for the frame page (./web-accessible.ts). */
export function sidebarFrameResource(
  matches: readonly string[],
  browser: string,
): { resources: string[]; matches: string[]; use_dynamic_url?: boolean } {
  return webAccessibleTo([FRAME_PAGE.slice(1)], matches, browser);
}
