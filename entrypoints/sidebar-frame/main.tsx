// PROTOTYPE (issue 15, built with SOUFFLEUR_SIDEBAR_FRAME=1 only): the sidebar as an extension page in an
// iframe on the helpdesk page, so Preact, every component, their style, layout and paint run in the
// extension's process instead of on the helpdesk's main thread. It renders the props the content script
// of its own tab sends (src/content/frame-view.ts) and sends the agent's clicks back as action names.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Sidebar } from '../../src/sidebar/Sidebar';
import { sidebarCss } from '../../src/sidebar/styles';
import { loadCatalog } from '../../src/content/catalog';
import type { SidebarActions } from '../../src/sidebar/state';
import type { FrameRequest, FrameView } from '../../src/sidebar/frame-protocol';

const style = document.createElement('style');
style.textContent = `${sidebarCss()}\nhtml,body{margin:0;background:transparent}`;
document.head.append(style);
const app = document.getElementById('app')!;

const tab = await browser.tabs.getCurrent();
const toPage = (request: FrameRequest) => {
  if (tab?.id !== undefined) browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => undefined);
};

const actionsOf = (names: string[]): SidebarActions =>
  Object.fromEntries(
    names.map((name) => [name, (...args: unknown[]) => toPage({ kind: 'sidebar-frame-action', name: name as keyof SidebarActions, args })]),
  ) as unknown as SidebarActions;

browser.runtime.onMessage.addListener((message: { kind?: string; view?: FrameView }, sender) => {
  // Only the content script of this frame's own tab, top frame.
  if (sender.id !== browser.runtime.id || sender.tab?.id !== tab?.id || sender.frameId !== 0) return;
  if (message.kind !== 'sidebar-frame-view' || !message.view) return;
  const view = message.view;
  void loadCatalog(view.locale).then(() =>
    render(
      <Sidebar
        state={view.state}
        actions={actionsOf(view.actions)}
        locale={view.locale}
        theme={view.theme}
        collapsed={view.collapsed}
        width={view.width}
        holdDraftsWhenHandlePersonally={view.holdDraftsWhenHandlePersonally}
        onToggleCollapsed={() => toPage({ kind: 'sidebar-frame-toggle' })}
        onResize={(width) => toPage({ kind: 'sidebar-frame-resize', width })}
      />,
      app,
    ),
  );
});
toPage({ kind: 'sidebar-frame-ready' });
