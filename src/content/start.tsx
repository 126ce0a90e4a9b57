// The content script's work on a helpdesk page: mount the sidebar in a shadow root, follow the
// active ticket, and connect the sidebar's buttons to the page and the background.
// The view first: its CSS strings and components lead the bundle (src/content/sidebar-view.tsx).
import { clearView, paintView, viewCss } from './sidebar-view';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import { directionOf, resolveLocale } from '../i18n/index';
import { resolveTheme, type SidebarSettings } from '../settings/sidebar-settings';
import { saveSidebarLayout, watchSidebarSettings } from './settings';
import { askStart } from './start-request';
import { initialSidebarState } from '../sidebar/state';
import { createSidebarActions } from './actions';
import { createPolishActions } from './polish';
import { loadCatalog } from './catalog';
import { createCustomerContext, NO_CUSTOMER_CONTEXT } from '../context/content';
import { createThreadSummaries } from '../summary/content';
import { createModelSummaryClient } from '../summary/model-client';
import { createConversation } from './conversation';
import { createApiReader, readPageText } from './read-api';
import { servePageFetches } from './page-fetch';
import { createKnowledgeSync } from './knowledge-sync';
import { isReservedSpaceStyle, releaseSpace, reserveSpace } from './reserve-space';
import { createStatsTracker } from './stats';
import { createStore } from './store';
import { createShadowHost } from './shadow-host';
import { watchTicket, type TicketReading } from './ticket-watcher';
import type { Ticket } from '../ticket/schema';
import { markTiming, ticketTimings } from './timing';
import { paintGap, seenStatus, waitsForData } from './paint-pace';

const COLLAPSED_WIDTH = 30;
/** How long the first paint may wait for the reading and the cue. */
const FIRST_PAINT_WAIT_MS = 150;
/** A tab in the background has no frames: it paints on a timer instead. */
const BACKGROUND_TAB_PAINT_MS = 100;

/**
 * Each helpdesk's content script (entrypoints/<helpdesk>.content) passes its own adapter, so a page
 * loads one helpdesk's reading code only. The manifest (hosted) or the background's registration
 * (own domains, per the admin's helpdesk choice) already decided which script runs on which page.
 */
export async function startSouffleur(ctx: ContentScriptContext, adapter: HelpdeskAdapter): Promise<void> {
  const startedAt = performance.now();
  // One message for the settings and the text in their language (./start-request.ts): the first paint waits for both.
  let settings: SidebarSettings = await askStart(navigator.languages);
  const store = createStore(initialSidebarState);
  const stats = createStatsTracker(store.get);
  // Resolved when the settings change, not on every render (navigator.languages builds a new array each read).
  let uiLocale = resolveLocale(settings.uiLanguage, navigator.languages);
  const locale = () => uiLocale;
  const darkQuery = matchMedia('(prefers-color-scheme: dark)');
  await loadCatalog(locale()); // asked only if the start's answer brought none: no flash of English

  /** When the ticket on screen was first read: its first second's renders are paced (./paint-pace.ts). */
  let ticketShownAt = -Infinity;
  const ui = createShadowHost(document, 'souffleur-sidebar', viewCss());
  /** Renders the sidebar into `container` from the store and the settings; returns the unmount. */
  const mountSidebar = (container: HTMLElement) => {
    let paintQueued = false;
    let lastPaintAt = -Infinity;
    /** When the queued paint is due (lastPaintAt + its gap): an update due sooner queues it again. */
    let due = Infinity;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The statuses drawn last (./paint-pace.ts seenStatus): a change is drawn in the next frame. */
    let shownStatus = seenStatus(store.get());
    const statusChanged = () => seenStatus(store.get()) != shownStatus;
    let cueWait: ReturnType<typeof setTimeout> | undefined;
    let cueWaitOver = false;
    // The next frame, at the pace of ./paint-pace.ts; a tab in the background has no frames, so a timer
    // makes sure it is up to date when the agent comes back (whichever comes first paints, once).
    const run = () => {
      if (!paintQueued) return;
      paintQueued = false;
      due = Infinity;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (waitsForCue()) {
        // A flag, not a clock: Firefox coarsens a content script's performance.now(), and a timer that
        // seemed early would leave the sidebar waiting for the next update.
        cueWait ??= setTimeout(() => {
          cueWaitOver = true;
          paintSoon();
        }, FIRST_PAINT_WAIT_MS);
        return;
      }
      clearTimeout(cueWait);
      lastPaintAt = performance.now();
      paint();
    };
    const paintSoon = () => {
      const now = performance.now();
      const next = lastPaintAt + paintGap(now, lastPaintAt, ticketShownAt, statusChanged());
      if (paintQueued && next >= due) return;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      paintQueued = true;
      due = next;
      frame = next > now ? 0 : requestAnimationFrame(run);
      timer = setTimeout(run, next > now ? next - now : BACKGROUND_TAB_PAINT_MS);
    };
    // The first paint waits for the page's reading and the ticket's cue (the background answers in about
    // 25 ms), never longer than FIRST_PAINT_WAIT_MS, and not at all for a status (./paint-pace.ts).
    const waitsForCue = () =>
      lastPaintAt < 0 && !cueWaitOver && !settings.sidebar.collapsed && !statusChanged() && waitsForData(store.get());
    let disposed = false;
    const paint = () => {
      // A frame, timer or catalog answer that arrives after unmounting paints nothing (no reserved strip left behind).
      if (disposed) return;
      const { collapsed, width } = settings.sidebar;
      shownStatus = seenStatus(store.get());
      stats.shown(store.get(), !collapsed, settings.holdDraftsWhenHandlePersonally);
      const dir = directionOf(locale());
      reserveSpace(document, collapsed ? COLLAPSED_WIDTH : width, dir === 'rtl' ? 'left' : 'right');
      paintView(container, {
        state: store.get(),
        actions,
        locale: locale(),
        theme: resolveTheme(settings.theme, darkQuery.matches),
        collapsed,
        width,
        holdDraftsWhenHandlePersonally: settings.holdDraftsWhenHandlePersonally,
        onToggleCollapsed: () => void saveSidebarLayout({ collapsed: !settings.sidebar.collapsed }),
        onResize: (width) => void saveSidebarLayout({ width }),
      });
    };
    // A reading, an analysis and a stream of draft tokens each update the store, often several in
    // one task: one render per frame is all the agent can see, and the page's main thread is theirs.
    const unsubscribe = store.subscribe(paintSoon);
    const unwatch = watchSidebarSettings((next) => {
      const opened = settings.sidebar.collapsed && !next.sidebar.collapsed;
      settings = next;
      if (opened) {
        analyzeIfWaiting();
        // The whole thread: its REST reading waited for the sidebar to open.
        watcher.refresh();
      }
      uiLocale = resolveLocale(settings.uiLanguage, navigator.languages);
      void loadCatalog(locale()).then(paint);
    });
    darkQuery.addEventListener('change', paint);
    // In the next frame, not now: the page is read right after mounting, so the first render already
    // shows the ticket instead of a loading state that is replaced a few milliseconds later.
    paintSoon();
    return () => {
      disposed = true;
      unsubscribe();
      unwatch();
      darkQuery.removeEventListener('change', paint);
      clearView(container);
      releaseSpace(document);
    };
  };

  const timings = ticketTimings(ui.host);
  const conversation = createConversation(store, locale, () => timings.once('cue-shown'));
  // Issue 17: earlier tickets (same-origin REST) and the thread summary (background), each on its own.
  const customerContext = adapter.capabilities.customerHistory ? createCustomerContext(store, locale) : NO_CUSTOMER_CONTEXT;
  const summaries = createThreadSummaries(store);
  const modelSummary = createModelSummaryClient(store, locale);
  const onReading = (reading: TicketReading) => {
    if (reading.status !== 'ticket') {
      analysisWaits = false;
      conversation.leave();
      customerContext.leave();
      summaries.leave();
      modelSummary.leave();
    }
    if (reading.status === 'loading') {
      store.update({
        ticket: { status: 'loading' },
        cue: { status: 'loading' },
        snippets: { status: 'loading' },
        drafts: { status: 'empty' },
        providerReading: undefined,
        composerMode: null,
      });
      return;
    }
    if (reading.status === 'error') {
      store.update({
        ticket: { status: 'error', message: reading.message, params: reading.params },
        cue: { status: 'empty' },
        snippets: { status: 'empty' },
        drafts: { status: 'empty' },
        providerReading: undefined,
        composerMode: null,
      });
      return;
    }
    const { ticket } = reading;
    const previous = store.get().ticket;
    const sameTicket = previous.status === 'ready' && previous.data.id === ticket.id;
    store.update({
      ticket: { status: 'ready', data: ticket },
      composerMode: reading.composerMode,
      // A new ticket never shows the last one's cue, snippets or drafts, not even for a frame.
      ...(sameTicket
        ? {}
        : {
            cue: { status: 'loading' },
            snippets: { status: 'loading' },
            drafts: { status: 'empty' },
            providerReading: undefined,
            pinnedSnippetIds: [],
            holdout: false,
            sent: [],
            polish: undefined,
            translation: undefined,
          }),
    });
    stats.reading(ticket);
    if (!sameTicket) {
      ticketShownAt = performance.now();
      timings.ticketShown();
    }
    // A collapsed sidebar shows none of it: the cue, drafts, summary and earlier tickets wait until the
    // agent opens it (no analysis, no requests, no background work on the agent's machine meanwhile).
    analysisWaits = settings.sidebar.collapsed;
    if (!analysisWaits) analyze(ticket);
  };
  let analysisWaits = false;
  const analyze = (ticket: Ticket) => {
    analysisWaits = false;
    conversation.show(ticket);
    summaries.show(ticket);
    modelSummary.show(ticket);
    customerContext.show(ticket);
  };
  /** Opened: the ticket on screen now, if its analysis waited for that. */
  const analyzeIfWaiting = () => {
    const { ticket } = store.get();
    if (analysisWaits && ticket.status === 'ready') analyze(ticket.data);
  };

  // Before the first reading: the background's REST reader asks this tab for its GETs.
  const stopPageFetches = servePageFetches();
  const watcher = watchTicket({
    adapter,
    doc: document,
    currentUrl: () => new URL(location.href),
    readText: readPageText,
    readFromApi: createApiReader(adapter.displayName),
    wantsApiReading: () => !settings.sidebar.collapsed,
    onReading,
    // contains() is inclusive: the host itself is ours too.
    isOwnNode: (node) => ui.host.contains(node) || isReservedSpaceStyle(node),
  });
  const actions = {
    ...createSidebarActions({ adapter, store, shadow: ui.shadow, locale, refreshTicket: watcher.refresh, conversation, stats }),
    // New or changed articles: search again for the ticket on screen.
    ...createPolishActions({ adapter, store, locale, stats, shadow: ui.shadow }),
    retryCustomerContext: () => customerContext.retry(),
    retrySummary: () => summaries.retry(),
    // The agent's click: the ticket on screen, with the hold-back released only if drafts were shown anyway.
    askModelSummary: () => {
      const { ticket, draftsInfo } = store.get();
      if (ticket.status === 'ready') modelSummary.ask(ticket.data, !draftsInfo?.held);
    },
    ...(adapter.capabilities.helpCenterSync ? { syncHelpCenter: createKnowledgeSync(store, () => conversation.refresh()) } : {}),
  };

  ui.attach();
  const unmountSidebar = mountSidebar(ui.container);
  // After the sidebar's own subscription (in onMount), so the mark follows the render.
  store.subscribe((state) => {
    if (state.snippets.status === 'ready' && state.ticket.status === 'ready') timings.once('snippets-shown');
  });
  markTiming(ui.host, 'script-start', startedAt);
  watcher.refresh();
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.refresh());
  // The extension was updated or removed under this page: leave nothing of ours behind.
  ctx.onInvalidated(() => {
    watcher.stop();
    stopPageFetches();
    unmountSidebar();
    ui.remove();
  });
}
