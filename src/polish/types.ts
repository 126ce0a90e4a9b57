// An edit Souffleur proposes to the agent's own reply: a small replacement at a known place, never a
// rewritten text, so the agent's words stay theirs and each change is theirs to accept.
import * as z from 'zod/mini';
import type { RequestDescription } from '../drafts/prompt';

export const POLISH_KINDS = ['spelling', 'grammar', 'clarity', 'tone', 'acknowledgement'] as const;
export type PolishKind = (typeof POLISH_KINDS)[number];

export const PolishEditSchema = z.object({
  id: z.string().check(z.maxLength(40)),
  kind: z.enum(POLISH_KINDS),
  /** Offsets into the reply text the content script read (see src/content/composer-text.ts). */
  start: z.number().check(z.int(), z.minimum(0)),
  end: z.number().check(z.int(), z.minimum(0)),
  before: z.string().check(z.maxLength(400)),
  after: z.string().check(z.maxLength(400)),
  /** Why, in a few words, for the agent (shown under the before/after). */
  why: z.optional(z.string().check(z.maxLength(200))),
});
export type PolishEdit = z.output<typeof PolishEditSchema>;

export interface PolishResult {
  edits: PolishEdit[];
  /** `offline`: the local speller only; `provider`: the speller plus the model's edits. */
  source: 'offline' | 'provider';
  /** The reply's language as checked; null when no dictionary covers it (then no spelling edits). */
  language: string | null;
  /** Set when the model was asked and failed: the offline edits are still shown. */
  providerError?: string;
  /** The request the model was sent, for "What was sent" (absent when nothing left the browser). */
  sent?: RequestDescription;
}

export interface TranslationResult {
  text: string;
  /** The customer's language it was translated into. */
  language: string;
  sent: RequestDescription;
}
