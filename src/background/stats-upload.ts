// Ships the outbox (src/stats/outbox.ts) to the team's ClickHouse through the egress gate: in batches,
// oldest first, each batch deleted only after ClickHouse acknowledged it. A failure (server down, network,
// 5xx) keeps everything and retries on an alarm with exponential backoff (30 s, 1, 2, 4 … 60 min); alarms
// outlive the service worker, and the outbox outlives the browser. Events are queued only while a
// destination is set, so an install without one keeps nothing extra.
import { browser } from 'wxt/browser';
import { sendStatsRequest } from '../egress/gate';
import { statsDestinationItem, statsDestinationOrigin, type StatsDestination } from '../settings/stats-destination';
import { ensureTable } from '../stats/clickhouse/load';
import { insertSql } from '../stats/clickhouse/table';
import type { StatsEvent } from '../stats/events';
import { acknowledge, enqueue, loadDestinationPassword, oldestPending, OutboxDb } from '../stats/outbox';
import type { EventWriter } from '../stats/writer';
import type { UploadResult } from '../messaging/responses';

export const UPLOAD_ALARM = 'souffleur-stats-upload';
/** Chrome's shortest alarm delay: events recorded within it go as one batch. */
const FIRST_DELAY_MINUTES = 0.5;
const MAX_DELAY_MINUTES = 60;

export interface UploadAlarms {
  create(name: string, info: { delayInMinutes: number }): Promise<void> | void;
  get(name: string): Promise<{ name: string } | undefined>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export interface UploaderDeps {
  db: OutboxDb;
  destination: () => Promise<StatsDestination>;
  alarms: UploadAlarms;
  send?: typeof sendStatsRequest;
  batchSize?: number;
  onError?: (error: unknown) => void;
}

export const backoffMinutes = (failures: number) => Math.min(MAX_DELAY_MINUTES, FIRST_DELAY_MINUTES * 2 ** Math.max(0, failures - 1));

export function createStatsUploader(deps: UploaderDeps) {
  const send = deps.send ?? sendStatsRequest;
  const batchSize = deps.batchSize ?? 5000;
  let failures = 0;
  let running: Promise<UploadResult> | null = null;

  const schedule = async (delayInMinutes: number, replace: boolean) => {
    if (!replace && (await deps.alarms.get(UPLOAD_ALARM))) return;
    await deps.alarms.create(UPLOAD_ALARM, { delayInMinutes });
  };

  async function upload(): Promise<UploadResult> {
    const destination = await deps.destination();
    const pendingCount = () => deps.db.pending.count();
    if (!statsDestinationOrigin(destination)) return { sent: 0, pending: await pendingCount(), error: 'no acceptable stats destination' };
    const endpoint = { url: destination.url, user: destination.user, password: await loadDestinationPassword(deps.db) };
    const run = (sql: string, body?: string) => send(endpoint, sql, body);
    let sent = 0;
    let createdTable = false;
    for (;;) {
      const rows = await oldestPending(deps.db, batchSize);
      if (!rows.length) break;
      try {
        await run(insertSql(), rows.map((r) => r.row).join('\n')).catch(async (error: unknown) => {
          // A fresh server: create the table once (an agent user that may not, e.g. a GRANT INSERT-only user
          // on a newer server, gets the original error, and the admin runs `souffleur stats load` first).
          if (createdTable || !/UNKNOWN_TABLE|Code: 60\b|doesn't exist/i.test(String(error))) throw error;
          createdTable = true;
          await ensureTable(run);
          return run(insertSql(), rows.map((r) => r.row).join('\n'));
        });
      } catch (error) {
        failures++;
        deps.onError?.(error);
        const retryInMinutes = backoffMinutes(failures);
        await schedule(retryInMinutes, true);
        return { sent, pending: await pendingCount(), error: error instanceof Error ? error.message : String(error), retryInMinutes };
      }
      await acknowledge(
        deps.db,
        rows.map((r) => r.id),
      );
      sent += rows.length;
    }
    failures = 0;
    return { sent, pending: 0 };
  }

  return {
    /** Uploads everything pending now (one run at a time; a second caller shares it). */
    uploadNow(): Promise<UploadResult> {
      running ??= upload().finally(() => (running = null));
      return running;
    },
    /** Queues events when a destination is set and asks for an upload within the batching delay. */
    async queue(events: readonly StatsEvent[]): Promise<void> {
      if (!statsDestinationOrigin(await deps.destination())) return;
      await enqueue(deps.db, events);
      await schedule(FIRST_DELAY_MINUTES, false);
    },
    /** Listens to the alarm and tries once now (the worker just started: something may be waiting). */
    async start(): Promise<void> {
      deps.alarms.onAlarm.addListener((alarm) => void (alarm.name === UPLOAD_ALARM && this.uploadNow()));
      if ((await deps.db.pending.count()) > 0) await this.uploadNow();
    },
  };
}

export type StatsUploader = ReturnType<typeof createStatsUploader>;

/** The writer the stats service uses, also queuing each event for the team's ClickHouse. */
export function forwardingWriter(writer: EventWriter, forward: (events: readonly StatsEvent[]) => Promise<void>): EventWriter {
  const pass = (events: readonly StatsEvent[]) =>
    void forward(events).catch((error: unknown) => console.warn('Souffleur stats: outbox failed', error));
  return {
    record: (event) => (writer.record(event), pass([event])),
    recordMany: (events) => (writer.recordMany(events), pass(events)),
    flush: () => writer.flush(),
    discard: () => writer.discard(),
    get dropped() {
      return writer.dropped;
    },
  };
}

/** The uploader as the extension runs it. */
export function openStatsUploader(
  db = new OutboxDb(),
  destination: { load(): Promise<StatsDestination> } = statsDestinationItem(),
): StatsUploader {
  return createStatsUploader({
    db,
    destination: () => destination.load(),
    alarms: browser.alarms,
    onError: (error) => console.warn('Souffleur stats: upload failed, will retry', error),
  });
}
