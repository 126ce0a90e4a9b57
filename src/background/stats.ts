// The background's side of the acceptance stats: one event log, one batched writer and one recorder for the
// service worker's life. Content scripts report through the validated `stats-record` and `stats-reply-sent`
// requests; the background adds what it alone knows or decides: the agent, the team key's ticket hash (with
// the account from the sender's page, which the browser reports, not the page), the holdout, the
// suggestion's source and model (from the ids it issued), and the reply's similarity (from two texts it
// compares and forgets).
import { browser } from 'wxt/browser';
import type { StatsTicket } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { agentIdOf, deleteOlderThan, StatsDb, teamSecretsOf } from '../stats/db';
import { managedTeamSecrets } from '../settings/managed';
import { loadManagedPolicy } from '../settings/managed-storage';
import { accountOf, type TeamSecrets } from '../stats/pseudonyms';
import { createStatsRecorder, newAgentId, type EventFields, type TicketInfo } from '../stats/recorder';
import { asCode } from '../stats/codes';
import type { ReportedFields } from '../stats/events';
import { compareReply } from '../stats/similarity';
import { isSuggestionId, suggestionLedger, type SuggestionLedger } from '../stats/suggestions';
import { createEventWriter, type EventWriter } from '../stats/writer';
import type { Handlers } from './router';
import { forwardingWriter, type StatsUploader } from './stats-upload';
import type { Sender } from './senders';
import { helpdeskOfPage } from '../helpdesks/page-match';

export interface StatsDeps {
  db: StatsDb;
  settings: () => Promise<Settings>;
  writer?: EventWriter;
  ledger?: SuggestionLedger;
  /** Team secrets set by the admin's policy (src/settings/managed.ts). */
  managedSecrets?: () => Promise<Partial<TeamSecrets>>;
  /**
   * Whether the knowledge store holds article `id` for the account of `pageUrl` (src/background/knowledge.ts
   * hasSnippet). A snippet id the sidebar reports is only ever one of those; anything else could carry words a
   * customer or an agent typed, so its event is not recorded. Absent: no snippet event is recorded.
   */
  isSnippet?: (id: string, pageUrl: string | undefined) => Promise<boolean>;
}

export interface StatsService {
  handlers: Pick<Handlers, 'stats-record' | 'stats-reply-sent'>;
  /** Whether this ticket is in the randomized holdout (no drafts), under the current setting. */
  isHoldout(helpdesk: string, ticketId: string): Promise<boolean>;
  /** Deletes events older than the retention setting; returns how many went (0 when retention is off). */
  enforceRetention(now?: number): Promise<number>;
  /**
   * Before "delete all my data": drops the buffer, waits for a write under way, and ignores reports until
   * `resume`, so nothing recorded before the delete is written after it. Also forgets the cached agent id and the suggestion ids.
   */
  pause(): Promise<void>;
  resume(): void;
  writer: EventWriter;
}

export function createStatsService(deps: StatsDeps): StatsService {
  const writer = deps.writer ?? createEventWriter(deps.db, { onError: (error) => console.warn('Souffleur stats: write failed', error) });
  const ledger = deps.ledger ?? suggestionLedger;
  // A store that cannot answer (IndexedDB unavailable) drops that snippet event, not the rest of the batch.
  const isSnippet = async (id: string, pageUrl: string | undefined) =>
    deps.isSnippet ? deps.isSnippet(id, pageUrl).catch(() => false) : false;
  let agent = { id: '', name: '' };
  let agentId: Promise<string> | null = null;
  let paused = false;
  /** Handlers under way: a delete waits for them, so an event still being hashed cannot land after it. */
  const inflight = new Set<Promise<void>>();
  const tracked =
    <A extends unknown[]>(handle: (...args: A) => Promise<void>) =>
    (...args: A): Promise<void> => {
      const run = handle(...args);
      inflight.add(run);
      void run.finally(() => inflight.delete(run)).catch(() => {});
      return run;
    };

  // Read per event, not cached: a key or seed set in the options page applies to the next event at once.
  const teamSecrets = async () => teamSecretsOf(deps.db, (await deps.managedSecrets?.()) ?? {});
  const recorder = createStatsRecorder(
    writer,
    () => agent,
    teamSecrets,
    (error) => console.warn('Souffleur stats: event dropped', error),
  );

  async function ticketInfo(ticket: StatsTicket, sender: Sender, suggestionId?: string): Promise<TicketInfo> {
    // Asked again after a failure (e.g. IndexedDB briefly unavailable), not cached as failed.
    agentId ??= agentIdOf(deps.db, newAgentId).catch((error: unknown) => {
      agentId = null;
      throw error;
    });
    const [id, settings] = await Promise.all([agentId, deps.settings()]);
    agent = { id, name: settings.agentName };
    const origin = suggestionId === undefined ? undefined : ledger.originOf(suggestionId);
    return {
      ...ticket,
      // Codes only (src/stats/codes.ts): whatever else the content script sends is recorded as unknown.
      ...(ticket.language === undefined ? {} : { language: asCode(ticket.language) }),
      ...(ticket.emotion === undefined ? {} : { emotion: asCode(ticket.emotion) }),
      account: accountOf(sender.tab?.url ?? sender.url),
      ...(origin ? { origin } : {}),
    };
  }

  /** Whether `ticket` names the helpdesk of the sender's page (the browser's word): a Zendesk tab speaks for Zendesk only. */
  const ofSendersHelpdesk = async (ticket: StatsTicket, sender: Sender) => {
    const page = sender.tab?.url ?? sender.url;
    if (!page || !URL.canParse(page)) return false;
    return helpdeskOfPage(new URL(page), (await deps.settings()).customHelpdeskOrigins) === ticket.helpdesk;
  };

  const isHoldout = async (helpdesk: string, ticketId: string) =>
    recorder.isHoldoutTicket(helpdesk, ticketId, (await deps.settings()).holdoutShare);

  return {
    writer,
    isHoldout,
    enforceRetention: async (now = Date.now()) => deleteOlderThan(deps.db, (await deps.settings()).statsRetentionDays, now),
    async pause() {
      paused = true;
      await Promise.allSettled([...inflight]);
      await writer.discard();
      agentId = null;
      ledger.clear();
    },
    resume() {
      paused = false;
    },
    handlers: {
      // One after the other, in the page's order.
      'stats-record': tracked(async ({ records }, sender) => {
        for (const { ticket, event } of records) {
          if (paused) return;
          // An event about a suggestion whose id no ledger could have issued is not recorded (it could carry words).
          if ('suggestionId' in event && !isSuggestionId(event.suggestionId)) continue;
          // An event about another helpdesk than the sending tab's is not this tab's to report.
          if (!(await ofSendersHelpdesk(ticket, sender))) continue;
          // Likewise a snippet id the knowledge store never issued to this page's account.
          if ('snippetId' in event && !(await isSnippet(event.snippetId, sender.tab?.url ?? sender.url))) continue;
          const info = await ticketInfo(ticket, sender, 'suggestionId' in event ? event.suggestionId : undefined);
          const fields: EventFields =
            event.type === 'ticket-opened'
              ? { type: 'ticket-opened', holdout: await isHoldout(ticket.helpdesk, ticket.ticketId) }
              : codesOnly(event);
          if (!paused) await recorder.record(info, fields);
        }
      }),
      'stats-reply-sent': tracked(async ({ ticket, suggestionId: reported, draft, sent, msSinceTicketOpened }, sender) => {
        if (paused || !(await ofSendersHelpdesk(ticket, sender))) return;
        // The reply counts either way; an id of another shape does not go with it.
        const suggestionId = reported !== undefined && isSuggestionId(reported) ? reported : undefined;
        const info = await ticketInfo(ticket, sender, suggestionId);
        if (!paused)
          await recorder.record(info, {
            type: 'reply-sent',
            ...(suggestionId ? { suggestionId } : {}),
            ...compareReply(draft, sent),
            msSinceTicketOpened,
          });
      }),
    },
  };
}

/** The words a reported event carries, as codes: a reason or an emotion that is not one is dropped or unknown. */
function codesOnly(event: Exclude<ReportedFields, { type: 'ticket-opened' }>): EventFields {
  if (event.type === 'suggestion-rated') {
    const { reason, ...rest } = event;
    return asCode(reason) ? { ...rest, reason: asCode(reason) } : rest;
  }
  if (event.type === 'cue-compared') return { ...event, providerEmotion: asCode(event.providerEmotion) };
  return event;
}

/** The service as the extension runs it: the real log, settings from storage, team secrets the admin's policy sets. */
export function openStats(
  settings: () => Promise<Settings>,
  uploader?: Pick<StatsUploader, 'queue'>,
  isSnippet?: StatsDeps['isSnippet'],
): StatsService {
  const db = new StatsDb();
  const managedSecrets = async () => managedTeamSecrets(await loadManagedPolicy());
  const deps = { db, settings, managedSecrets, ...(isSnippet ? { isSnippet } : {}) };
  if (!uploader) return createStatsService(deps);
  // Every event also goes to the outbox for the team's ClickHouse (when a destination is set).
  const writer = createEventWriter(db, { onError: (error) => console.warn('Souffleur stats: write failed', error) });
  return createStatsService({ ...deps, writer: forwardingWriter(writer, uploader.queue) });
}

export const RETENTION_ALARM = 'souffleur-stats-retention';
const DAY_MINUTES = 24 * 60;

/** The part of `browser.alarms` retention needs (tests pass a fake). */
export interface Alarms {
  get(name: string): Promise<{ name: string } | undefined>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): Promise<void> | void;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

/**
 * Retention runs when the service worker starts and then daily. A daily alarm survives the worker being
 * stopped (a timer would not); it is created once and kept, so a worker restarting every few minutes does
 * not push the next run back.
 */
export async function scheduleRetention(stats: Pick<StatsService, 'enforceRetention'>, alarms: Alarms = browser.alarms): Promise<void> {
  const run = () =>
    stats.enforceRetention().catch((error: unknown) => {
      console.warn('Souffleur stats: retention failed', error);
      return 0;
    });
  alarms.onAlarm.addListener((alarm) => void (alarm.name === RETENTION_ALARM && run()));
  if (!(await alarms.get(RETENTION_ALARM)))
    await alarms.create(RETENTION_ALARM, { periodInMinutes: DAY_MINUTES, delayInMinutes: DAY_MINUTES });
  await run();
}
