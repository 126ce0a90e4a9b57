// Suggestion ids and where each suggestion came from. Ids are random: they go into events and exports, so
// they must not carry the ticket id (v1's `42:model:0` did). The background remembers, for the ids it
// issued, the source and model, so the stats never have to parse an id to tell a model's draft from an
// offline one. Background-only (one ledger per service worker life).

/** Who wrote a suggestion: the model, the offline templates, or a draft tool (shorten, translate, ...). */
export const SUGGESTION_SOURCES = ['model', 'offline', 'tool'] as const;
export type SuggestionSource = (typeof SUGGESTION_SOURCES)[number];

export interface SuggestionOrigin {
  source: SuggestionSource;
  /** The model's name for model and tool suggestions written by a model; '' otherwise. */
  model: string;
}

/** Enough for every draft a busy agent sees in a working day; older ids fall back to "unknown source". */
const LEDGER_SIZE = 2000;

export class SuggestionLedger {
  private readonly origins = new Map<string, SuggestionOrigin>();

  constructor(private readonly size = LEDGER_SIZE) {}

  /** A new random id, remembered with its origin. */
  issue(source: SuggestionSource, model = ''): string {
    const id = `s-${globalThis.crypto.randomUUID()}`;
    this.origins.set(id, { source, model: source === 'offline' ? '' : model });
    if (this.origins.size > this.size) this.origins.delete(this.origins.keys().next().value!);
    return id;
  }

  /** The origin of an id this ledger issued; undefined for anything else (e.g. issued before a restart). */
  originOf(id: string): SuggestionOrigin | undefined {
    return this.origins.get(id);
  }

  clear(): void {
    this.origins.clear();
  }
}

/** The service worker's ledger: the draft code issues ids here, the stats service reads origins from it. */
export const suggestionLedger = new SuggestionLedger();

/**
 * Whether `id` has the shape of an id a ledger issues (`s-` and a UUID): the only suggestion ids the content script
 * can honestly report, before or after a service-worker restart. Anything else could carry words, so is not recorded.
 */
export const isSuggestionId = (id: string): boolean => /^s-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

/** A fresh random suggestion id for a draft from `source` (and `model`, when a model wrote it). */
export function newSuggestionId(source: SuggestionSource, model = ''): string {
  return suggestionLedger.issue(source, model);
}
