// Model drafts stream over a long-lived port: the first draft's words arrive as the model writes
// them, and closing the port (the agent switched ticket, a new customer message came in) cancels the
// request in the background. A port also keeps the MV3 service worker alive while the model answers.
import * as z from 'zod/mini';
import { Ticket } from '../ticket/schema';
import type { DraftView } from '../sidebar/state';

export const DRAFTS_PORT = 'souffleur-drafts';

/** Content script → background: the one message on a drafts port. */
export const StartDrafts = z.object({
  kind: z.literal('start'),
  ticket: Ticket,
  uiLang: z.string(),
  pinnedIds: z.array(z.string()).check(z.maxLength(20)),
});
export type StartDrafts = z.infer<typeof StartDrafts>;

/** Background → content script. */
export type DraftsUpdate =
  | { kind: 'delta'; text: string }
  | { kind: 'done'; drafts: DraftView[]; source: 'model' | 'offline'; error?: { kind: string; message: string } }
  | { kind: 'failed'; message: string };
