// PROTOTYPE (issue 15, SOUFFLEUR_SIDEBAR_FRAME=1 only; the default build paints with ./sidebar-view.tsx):
// the sidebar rendered by an extension page in an iframe (entrypoints/sidebar-frame), whose JavaScript,
// style, layout and paint run in the extension's process, not on the helpdesk's main thread. This side
// keeps only a frame host: it sizes the frame, sends the frame the sidebar's props as data and runs the
// actions the frame asks for. Runtime messaging only: window.postMessage can be forged and read by the page.
// Not wired yet (docs/sidebar-frame.md): right-to-left, the resize drag, focus moves across the frame.
import { browser } from 'wxt/browser';
import type { SidebarProps } from '../sidebar/Sidebar';
import { shortcutListener } from '../sidebar/shortcut-keys';
import { FRAME_PAGE, type FrameRequest, type FrameView } from '../sidebar/frame-protocol';

export const viewCss = () =>
  ':host{all:initial}iframe{position:fixed;inset-block:0;right:0;height:100vh;border:0;z-index:2147483000;color-scheme:normal}';

let frame: HTMLIFrameElement | undefined;
let latest: SidebarProps | undefined;

const send = (props: SidebarProps) => {
  const view: FrameView = {
    state: props.state,
    locale: props.locale,
    theme: props.theme,
    collapsed: props.collapsed,
    width: props.width,
    holdDraftsWhenHandlePersonally: props.holdDraftsWhenHandlePersonally,
    actions: Object.keys(props.actions),
  };
  // To the extension's pages: only our frame in this tab takes it (it checks the sender's tab and frame).
  browser.runtime.sendMessage({ kind: 'sidebar-frame-view', view }).catch(() => undefined);
};

const onFrameMessage = (message: FrameRequest, sender: { id?: string }) => {
  if (sender.id !== browser.runtime.id || !latest) return;
  if (message.kind === 'sidebar-frame-ready') send(latest);
  else if (message.kind === 'sidebar-frame-toggle') latest.onToggleCollapsed();
  else if (message.kind === 'sidebar-frame-resize') latest.onResize(message.width);
  else if (message.kind === 'sidebar-frame-action') {
    const action = latest.actions[message.name] as ((...args: unknown[]) => void) | undefined;
    action?.(...message.args);
  }
};

// The page keeps the keyboard focus: Alt+Shift+S is listened for here, in the capture phase.
const onKey = shortcutListener('S', () => latest?.onToggleCollapsed());

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
  }
  frame.style.width = `${props.collapsed ? 30 : props.width}px`;
  send(props);
}

export function clearView(container: HTMLElement): void {
  browser.runtime.onMessage.removeListener(onFrameMessage);
  removeEventListener('keydown', onKey, true);
  container.replaceChildren();
  frame = latest = undefined;
}
