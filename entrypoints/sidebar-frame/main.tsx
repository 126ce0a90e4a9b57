// The sidebar as an extension page in an iframe on the helpdesk page (issue 15, built with
// SOUFFLEUR_SIDEBAR_FRAME=1; docs/sidebar-frame.md): Preact, every component, their style, layout and paint
// run in the extension's process instead of on the helpdesk's main thread. It renders the views the content
// script of its own tab's top frame addresses to it (src/content/frame-view.ts) and sends the agent's clicks
// back as action names. Every message is parsed and its sender checked (src/sidebar/frame-protocol.ts): a
// copy of this page that a page script frames hears the content script's messages but is never addressed,
// so it stays empty, and whatever it sends is ignored by the content script.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Sidebar } from '../../src/sidebar/Sidebar';
import { sidebarCss } from '../../src/sidebar/styles';
import { loadCatalog } from '../../src/content/catalog';
import { isOwnTabTopSender, parseFrameView, type FrameRequest } from '../../src/sidebar/frame-protocol';
import { frameActions } from '../../src/sidebar/frame-actions';

const style = document.createElement('style');
style.textContent = `${sidebarCss()}\nhtml,body{margin:0;background:transparent}`;
document.head.append(style);
const app = document.getElementById('app')!;

/** This frame's name for the content script: the first frame to say ready is the one it created. */
const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
// Only as a frame of a helpdesk page's top frame: opened as a tab, or framed deeper, it shows nothing.
const framed = window.parent !== window && window.parent === window.top;
const tab = framed ? await browser.tabs.getCurrent() : undefined;
// The sidebar links to the helpdesk's own pages by path (an earlier ticket, /agent/tickets/44): they resolve
// against the helpdesk page that frames this one, as in the shadow-root view, not against our extension's
// origin. The browser gives the framing origin (Chrome); Firefox has no ancestorOrigins, only the referrer.
const helpdesk = location.ancestorOrigins?.[0] ?? (document.referrer && new URL(document.referrer).origin);
if (framed && helpdesk) document.head.prepend(Object.assign(document.createElement('base'), { href: helpdesk }));

type Request = FrameRequest extends infer R ? (R extends FrameRequest ? Omit<R, 'from'> : never) : never;
const toPage = (request: Request) => {
  if (tab?.id !== undefined) browser.tabs.sendMessage(tab.id, { ...request, from: nonce }, { frameId: 0 }).catch(() => undefined);
};

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (!isOwnTabTopSender(sender, browser.runtime.id, tab?.id)) return;
  const view = parseFrameView(message, nonce);
  if (!view) return;
  document.documentElement.lang = view.locale;
  void loadCatalog(view.locale).then(() =>
    render(
      <Sidebar
        state={view.state}
        actions={frameActions(view.actions, toPage)}
        locale={view.locale}
        theme={view.theme}
        collapsed={view.collapsed}
        width={view.width}
        holdDraftsWhenHandlePersonally={view.holdDraftsWhenHandlePersonally}
        onToggleCollapsed={() => toPage({ kind: 'sidebar-frame-toggle' })}
        onResize={(width) => toPage({ kind: 'sidebar-frame-resize', width })}
        onDragStart={() => toPage({ kind: 'sidebar-frame-drag' })}
      />,
      app,
    ),
  );
});

// Escape: the keyboard goes back to the page (the content script blurs the frame), unless a control used it.
addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !event.defaultPrevented) toPage({ kind: 'sidebar-frame-focus-out' });
});

if (tab) toPage({ kind: 'sidebar-frame-ready' });
