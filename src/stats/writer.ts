// The batched writer the background records events through. Recording must never slow or break the sidebar:
// `record` only pushes to a buffer; a timer (or a full batch) writes the buffer in chunked transactions; a
// failed write is retried with backoff; nothing ever throws into the caller.
import { putEvents, WRITE_CHUNK, type StatsDb } from './db';
import type { StatsEvent } from './events';

export interface EventWriterOptions {
  /** Wait this long after the first buffered event before writing (default 1000 ms). */
  flushMs?: number;
  /** Write at once when this many events are buffered (default 1000). */
  maxBatch?: number;
  /** Retries of a failed write before the batch is given up (default 5); waits 200 ms, 400 ms, 800 ms, … */
  maxRetries?: number;
  retryBaseMs?: number;
  /** Beyond this many buffered events (e.g. IndexedDB unavailable for long), the oldest are dropped. */
  maxBuffered?: number;
  /** Told about failures, e.g. to log them; never throws into the writer. */
  onError?: (error: unknown, info: { attempt: number; gaveUp: boolean; dropped: number }) => void;
}

export interface EventWriter {
  record(event: StatsEvent): void;
  recordMany(events: readonly StatsEvent[]): void;
  /** Writes everything buffered so far; resolves when written or given up (never rejects). */
  flush(): Promise<void>;
  /**
   * "Delete all my data": drops everything buffered (never written) and resolves once a write already under
   * way has finished, so the caller can delete after it and nothing buffered lands afterwards.
   */
  discard(): Promise<void>;
  /** Events lost so far (buffer overflow or retries exhausted): shown in the dashboard, never silent. */
  readonly dropped: number;
}

export function createEventWriter(db: StatsDb, options: EventWriterOptions = {}): EventWriter {
  const flushMs = options.flushMs ?? 1000;
  const maxBatch = options.maxBatch ?? 1000;
  const maxRetries = options.maxRetries ?? 5;
  const retryBaseMs = options.retryBaseMs ?? 200;
  const maxBuffered = options.maxBuffered ?? 100_000;
  let buffer: StatsEvent[] = [];
  let dropped = 0;
  /** Events handed to a write that has not finished yet (they count towards maxBuffered too). */
  let inFlight = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const report = (error: unknown, attempt: number, gaveUp: boolean) => {
    try {
      options.onError?.(error, { attempt, gaveUp, dropped });
    } catch {
      // A broken logger must not break recording.
    }
  };

  async function writeBatch(batch: StatsEvent[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await putEvents(db, batch, WRITE_CHUNK);
        return;
      } catch (error) {
        // bulkPut is idempotent by id, so rewriting chunks that did land before the failure is harmless.
        const gaveUp = attempt >= maxRetries;
        if (gaveUp) dropped += batch.length;
        report(error, attempt + 1, gaveUp);
        if (gaveUp) return;
        await new Promise((resolve) => setTimeout(resolve, retryBaseMs * 2 ** attempt));
      }
    }
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (buffer.length > 0) {
      const batch = buffer;
      buffer = [];
      // Serialize writes so events land in order and retries do not pile up concurrently.
      inFlight += batch.length;
      writing = writing.then(() => writeBatch(batch)).finally(() => (inFlight -= batch.length));
    }
    return writing;
  }

  function schedule() {
    if (buffer.length + inFlight > maxBuffered) {
      const excess = Math.min(buffer.length, buffer.length + inFlight - maxBuffered);
      buffer.splice(0, excess);
      dropped += excess;
      report(new Error(`event buffer full: dropped ${excess} oldest events`), 0, true);
    }
    if (buffer.length >= maxBatch) void flush();
    else if (timer === undefined) timer = setTimeout(() => void flush(), flushMs);
  }

  return {
    record(event) {
      buffer.push(event);
      schedule();
    },
    recordMany(events) {
      for (const event of events) buffer.push(event);
      schedule();
    },
    flush,
    discard() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      buffer = [];
      return writing;
    },
    get dropped() {
      return dropped;
    },
  };
}
