// The sidebar's root: props in, callbacks out. The content script owns state and settings and
// re-renders; nothing in here touches extension APIs, so it also renders in Node and a plain page.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { directionOf, t, type UiLocale } from '../i18n/index';
import { clampSidebarWidth } from '../settings/sidebar-width';
import { Icon } from '../ui/icons';
import { CuePanel } from './CuePanel';
import { CustomerContext } from './CustomerContext';
import { DraftsPanel } from './DraftsPanel';
import { HandlePersonally } from './HandlePersonally';
import { Notice } from './Notice';
import { PanelSection } from './PanelSection';
import { PolishPanel } from './PolishPanel';
import { ResizeHandle } from './ResizeHandle';
import { TOGGLE_SHORTCUT, useToggleShortcut } from './shortcut';
import { SnippetsPanel } from './SnippetsPanel';
import type { SidebarActions, SidebarState } from './state';
import { TicketError } from './TicketError';
import { TicketHeader } from './TicketHeader';
import { ThreadSummary } from './ThreadSummary';
import { onlyTrusted } from './trusted';
import { isFinalReading } from '../ticket/warning';

export interface SidebarProps {
  state: SidebarState;
  actions: SidebarActions;
  locale: UiLocale;
  theme: 'light' | 'dark';
  collapsed: boolean;
  /** px; clamped to 280–640. */
  width: number;
  onToggleCollapsed: () => void;
  /** Called once per finished drag or key press, with the clamped width to remember. */
  onResize: (width: number) => void;
  /** A drag of the edge begins: the sidebar frame grows to the widest for it (entrypoints/sidebar-frame). */
  onDragStart?: () => void;
  /** Settings' holdDraftsWhenHandlePersonally. */
  holdDraftsWhenHandlePersonally?: boolean;
  /** Where Alt+Shift+S is listened for; defaults to the window, null leaves it to the caller. */
  shortcutTarget?: EventTarget | null;
}

export function Sidebar(props: SidebarProps): JSX.Element {
  const { state, actions, locale, collapsed } = props;
  const dir = directionOf(locale);
  // A drag's preview, for the width it started from: a width saved meanwhile (a drag the page side ended,
  // src/content/frame-view.ts) replaces it.
  const [drag, setDrag] = useState<{ from: number; width: number } | null>(null);
  const width = clampSidebarWidth(drag?.from === props.width ? drag.width : props.width);
  useToggleShortcut(
    props.onToggleCollapsed,
    props.shortcutTarget === undefined ? (typeof window === 'undefined' ? null : window) : props.shortcutTarget,
  );
  // Alt+Shift+P: polish the reply the agent is writing, without leaving the editor.
  useToggleShortcut(
    () => actions.polishReply?.(),
    actions.polishReply && props.shortcutTarget === undefined
      ? typeof window === 'undefined'
        ? null
        : window
      : (props.shortcutTarget ?? null),
    'P',
  );

  // When the agent collapses or expands with our own buttons, keep keyboard focus on the button
  // that replaces the one they pressed. The shortcut never moves focus out of their editor.
  const toggleButton = useRef<HTMLButtonElement>(null);
  const focusAfterToggle = useRef(false);
  useEffect(() => {
    if (!focusAfterToggle.current) return;
    focusAfterToggle.current = false;
    toggleButton.current?.focus();
  }, [collapsed]);
  const toggleFromButton = () => {
    focusAfterToggle.current = true;
    props.onToggleCollapsed();
  };

  const rootProps = {
    class: 'sf sf-themed',
    'data-testid': 'sidebar',
    'data-theme': props.theme,
    'data-collapsed': collapsed,
    dir,
    lang: locale,
    'aria-label': t(locale, 'sidebar.label'),
  };

  if (collapsed) {
    return (
      <aside {...rootProps}>
        <button
          ref={toggleButton}
          type="button"
          class="sf-tab"
          aria-expanded="false"
          aria-keyshortcuts={TOGGLE_SHORTCUT}
          aria-label={t(locale, 'sidebar.expand')}
          title={`${t(locale, 'sidebar.expand')} (${TOGGLE_SHORTCUT})`}
          onClick={toggleFromButton}
        >
          <Icon name="chevron" mirror={dir === 'ltr'} />
          <span class="sf-tab-label">Souffleur</span>
        </button>
      </aside>
    );
  }

  const ticket = state.ticket;
  const cue = state.cue.status === 'ready' ? state.cue.data : null;
  return (
    <aside {...rootProps} style={{ width: `${width}px` }}>
      <div class="sf-bar">
        <span class="sf-brand">Souffleur</span>
        {actions.openDashboard && (
          <button
            type="button"
            class="sf-btn sf-btn-icon sf-btn-quiet sf-bar-end"
            data-testid="open-dashboard"
            aria-label={t(locale, 'sidebar.dashboard')}
            title={t(locale, 'sidebar.dashboard')}
            onClick={onlyTrusted(actions.openDashboard)}
          >
            <Icon name="chart" />
          </button>
        )}
        <button
          ref={toggleButton}
          type="button"
          class="sf-btn sf-btn-icon sf-btn-quiet"
          aria-expanded="true"
          aria-keyshortcuts={TOGGLE_SHORTCUT}
          aria-label={t(locale, 'sidebar.collapse')}
          title={`${t(locale, 'sidebar.collapse')} (${TOGGLE_SHORTCUT})`}
          onClick={toggleFromButton}
        >
          <Icon name="chevron" mirror={dir === 'rtl'} />
        </button>
      </div>
      {state.notice && <Notice notice={state.notice} locale={locale} onDismiss={actions.dismissNotice} />}
      <div class="sf-scroll">
        {ticket.status === 'error' && (
          <TicketError message={ticket.message} params={ticket.params} locale={locale} onRetry={() => actions.retry('ticket')} />
        )}
        {(ticket.status === 'loading' || ticket.status === 'empty') && (
          <p class="sf-state sf-state-loading" role="status">
            <span class="sf-spinner" aria-hidden="true" />
            {t(locale, 'ticket.loading')}
          </p>
        )}
        {ticket.status === 'ready' && (
          // Keyed by ticket: local state (search text, ratings, "show anyway") never crosses tickets.
          <div key={`${ticket.data.helpdesk}:${ticket.data.id}`}>
            <TicketHeader ticket={ticket.data} composerMode={state.composerMode} locale={locale} />
            <ThreadSummary
              panel={state.threadSummary}
              locale={locale}
              lang={ticket.data.language}
              onRetry={() => actions.retrySummary?.()}
              model={state.modelSummary}
              // Offered once the whole thread is read: a summary asked of the page's partial reading would
              // be dropped (another conversation state) when the REST reading lands a moment later.
              onAskModel={
                state.draftsInfo?.providerConfigured && !state.holdout && isFinalReading(ticket.data) ? actions.askModelSummary : undefined
              }
            />
            {cue?.handlePersonally && <HandlePersonally reasons={cue.handlePersonallyReasons} locale={locale} />}
            <CuePanel
              cue={state.cue}
              providerReading={state.providerReading}
              providerReadingFailed={state.providerReadingFailed}
              locale={locale}
              onRate={actions.rateCue}
              onRetry={() => actions.retry('cue')}
            />
            <CustomerContext panel={state.customerContext} locale={locale} onRetry={actions.retryCustomerContext} />
            <SnippetsPanel
              snippets={state.snippets}
              pinnedIds={state.pinnedSnippetIds}
              locale={locale}
              actions={actions}
              sync={state.helpCenterSync}
              fill={{ ticket: ticket.data }}
            />
            {state.holdout ? (
              // The randomized holdout: said plainly, so the agent knows nothing is broken.
              <PanelSection id="drafts" title={t(locale, 'drafts.title')}>
                <p class="sf-state" data-testid="drafts-holdout">
                  {t(locale, 'drafts.holdout')}
                </p>
              </PanelSection>
            ) : (
              <DraftsPanel
                drafts={state.drafts}
                info={state.draftsInfo}
                sent={state.sent}
                snippets={state.snippets.status === 'ready' ? state.snippets.data : []}
                held={!!props.holdDraftsWhenHandlePersonally && !!cue?.handlePersonally}
                locale={locale}
                actions={actions}
              />
            )}
            <PolishPanel
              view={state.polish}
              translation={state.translation}
              canTranslate={!!state.draftsInfo?.providerConfigured && !state.holdout && !!ticket.data.language}
              locale={locale}
              actions={actions}
            />
          </div>
        )}
      </div>
      {/* Last in the DOM so it is last in tab order; CSS puts it on the inner edge. */}
      <ResizeHandle
        width={width}
        dir={dir}
        label={t(locale, 'sidebar.resize')}
        onDrag={(w) => setDrag({ from: props.width, width: w })}
        onDragStart={props.onDragStart}
        onResize={(w) => {
          setDrag(null);
          props.onResize(w);
        }}
      />
    </aside>
  );
}
