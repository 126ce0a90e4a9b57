// The acceptance-stats event model: one record per thing an agent saw or did. Events carry ids, hashes,
// counts and classes only — never customer text, draft text or reply text — so an export can be handed to a
// team lead without leaking tickets. Full `zod` is fine here: this runs in the background, the dashboard
// and the CLI, never in the content script.
import * as z from 'zod';

const Id = z.string().min(1).max(200);
const Label = z.string().max(100);

/** Epoch milliseconds; an ISO 8601 string (e.g. from a hand-made or older export) is accepted and converted. */
const Time = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .refine((s) => /^\d{4}-\d\d-\d\d/.test(s) && !Number.isNaN(Date.parse(s)), 'not an ISO date')
    .transform((s) => Date.parse(s)),
]);

const Ms = z.number().nonnegative();

/** Fields every event has, whatever its type. */
const Common = {
  id: Id,
  time: Time,
  /** `id` is pseudonymous (random per install); `name` is whatever display name the agent chose, maybe empty. */
  agent: z.object({ id: Id, name: Label }),
  helpdesk: Label,
  /** See hashTicketId: the ticket is identifiable by the team, not by the events' reader. */
  ticketHash: Id,
  /** The ticket's language, e.g. "en"; "" when unknown. */
  language: Label,
  /** The cue's emotion for the ticket, e.g. "frustration"; "" when unknown. */
  emotion: Label,
  /** The model that produced the suggestions, "" when none (e.g. offline drafts or a snippet-only event). */
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
const ReplySent = variant('reply-sent', {
  suggestionId: Id.optional(),
  similarity: z.number().min(0).max(1),
  class: z.enum(SIMILARITY_CLASSES),
  msSinceTicketOpened: Ms,
});
const TicketOpened = variant('ticket-opened', { holdout: z.boolean() });
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
  ReplySent,
  TicketOpened,
  FirstReply,
]);

const CONTEXT = { id: true, time: true, agent: true, helpdesk: true, ticketHash: true, language: true, emotion: true, model: true } as const;

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
  TicketOpened.omit({ ...CONTEXT, holdout: true }),
  FirstReply.omit(CONTEXT),
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
  language: string;
  emotion: string;
  model: string;
}

type Own<T extends StatsEventType> = Omit<EventOf<T>, keyof EventContext | 'id' | 'time'>;

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
  const { agent, helpdesk, ticketHash, language, emotion, model } = context;
  const raw = { id: newEventId(), time: now, agent, helpdesk, ticketHash, language, emotion, model, ...fields };
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

/**
 * SHA-256 (hex) of "helpdesk:ticketId". Stable across agents, so exports from a team merge by ticket, while the
 * events alone do not name the ticket. Works wherever SubtleCrypto does (extension pages, service workers, Node 22).
 */
export async function hashTicketId(helpdesk: string, ticketId: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${helpdesk}:${ticketId}`);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Whether a ticket belongs to the randomized holdout (no drafts shown). Deterministic on the hash, so every
 * reload and every agent agrees, and random with respect to anything about the ticket. `share` in 0..1.
 */
export function isHoldout(ticketHash: string, share: number): boolean {
  if (!(share > 0)) return false;
  const bucket = Number.parseInt(ticketHash.slice(0, 8), 16);
  if (Number.isNaN(bucket)) return false;
  return bucket / 0x1_0000_0000 < share;
}
