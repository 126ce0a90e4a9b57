// The sidebar rendered by an extension page in an iframe (issue 15, entrypoints/sidebar-frame; built with
// SOUFFLEUR_SIDEBAR_FRAME=1 instead of ./sidebar-view.tsx, wxt.config.ts): its JavaScript, style, layout and
// paint run in the extension's process, not on the helpdesk's main thread. This side is the frame host: it
// sizes and places the frame, sends it the sidebar's props as data and runs the actions it asks for.
// Extension messaging only, never window.postMessage, which the page can forge and read; every message is
// checked (src/sidebar/frame-request.ts, by hand: no zod on the page) and its sender too. docs/sidebar-frame.md.
import { browser } from 'wxt/browser';
import type { SidebarProps } from '../sidebar/Sidebar';
import { shortcutListener } from '../sidebar/shortcut-keys';
import { directionOf } from '../i18n/index';
import type { FrameView, FrameViewMessage } from '../sidebar/frame-protocol';
import { FRAME_PAGE, isOwnFrameSender, parseFrameRequest } from '../sidebar/frame-request';
import { loadFailedLine } from './load-failed';
import { SIDEBAR_MAX_WIDTH, clampSidebarWidth } from '../settings/sidebar-width';

/** How long the frame page may take to say it is ready before the agent is told to reload. */
const FRAME_START_MS = 8000;
const COLLAPSED_WIDTH = 30;
/** The resize edge overhangs the sidebar by a few pixels (Sidebar.css.ts). */
const EDGE = 4;

export const viewCss = () =>
  ':host{all:initial}iframe{position:fixed;inset-block:0;height:100vh;border:0;z-index:2147483000;color-scheme:normal}';

let frame: HTMLIFrameElement | undefined;
let latest: SidebarProps | undefined;
/** The frame this content script created, by the nonce of the first frame page that said ready in it. */
let ours: string | undefined;
let startTimer: ReturnType<typeof setTimeout> | undefined;

const place = (props: SidebarProps) => {
  const rtl = directionOf(props.locale) === 'rtl';
  const width = props.collapsed ? COLLAPSED_WIDTH : props.width + EDGE;
  frame!.style.cssText = `width:${width}px;${rtl ? 'left' : 'right'}:0`;
};

const send = (props: SidebarProps) => {
  if (!ours) return;
  const view: FrameView = {
    state: props.state,
    locale: props.locale,
    theme: props.theme,
    dir: directionOf(props.locale),
    collapsed: props.collapsed,
    width: props.width,
    holdDraftsWhenHandlePersonally: props.holdDraftsWhenHandlePersonally,
    actions: Object.keys(props.actions) as FrameView['actions'],
  };
  const message: FrameViewMessage = { kind: 'sidebar-frame-view', to: ours, view };
  // To the extension's pages: only our frame takes it (it checks the nonce and that it comes from its tab's top frame).
  browser.runtime.sendMessage(message).catch(() => undefined);
};

const resize = (width: number) => {
  removeEventListener('pointerup', onPageRelease, true);
  frame!.style.width = `${width + EDGE}px`; // also when the width is unchanged and nothing repaints
  latest!.onResize(width);
};
const onPageRelease = (event: PointerEvent) => {
  if (!latest || !frame) return;
  // The frame sits on the viewport's edge (fixed; the page's scrollbar is not in clientWidth).
  const x = event.clientX;
  resize(clampSidebarWidth(directionOf(latest.locale) === 'rtl' ? x : document.documentElement.clientWidth - x));
};

const onFrameMessage = (message: unknown, sender: Parameters<typeof isOwnFrameSender>[0]) => {
  if (!latest || !frame || !isOwnFrameSender(sender, browser.runtime.id)) return;
  const request = parseFrameRequest(message);
  if (!request) return;
  if (request.kind === 'sidebar-frame-ready' && !ours) {
    ours = request.from;
    clearTimeout(startTimer);
    frame.previousElementSibling?.remove(); // an error line shown while it was slow
    send(latest);
    return;
  }
  // Another copy of our page in this tab (one a page script framed) asks nothing of this page.
  if (request.from !== ours) return;
  if (request.kind === 'sidebar-frame-toggle') latest.onToggleCollapsed();
  // A drag of the edge: the frame at its widest (transparent beside the sidebar) keeps the pointer inside it,
  // where the drag's events go (they do not follow the pointer out of the frame), until the width is chosen.
  else if (request.kind === 'sidebar-frame-drag') {
    frame.style.width = `${SIDEBAR_MAX_WIDTH + EDGE}px`;
    // A pointer that left the frame before it grew is released on the page: the width is taken there.
    addEventListener('pointerup', onPageRelease, { capture: true, once: true });
  } else if (request.kind === 'sidebar-frame-resize') resize(request.width);
  else if (request.kind === 'sidebar-frame-focus-out') {
    // Escape in the sidebar: the keyboard goes back to the page, where the agent was.
    frame.blur();
    window.focus();
  } else if (request.kind === 'sidebar-frame-action') {
    const action = latest.actions[request.name] as ((...args: unknown[]) => void) | undefined;
    action?.(...request.args);
  }
};

// The page keeps the keyboard focus: Alt+Shift+S is listened for here, in the capture phase (the frame
// listens in its own document when the focus is in the sidebar).
const onKey = shortcutListener('S', () => latest?.onToggleCollapsed());
// Alt+Shift+P: polish the reply the agent is writing, without leaving the editor (as the sidebar does today).
const onPolishKey = shortcutListener('P', () => latest?.actions.polishReply?.());

export function paintView(container: HTMLElement, props: SidebarProps): void {
  latest = props;
  if (!frame) {
    frame = document.createElement('iframe');
    // The page is built only with the flag, so WXT's generated list of the package's paths may not name it.
    frame.src = (browser.runtime.getURL as (path: string) => string)(FRAME_PAGE);
    frame.title = 'Souffleur';
    container.append(frame);
    browser.runtime.onMessage.addListener(onFrameMessage);
    addEventListener('keydown', onKey, true);
    addEventListener('keydown', onPolishKey, true);
    // Never a blank strip: a frame page that does not answer (blocked, missing) leaves a line saying so.
    startTimer = setTimeout(() => frame?.before(loadFailedLine(document)), FRAME_START_MS);
  }
  place(props);
  send(props);
}

export function clearView(container: HTMLElement): void {
  browser.runtime.onMessage.removeListener(onFrameMessage);
  removeEventListener('keydown', onKey, true);
  removeEventListener('keydown', onPolishKey, true);
  removeEventListener('pointerup', onPageRelease, true);
  clearTimeout(startTimer);
  container.replaceChildren();
  frame = latest = ours = undefined;
}
