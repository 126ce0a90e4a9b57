// The model summary's port between the content script and the background: the content script asks for
// the summary of the ticket on screen when the agent clicks; the background streams it back.
import * as z from 'zod/mini';
import type { RequestDescription } from '../drafts/prompt';
import { Ticket } from '../ticket/schema';

export { SUMMARY_PORT } from './limits';

export const ModelSummaryRequest = z.object({
  ticket: Ticket,
  uiLang: z.string().check(z.maxLength(10)),
  /** The agent asked for it on a held-back (handle-personally) ticket knowing that it sends the thread. */
  showHeld: z.optional(z.boolean()),
});
export type ModelSummaryRequest = z.infer<typeof ModelSummaryRequest>;

/** Why there is no model summary: no provider, a holdout ticket, one held back, or the call failed. */
export type ModelSummaryProblem = 'no-provider' | 'holdout' | 'held' | 'failed';

export type ModelSummaryUpdate =
  | { kind: 'delta'; text: string }
  /** `request`: the exact redacted request behind it, for "What was sent". */
  | { kind: 'done'; text: string; flags: { kind: string; detail: string }[]; request: RequestDescription }
  | { kind: 'failed'; problem: ModelSummaryProblem; message?: string };
