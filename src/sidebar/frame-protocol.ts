// PROTOTYPE (issue 15): what the content script's frame host and the sidebar frame say to each other
// (src/content/frame-view.ts, entrypoints/sidebar-frame). Types only in the prototype; the design
// (docs/sidebar-frame.md) validates every message with zod and relays through the background.
import type { UiLocale } from '../i18n/index';
import type { SidebarActions, SidebarState } from './state';

/** The extension page the frame loads (web-accessible on the helpdesks' pages only). */
export const FRAME_PAGE = '/sidebar-frame.html';

/** The Sidebar's props as data: its callbacks become the names of the actions the page side offers. */
export interface FrameView {
  state: SidebarState;
  locale: UiLocale;
  theme: 'light' | 'dark';
  collapsed: boolean;
  width: number;
  holdDraftsWhenHandlePersonally?: boolean;
  actions: string[];
}

/** From the frame to the content script of its tab (top frame). */
export type FrameRequest =
  | { kind: 'sidebar-frame-ready' }
  | { kind: 'sidebar-frame-toggle' }
  | { kind: 'sidebar-frame-resize'; width: number }
  | { kind: 'sidebar-frame-action'; name: keyof SidebarActions; args: unknown[] };
