// What the sidebar's buttons do on the page: insert into the reply box (copy as the fallback, with a
// notice saying why), copy, search, and hand ratings to the background.
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import { t, type UiLocale } from '../i18n/index';
import type { SearchHit } from '../knowledge/types';
import { ask } from '../messaging/client';
import type { SidebarActions } from '../sidebar/state';
import { copyText, insertIntoComposer } from './insert';
import type { Conversation } from './conversation';
import type { Store } from './store';

export interface ActionContext {
  adapter: HelpdeskAdapter;
  store: Store;
  shadow: ShadowRoot;
  locale: () => UiLocale;
  refreshTicket: () => void;
  conversation: Conversation;
}

export function createSidebarActions(context: ActionContext): SidebarActions {
  const { adapter, store, shadow } = context;
  const say = (kind: 'info' | 'warning', text: string) => store.update({ notice: { kind, text } });

  return {
    async insert(value) {
      const ticket = store.get().ticket;
      if (ticket.status !== 'ready') return;
      const outcome = await insertIntoComposer(adapter, document, ticket.data.id, value);
      if (outcome === 'inserted') return say('info', t(context.locale(), 'notice.inserted'));
      const copied = await copyText(document, value, shadow);
      const why = t(context.locale(), outcome === 'no-composer' ? 'notice.noComposer' : 'notice.notRegistered');
      say('warning', `${why} ${t(context.locale(), copied ? 'notice.copiedInstead' : 'notice.copyFailed')}`);
    },
    async copy(value) {
      const copied = await copyText(document, value, shadow);
      say(copied ? 'info' : 'warning', t(context.locale(), copied ? 'notice.copied' : 'notice.copyFailed'));
    },
    rateDraft() {
      // Recorded by the stats issue (#6).
    },
    rateCue() {
      // Recorded by the stats issue (#6).
    },
    retry(panel) {
      if (panel === 'ticket') context.refreshTicket();
      else context.conversation.refresh(panel === 'drafts' ? 'drafts' : 'all');
    },
    dismissNotice() {
      store.update({ notice: null });
    },
    async search(query) {
      if (!query.trim()) return context.conversation.refresh();
      store.update({ snippets: { status: 'loading' } });
      const reply = await ask<SearchHit[]>({ kind: 'search-knowledge', query, uiLang: context.locale() });
      store.update({
        snippets: !reply.ok
          ? { status: 'error', message: reply.error }
          : reply.data.length
            ? { status: 'ready', data: reply.data }
            : { status: 'empty' },
      });
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
