// The background's side of the acceptance stats: one event log, one batched writer and one recorder for the
// service worker's life. Content scripts report through the validated `stats-record` and `stats-reply-sent`
// requests; the background adds what it alone knows or decides: the agent, the holdout, the model name, and
// the reply's similarity (from two texts it compares and forgets).
import type { StatsTicket } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { agentIdOf, StatsDb } from '../stats/db';
import { createStatsRecorder, newAgentId, type EventFields, type TicketInfo } from '../stats/recorder';
import { compareReply } from '../stats/similarity';
import { createEventWriter, type EventWriter } from '../stats/writer';
import type { Handlers } from './router';

export interface StatsDeps {
  db: StatsDb;
  settings: () => Promise<Settings>;
  /** The configured model's name, or null without a provider. */
  modelName: () => Promise<string | null>;
  writer?: EventWriter;
}

export interface StatsService {
  handlers: Pick<Handlers, 'stats-record' | 'stats-reply-sent'>;
  /** Whether this ticket is in the randomized holdout (no drafts), under the current setting. */
  isHoldout(helpdesk: string, ticketId: string): Promise<boolean>;
  writer: EventWriter;
}

/** Draft ids are `<ticket>:<source>:<n>` (toDraftViews): only a model's drafts name a model. */
const fromModel = (suggestionId: string | undefined) => !!suggestionId && suggestionId.split(':').at(-2) === 'model';

export function createStatsService(deps: StatsDeps): StatsService {
  const writer = deps.writer ?? createEventWriter(deps.db, { onError: (error) => console.warn('Souffleur stats: write failed', error) });
  let agent = { id: '', name: '' };
  let agentId: Promise<string> | null = null;
  const recorder = createStatsRecorder(writer, () => agent, (error) => console.warn('Souffleur stats: event dropped', error));

  async function ticketInfo(ticket: StatsTicket, suggestionId?: string): Promise<TicketInfo> {
    // Asked again after a failure (e.g. IndexedDB briefly unavailable), not cached as failed.
    agentId ??= agentIdOf(deps.db, newAgentId).catch((error: unknown) => {
      agentId = null;
      throw error;
    });
    const [id, settings, model] = await Promise.all([agentId, deps.settings(), fromModel(suggestionId) ? deps.modelName() : null]);
    agent = { id, name: settings.agentName };
    return { ...ticket, model: model ?? '' };
  }

  const isHoldout = async (helpdesk: string, ticketId: string) =>
    recorder.isHoldoutTicket(helpdesk, ticketId, (await deps.settings()).holdoutShare);

  return {
    writer,
    isHoldout,
    handlers: {
      'stats-record': async ({ ticket, event }) => {
        const info = await ticketInfo(ticket, 'suggestionId' in event ? event.suggestionId : undefined);
        const fields: EventFields =
          event.type === 'ticket-opened' ? { type: 'ticket-opened', holdout: await isHoldout(ticket.helpdesk, ticket.ticketId) } : event;
        await recorder.record(info, fields);
      },
      'stats-reply-sent': async ({ ticket, suggestionId, draft, sent, msSinceTicketOpened }) => {
        const info = await ticketInfo(ticket, suggestionId);
        await recorder.record(info, { type: 'reply-sent', suggestionId, ...compareReply(draft, sent), msSinceTicketOpened });
      },
    },
  };
}

/** The service as the extension runs it: the real log, settings from storage. */
export function openStats(settings: () => Promise<Settings>, modelName: () => Promise<string | null>): StatsService {
  return createStatsService({ db: new StatsDb(), settings, modelName });
}
