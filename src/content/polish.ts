// The page's part of Polish my reply: reads the agent's text from the reply box, asks the background
// for edits, and applies each one only when the agent accepts it (./apply-edit.ts). Edits are
// addressed by their place in the text as it was read; those the agent already accepted shift the
// later ones by their change in length.
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import { t, type UiLocale } from '../i18n/index';
import { ask } from '../messaging/client';
import type { PolishEditView } from '../sidebar/state';
import { applyEdit } from './apply-edit';
import { copyText } from './insert';
import { readComposerText } from '../bridge/composer-text';
import type { StatsTracker } from './stats';
import type { Store } from './store';

export interface PolishContext {
  adapter: HelpdeskAdapter;
  store: Store;
  locale: () => UiLocale;
  stats: Pick<StatsTracker, 'record'>;
  shadow: ShadowRoot;
}

export function createPolishActions(context: PolishContext) {
  const { adapter, store } = context;
  // Accepted edits of the current proposal: where they were and how much longer (or shorter) they made the text.
  let applied: { start: number; delta: number }[] = [];
  let busy = Promise.resolve();

  const edits = (): PolishEditView[] => {
    const view = store.get().polish;
    return view?.status === 'ready' ? view.edits : [];
  };
  const setDecision = (id: string, decision: PolishEditView['decision']) =>
    store.update((state) =>
      state.polish?.status === 'ready'
        ? { polish: { ...state.polish, edits: state.polish.edits.map((edit) => (edit.id === id ? { ...edit, decision } : edit)) } }
        : {},
    );
  const composer = () => {
    const ticket = store.get().ticket;
    return ticket.status === 'ready' ? adapter.findComposer(document, ticket.data.id) : null;
  };

  const decide = async (id: string, accept: boolean) => {
    const edit = edits().find((candidate) => candidate.id === id);
    if (!edit || edit.decision) return;
    if (!accept) {
      setDecision(id, 'rejected');
      context.stats.record({ type: 'polish-decided', kind: edit.kind, accepted: false });
      return;
    }
    const box = composer();
    const shift = applied.filter((done) => done.start < edit.start).reduce((sum, done) => sum + done.delta, 0);
    const outcome = box ? await applyEdit(document, box, edit, shift) : 'stale';
    if (outcome === 'applied') {
      applied.push({ start: edit.start, delta: edit.after.length - edit.before.length });
      context.stats.record({ type: 'polish-decided', kind: edit.kind, accepted: true });
    }
    setDecision(id, outcome === 'applied' ? 'accepted' : 'stale');
  };
  // One edit at a time: each reads the reply box as the previous one left it.
  const queued = (work: () => Promise<void>) => (busy = busy.then(work, work));

  return {
    polishReply() {
      const ticket = store.get().ticket;
      if (ticket.status !== 'ready') return;
      const box = composer();
      const text = box ? readComposerText(box).text : '';
      if (!text.trim()) {
        store.update({ polish: { status: 'error', message: t(context.locale(), 'polish.noReply') } });
        return;
      }
      applied = [];
      store.update({ polish: { status: 'loading' } });
      const cue = store.get().cue;
      const feels = cue.status === 'ready' && cue.data.emotion !== 'neutral' ? cue.data.emotion : undefined;
      void ask({ kind: 'polish-reply', text, ticket: ticket.data, ...(feels ? { customerFeels: feels } : {}) }).then((reply) => {
        if (!reply.ok) return store.update({ polish: { status: 'error', message: reply.error } });
        const { edits, language, providerError, sent } = reply.data;
        store.update({
          polish: { status: 'ready', edits, language, ...(providerError ? { providerError } : {}), ...(sent ? { sent } : {}) },
        });
        context.stats.record({ type: 'polish-proposed', edits: reply.data.edits.length });
      });
    },
    decideEdit(id: string, accept: boolean) {
      void queued(() => decide(id, accept));
    },
    acceptAllEdits() {
      for (const edit of edits()) if (!edit.decision) void queued(() => decide(edit.id, true));
    },
    translateReply() {
      const ticket = store.get().ticket;
      if (ticket.status !== 'ready') return;
      const box = composer();
      const text = box ? readComposerText(box).text.trim() : '';
      if (!text) return store.update({ translation: { status: 'error', message: t(context.locale(), 'polish.noReply') } });
      store.update({ translation: { status: 'loading' } });
      void ask({ kind: 'translate-reply', text, ticket: ticket.data }).then((reply) =>
        store.update({
          translation: reply.ok ? { status: 'ready', original: text, ...reply.data } : { status: 'error', message: reply.error },
        }),
      );
    },
    async copyTranslation() {
      const view = store.get().translation;
      if (view?.status !== 'ready') return;
      const copied = await copyText(document, view.text, context.shadow);
      store.update({
        notice: { kind: copied ? 'info' : 'warning', text: t(context.locale(), copied ? 'notice.copied' : 'notice.copyFailed') },
      });
    },
  };
}
