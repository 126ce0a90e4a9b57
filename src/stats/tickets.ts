// Per-ticket facts gathered during the one-pass summary, in growable typed arrays indexed by a ticket number
// (a Map from the hash gives the number): 1M events over ~100k tickets stay a few megabytes, no objects.
import type { StatsEvent } from './events';

export const HOLDOUT_UNKNOWN = 0;
export const HOLDOUT_NO = 1;
export const HOLDOUT_YES = 2;

export const Flag = { DraftShown: 1, SnippetShown: 2, SnippetUsed: 4 } as const;

export class TicketTable {
  readonly index = new Map<string, number>();
  size = 0;
  /** Earliest suggestion-shown msSinceTicketOpened, NaN if none. */
  firstSuggestionMs = new Float64Array(1024).fill(NaN);
  /** Earliest first-reply msSinceTicketOpened, NaN if none. */
  firstReplyMs = new Float64Array(1024).fill(NaN);
  holdout = new Uint8Array(1024);
  flags = new Uint8Array(1024);
  /** The ticket's language and emotion as first recorded non-empty (strings are shared, not copied). */
  language: string[] = [];
  emotion: string[] = [];

  add(e: StatsEvent): void {
    let t = this.index.get(e.ticketHash);
    if (t === undefined) {
      t = this.size++;
      this.index.set(e.ticketHash, t);
      if (t === this.holdout.length) this.grow();
      this.language.push(e.language);
      this.emotion.push(e.emotion);
    } else {
      // A ticket's first event (ticket-opened) is often recorded before its language or cue is known.
      if (!this.language[t]) this.language[t] = e.language;
      if (!this.emotion[t]) this.emotion[t] = e.emotion;
    }
    switch (e.type) {
      case 'suggestion-shown':
        this.flags[t]! |= Flag.DraftShown;
        if (!(this.firstSuggestionMs[t]! <= e.msSinceTicketOpened)) this.firstSuggestionMs[t] = e.msSinceTicketOpened;
        break;
      case 'snippet-shown':
        this.flags[t]! |= Flag.SnippetShown;
        break;
      case 'snippet-copied':
      case 'snippet-inserted':
        this.flags[t]! |= Flag.SnippetUsed;
        break;
      case 'ticket-opened':
        this.holdout[t] = e.holdout ? HOLDOUT_YES : HOLDOUT_NO;
        break;
      case 'first-reply':
        if (!(this.firstReplyMs[t]! <= e.msSinceTicketOpened)) this.firstReplyMs[t] = e.msSinceTicketOpened;
        break;
      default:
    }
  }

  private grow(): void {
    const n = this.holdout.length * 2;
    const floats = (old: Float64Array) => {
      const next = new Float64Array(n).fill(NaN);
      next.set(old);
      return next;
    };
    const bytes = (old: Uint8Array) => {
      const next = new Uint8Array(n);
      next.set(old);
      return next;
    };
    this.firstSuggestionMs = floats(this.firstSuggestionMs);
    this.firstReplyMs = floats(this.firstReplyMs);
    this.holdout = bytes(this.holdout);
    this.flags = bytes(this.flags);
  }
}

/** Median of the non-NaN values at the chosen indices; null when there are none. */
export function medianWhere(values: Float64Array, size: number, keep: (i: number) => boolean): { median: number | null; count: number } {
  const picked = new Float64Array(size);
  let n = 0;
  for (let i = 0; i < size; i++) {
    const v = values[i]!;
    if (v === v && keep(i)) picked[n++] = v;
  }
  if (n === 0) return { median: null, count: 0 };
  const sorted = picked.subarray(0, n).sort();
  const mid = n >> 1;
  return { median: n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2, count: n };
}
