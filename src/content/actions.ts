// What the sidebar's buttons do on the page: insert into the reply box (copy as the fallback, with a
// notice saying why), copy, search, and report uses and ratings to the stats.
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import { t, type UiLocale } from '../i18n/index';
import { ask } from '../messaging/client';
import type { SidebarActions } from '../sidebar/state';
import { copyText, insertIntoComposer } from './insert';
import type { Conversation } from './conversation';
import type { StatsTracker } from './stats';
import type { Store } from './store';

export interface ActionContext {
  adapter: HelpdeskAdapter;
  store: Store;
  shadow: ShadowRoot;
  locale: () => UiLocale;
  refreshTicket: () => void;
  conversation: Conversation;
  stats: StatsTracker;
}

export function createSidebarActions(context: ActionContext): SidebarActions {
  const { adapter, store, shadow, stats } = context;
  const say = (kind: 'info' | 'warning', text: string) => store.update({ notice: { kind, text } });
  const used = (origin: { kind: 'draft' | 'snippet'; id: string }, how: 'inserted' | 'copied', text: string) => {
    if (origin.kind === 'snippet') stats.record({ type: `snippet-${how}`, snippetId: origin.id });
    else if (how === 'inserted') stats.inserted(origin.id, text);
    else stats.record({ type: 'suggestion-copied', suggestionId: origin.id });
  };

  return {
    async insert(value, origin) {
      const ticket = store.get().ticket;
      if (ticket.status !== 'ready') return;
      const outcome = await insertIntoComposer(adapter, document, ticket.data.id, value);
      if (outcome === 'inserted') {
        used(origin, 'inserted', value);
        return say('info', t(context.locale(), 'notice.inserted'));
      }
      const copied = await copyText(document, value, shadow);
      if (copied) used(origin, 'copied', value);
      const why = t(context.locale(), outcome === 'no-composer' ? 'notice.noComposer' : 'notice.notRegistered');
      say('warning', `${why} ${t(context.locale(), copied ? 'notice.copiedInstead' : 'notice.copyFailed')}`);
    },
    async copy(value, origin) {
      const copied = await copyText(document, value, shadow);
      if (copied) used(origin, 'copied', value);
      say(copied ? 'info' : 'warning', t(context.locale(), copied ? 'notice.copied' : 'notice.copyFailed'));
    },
    rateDraft(id, rating, reason) {
      stats.record({ type: 'suggestion-rated', suggestionId: id, rating, ...(reason ? { reason: reason.slice(0, 100) } : {}) });
    },
    rateCue(helpful) {
      stats.record({ type: 'cue-rated', helpful });
    },
    recordEvent: stats.record,
    openDashboard() {
      void ask({ kind: 'open-page', page: 'dashboard' });
    },
    retry(panel) {
      const drafts = store.get().drafts;
      // New drafts asked for while some were shown: they are being regenerated (retry after an error is not).
      if (panel === 'drafts' && drafts.status === 'ready' && drafts.data[0]) {
        stats.record({ type: 'suggestion-regenerated', suggestionId: drafts.data[0].id });
      }
      if (panel === 'ticket') context.refreshTicket();
      else context.conversation.refresh(panel === 'drafts' ? 'drafts' : 'all');
    },
    dismissNotice() {
      store.update({ notice: null });
    },
    async search(query) {
      if (!query.trim()) return context.conversation.refresh();
      store.update({ snippets: { status: 'loading' } });
      const reply = await ask({ kind: 'search-knowledge', query, uiLang: context.locale() });
      store.update({
        snippets: !reply.ok
          ? { status: 'error', message: reply.error }
          : reply.data.length
            ? { status: 'ready', data: reply.data }
            : { status: 'empty' },
      });
    },
    reviseDraft(id, tool) {
      // Every tool replaces the draft with a new one: the lead sees it as regenerated.
      stats.record({ type: 'suggestion-regenerated', suggestionId: id });
      context.conversation.revise(id, tool);
    },
    showHeldDrafts() {
      context.conversation.showHeld();
    },
    pinSnippet(id, pinned) {
      store.update((state) => ({
        pinnedSnippetIds: pinned ? [...new Set([...state.pinnedSnippetIds, id])] : state.pinnedSnippetIds.filter((x) => x !== id),
      }));
      // The drafts are grounded in the pins: write them again.
      context.conversation.refresh('drafts');
    },
  };
}
