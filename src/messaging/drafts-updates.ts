// What the background sends on a drafts port, and the port's name. No schemas here: the content script
// imports this file, and the request schemas (./drafts-port.ts) stay in the background's bundle.
import type { RequestDescription } from '../drafts/prompt';
import type { ModelReading } from '../drafts/schema';
import type { DraftTool } from '../drafts/tool-names';

export const DRAFTS_PORT = 'souffleur-drafts';

/** A failure by kind (a DraftError kind, or 'no-provider'); the sidebar localizes the kind. */
export interface DraftProblem {
  kind: string;
  /** One line in English from the background, shown as detail under the localized text. */
  message: string;
}

/** A draft as the sidebar shows it (restored: placeholders filled back in). */
export interface DraftView {
  id: string;
  text: string;
  streaming: boolean;
  citations: string[];
  flags: { kind: string; detail: string }[];
  /** A tool is rewriting this draft (the text streams in place). */
  revising?: DraftTool;
  /** The last tool on this draft failed; the draft is unchanged. */
  error?: DraftProblem;
}

/** Background → content script. */
export type DraftsUpdate =
  /** The draft being written (the first one, or the one a tool rewrites), restored, so far. */
  | { kind: 'delta'; text: string }
  /** The provider answered 429/5xx; the background waits `seconds` before trying again. */
  | { kind: 'retrying'; seconds: number; attempt: number; reason: string }
  /**
   * `held`: nothing was asked (a ticket held back for a human touch, until the agent asks anyway).
   * `reading`: the provider's own reading of the ticket (only when the drafts came from the model).
   */
  | {
      kind: 'done';
      drafts: DraftView[];
      source: 'model' | 'offline';
      error?: DraftProblem;
      request?: RequestDescription;
      held?: boolean;
      reading?: ModelReading;
    }
  /** A tool's result: replaces the draft it worked on. */
  | { kind: 'revised'; draft: DraftView; source: 'model' | 'offline'; request?: RequestDescription }
  | { kind: 'failed'; message: string; error?: DraftProblem };
