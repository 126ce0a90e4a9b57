// The frame page's SidebarActions (entrypoints/sidebar-frame): each one a request to the content script,
// which runs the real action on the helpdesk page (src/content/frame-view.ts; docs/sidebar-frame.md).
import type { SidebarActions } from './state';
import type { ActionName, FrameRequest } from './frame-protocol';

type Request = Extract<FrameRequest, { kind: 'sidebar-frame-action' }>;

/** The actions the page side offers, as requests sent with `send` (the frame adds its nonce). */
export function frameActions(names: readonly ActionName[], send: (request: Omit<Request, 'from'>) => void): SidebarActions {
  return Object.fromEntries(
    names.map((name) => [
      name,
      // A button may hand its click event to the action (onClick={onlyTrusted(action)}), which the shadow-root
      // view's actions ignore; no action takes an event, and one sent would fail the action's argument check.
      (...args: unknown[]) => send({ kind: 'sidebar-frame-action', name, args: args.filter((arg) => !(arg instanceof Event)) }),
    ]),
  ) as unknown as SidebarActions;
}
