// Model drafts stream over a long-lived port: the first draft's words arrive as the model writes
// them, and closing the port (the agent switched ticket, a new customer message came in) cancels the
// request in the background. A port also keeps the MV3 service worker alive while the model answers.
// One request per port: start the drafts, or run one tool on one draft.
import * as z from 'zod/mini';
import { DRAFT_TOOLS } from '../drafts/tool-names';
import { Ticket } from '../ticket/schema';

export { DRAFTS_PORT, type DraftProblem, type DraftsUpdate } from './drafts-updates';

const common = {
  ticket: Ticket,
  uiLang: z.string().check(z.maxLength(20)),
  pinnedIds: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
  /** The agent asked for drafts on a ticket held back for a human touch ("Show drafts anyway"). */
  showHeld: z.optional(z.boolean()),
  /** Epoch ms of the agent's retry: an analysis made before it is not joined. */
  notBefore: z.optional(z.number()),
};

/** Content script → background: drafts for the conversation (model drafts with a provider, else offline ones). */
export const StartDrafts = z.object({ kind: z.literal('start'), ...common });
export type StartDrafts = z.infer<typeof StartDrafts>;

/**
 * Content script → background: one tool on one draft. The draft is what the sidebar shows (restored);
 * the background re-redacts it and treats it as text to rewrite, never as instructions.
 */
export const DraftToolRequest = z.object({
  kind: z.literal('tool'),
  ...common,
  tool: z.enum(DRAFT_TOOLS),
  draft: z.object({
    index: z.number().check(z.int(), z.gte(0), z.lte(2)),
    text: z.string().check(z.minLength(1), z.maxLength(8000)),
    citations: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10)),
  }),
});
export type DraftToolRequest = z.infer<typeof DraftToolRequest>;

export const DraftsRequest = z.discriminatedUnion('kind', [StartDrafts, DraftToolRequest]);
export type DraftsRequest = z.infer<typeof DraftsRequest>;
