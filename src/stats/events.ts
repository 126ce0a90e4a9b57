// The acceptance-stats event model: one record per thing an agent saw or did. Events carry ids, hashes,
// counts and classes only — never customer text, draft text or reply text — so an export can be handed to a
// team lead without leaking tickets. Full `zod` is fine here: this runs in the background, the dashboard
// and the CLI, never in the content script.
import * as z from 'zod';
import { POLISH_KINDS } from '../polish/types';

const Id = z.string().min(1).max(200);
const Label = z.string().max(100);

/**
 * Event times are bounded: an imported line is untrusted, and a time outside what `Date` can format (e.g.
 * `9e15`) used to be stored and then made every summary throw. Souffleur did not exist before 2020, and a
 * clock 75 years ahead is broken, so anything outside [2020, 2100) is rejected at validation.
 */
export const MIN_EVENT_TIME = Date.UTC(2020, 0, 1);
export const MAX_EVENT_TIME = Date.UTC(2100, 0, 1);
const BOUNDS_MESSAGE = 'time outside 2020-01-01..2100-01-01';

/** Whether an epoch-ms time is within the bounds (for data stored before validation was bounded). */
export const inEventTimeBounds = (ms: unknown): ms is number => typeof ms === 'number' && ms >= MIN_EVENT_TIME && ms < MAX_EVENT_TIME;

/** Epoch milliseconds; an ISO 8601 string (e.g. from a hand-made or older export) is accepted and converted. */
const Time = z
  .union([
    z.number().int(),
    z
      .string()
      .refine((s) => /^\d{4}-\d\d-\d\d/.test(s) && !Number.isNaN(Date.parse(s)), 'not an ISO date')
      .transform((s) => Date.parse(s)),
  ])
  .refine(inEventTimeBounds, BOUNDS_MESSAGE);

/** A duration since the ticket opened: at most 90 days (a ticket open longer is not a reply-time figure). */
const Ms = z
  .number()
  .nonnegative()
  .max(90 * 86_400_000);

/**
 * The event format's version. v1 (no `v` field) hashed the ticket unkeyed and had no `source` or `keyId`;
 * v1 lines still parse, with `v: 1`, `source: ''` and `keyId: ''`, so v1 and v2 exports merge (a v1 and a
 * v2 event of the same ticket have different hashes: they count as two tickets). A later version adds
 * optional fields with defaults and bumps this; it never renames or re-types a field.
 * Flat on purpose (one nested `agent` object, read by ClickHouse as a named Tuple) so a line of an export
 * is a row for `INSERT ... FORMAT JSONEachRow`.
 */
export const EVENT_SCHEMA_VERSION = 2;

/** Who wrote the suggestion an event is about; '' for events not about a suggestion, and for v1 events. */
const Source = z.enum(['model', 'offline', 'tool', '']);

/** Fields every event has, whatever its type. */
const Common = {
  v: z.union([z.literal(1), z.literal(2)]).default(1),
  id: Id,
  time: Time,
  /** `id` is pseudonymous (random per install); `name` is whatever display name the agent chose, maybe empty. */
  agent: z.object({ id: Id, name: Label }),
  helpdesk: Label,
  /** v2: HMAC under the team key `keyId` of helpdesk, account and ticket id (src/stats/pseudonyms.ts). */
  ticketHash: Id,
  /** The team key's public id the ticket hash was made with; '' for v1 (unkeyed SHA-256 of "helpdesk:id"). */
  keyId: Label.default(''),
  /** The ticket's language, e.g. "en"; "" when unknown. */
  language: Label,
  /** The cue's emotion for the ticket, e.g. "frustration"; "" when unknown. */
  emotion: Label,
  source: Source.default(''),
  /** The model that wrote the suggestion, "" when none (offline drafts, snippet-only events, unknown). */
  model: Label,
};

const SIMILARITY_CLASSES = ['as-is', 'light-edit', 'heavy-edit', 'rewritten'] as const;
export type SimilarityClass = (typeof SIMILARITY_CLASSES)[number];

function variant<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.object({ ...Common, type: z.literal(type), ...shape });
}

const suggestion = { suggestionId: Id };
const snippet = { snippetId: Id };

const SuggestionShown = variant('suggestion-shown', { ...suggestion, kind: z.literal('draft'), msSinceTicketOpened: Ms });
const SuggestionInserted = variant('suggestion-inserted', suggestion);
const SuggestionCopied = variant('suggestion-copied', suggestion);
const SuggestionDismissed = variant('suggestion-dismissed', suggestion);
const SuggestionRegenerated = variant('suggestion-regenerated', suggestion);
const SuggestionRated = variant('suggestion-rated', { ...suggestion, rating: z.enum(['up', 'down']), reason: Label.optional() });
const SnippetShown = variant('snippet-shown', snippet);
const SnippetCopied = variant('snippet-copied', snippet);
const SnippetInserted = variant('snippet-inserted', snippet);
const CueShown = variant('cue-shown', {});
const CueRated = variant('cue-rated', { helpful: z.boolean() });
const HandlePersonallyShown = variant('handle-personally-shown', {});
/**
 * v2, additive (issue 16 item 4): the local cue (the common `emotion`) beside the provider's independent
 * reading. No text: the provider's emotion word, whether the two agree (src/cue/compare.ts), whether
 * their human-touch verdicts agree. Reported by the content script
 * once per ticket view, when both are shown.
 */
const CueCompared = variant('cue-compared', { providerEmotion: Label, agree: z.boolean(), humanTouchAgrees: z.boolean() });
const ReplySent = variant('reply-sent', {
  suggestionId: Id.optional(),
  similarity: z.number().min(0).max(1),
  class: z.enum(SIMILARITY_CLASSES),
  msSinceTicketOpened: Ms,
});
const TicketOpened = variant('ticket-opened', { holdout: z.boolean() });
// Polish my reply (issue 19): counts only, never the words. `edits`: how many were proposed in one run.
const PolishProposed = variant('polish-proposed', { edits: z.number().int().min(0).max(1000) });
const PolishDecided = variant('polish-decided', { kind: z.enum(POLISH_KINDS), accepted: z.boolean() });
const FirstReply = variant('first-reply', { msSinceTicketOpened: Ms, assisted: z.boolean() });

export const StatsEventSchema = z.discriminatedUnion('type', [
  SuggestionShown,
  SuggestionInserted,
  SuggestionCopied,
  SuggestionDismissed,
  SuggestionRegenerated,
  SuggestionRated,
  SnippetShown,
  SnippetCopied,
  SnippetInserted,
  CueShown,
  CueRated,
  HandlePersonallyShown,
  CueCompared,
  ReplySent,
  TicketOpened,
  FirstReply,
  PolishProposed,
  PolishDecided,
]);

const CONTEXT = {
  v: true,
  id: true,
  time: true,
  agent: true,
  helpdesk: true,
  ticketHash: true,
  keyId: true,
  language: true,
  emotion: true,
  source: true,
  model: true,
} as const;

/**
 * An event's own fields as a content script may report them (the background adds the context). Two are not
 * here: reply-sent (the background computes its similarity from the two texts, see the `stats-reply-sent`
 * request) and ticket-opened's holdout flag (the background decides the holdout, so it alone sets it).
 */
export const ReportedFieldsSchema = z.discriminatedUnion('type', [
  SuggestionShown.omit(CONTEXT),
  SuggestionInserted.omit(CONTEXT),
  SuggestionCopied.omit(CONTEXT),
  SuggestionDismissed.omit(CONTEXT),
  SuggestionRegenerated.omit(CONTEXT),
  SuggestionRated.omit(CONTEXT),
  SnippetShown.omit(CONTEXT),
  SnippetCopied.omit(CONTEXT),
  SnippetInserted.omit(CONTEXT),
  CueShown.omit(CONTEXT),
  CueRated.omit(CONTEXT),
  HandlePersonallyShown.omit(CONTEXT),
  CueCompared.omit(CONTEXT),
  TicketOpened.omit({ ...CONTEXT, holdout: true }),
  FirstReply.omit(CONTEXT),
  PolishProposed.omit(CONTEXT),
  PolishDecided.omit(CONTEXT),
]);
export type ReportedFields = z.output<typeof ReportedFieldsSchema>;

/** An event as stored and exported (time always epoch ms). */
export type StatsEvent = z.output<typeof StatsEventSchema>;
export type StatsEventType = StatsEvent['type'];
export type EventOf<T extends StatsEventType> = Extract<StatsEvent, { type: T }>;

export const EVENT_TYPES: readonly StatsEventType[] = StatsEventSchema.options.map((o) => o.shape.type.value);

/** What the recorder knows about the ticket and agent when something happens. */
export interface EventContext {
  agent: { id: string; name: string };
  helpdesk: string;
  ticketHash: string;
  keyId: string;
  language: string;
  emotion: string;
  source: z.output<typeof Source>;
  model: string;
}

type Own<T extends StatsEventType> = Omit<EventOf<T>, keyof EventContext | 'v' | 'id' | 'time'>;

/**
 * Builds an event from the ticket context and the event's own fields, with a fresh id and the current time.
 * e.g. `makeEvent(ctx, { type: 'suggestion-inserted', suggestionId })`. Validates, so a bug that would put
 * something unexpected in the log throws here, at the call site, not in the lead's dashboard.
 */
export function makeEvent<T extends StatsEventType>(
  context: EventContext,
  fields: { type: T } & Own<T>,
  now: number = Date.now(),
): EventOf<T> {
  const { agent, helpdesk, ticketHash, keyId, language, emotion, source, model } = context;
  const raw = {
    v: EVENT_SCHEMA_VERSION,
    id: newEventId(),
    time: now,
    agent,
    helpdesk,
    ticketHash,
    keyId,
    language,
    emotion,
    source,
    model,
    ...fields,
  };
  return StatsEventSchema.parse(raw) as EventOf<T>;
}

/** Validates one untrusted value (an imported line); the error message is short enough for a report. */
export function parseEvent(value: unknown): { ok: true; event: StatsEvent } | { ok: false; reason: string } {
  const result = StatsEventSchema.safeParse(value);
  if (result.success) return { ok: true, event: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') + ': ' : '';
  return { ok: false, reason: where + (issue?.message ?? 'invalid event') };
}

export function newEventId(): string {
  return globalThis.crypto.randomUUID();
}
