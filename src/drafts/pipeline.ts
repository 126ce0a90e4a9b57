// From a ticket to drafts the agent may see: build the redacted request, ask the provider (or compose
// offline), restore placeholders locally, and check every draft. This is what the background calls.
import { emptyVault, restore } from '../privacy/vault';
import { draftCacheKey } from './cache-key';
import { checkDraft, type DraftFlag } from './checks';
import { DraftError } from './errors';
import { generateDrafts, type GenerateOptions, type OutputMode } from './generate';
import { offlineDrafts } from './offline';
import { shownReason } from './reading-reason';
import {
  buildRequest,
  checkContext,
  chooseSnippets,
  describeRequest,
  type DraftInput,
  type DraftRequest,
  type RequestDescription,
} from './prompt';
import type { ProviderConfig } from './client';
import { knownNames } from '../privacy/redact';
import { buildToolRequest, type DraftTool } from './tools';
import type { DraftAnswer, DraftStyle, ModelReading } from './schema';
import { unmark } from './spotlight';

export interface ShownDraft {
  style: DraftStyle;
  /** Restored text: the customer's real name, e-mail… back in place. Render as text, never HTML. */
  text: string;
  citations: string[];
  flags: DraftFlag[];
}

export interface DraftsResult {
  drafts: ShownDraft[];
  reading: ModelReading;
  source: 'model' | 'offline';
  /** Why the model was not used or failed (drafts are then offline ones). */
  error?: { kind: DraftError['kind']; message: string };
  /** "What was sent" (absent for offline drafts, where nothing was sent). */
  request?: RequestDescription;
  mode?: OutputMode;
  cacheKey: string;
}

/** Restores placeholders and runs the deterministic checks on each draft of an answer. */
export function finalizeDrafts(answer: DraftAnswer, request: Pick<DraftRequest, 'redactionVault' | 'context'>): ShownDraft[] {
  return answer.drafts.map((draft) => {
    const modelText = unmark(draft.text);
    const text = restore(modelText, request.redactionVault);
    return {
      style: draft.style,
      text,
      citations: draft.citations,
      flags: checkDraft({ text, citations: draft.citations, modelText, vault: request.redactionVault }, request.context),
    };
  });
}

/**
 * Drafts for one conversation state. With no provider, offline drafts. When the provider fails, offline
 * drafts plus the typed error (the sidebar shows both, with a retry). Cancellation is rethrown as a
 * DraftError('cancelled') so a superseded request shows nothing.
 */
export async function suggestDrafts(
  input: DraftInput,
  provider: ProviderConfig | null,
  options: GenerateOptions = {},
): Promise<DraftsResult> {
  const offline = (error?: DraftError): DraftsResult => {
    const snippets = chooseSnippets(input.pinned, input.snippets);
    const answer = offlineDrafts({ ...input, snippets });
    // Nothing is sent, so nothing is redacted: offline drafts need only what the checks judge against.
    return {
      drafts: finalizeDrafts(answer, { redactionVault: emptyVault(), context: checkContext(input, snippets) }),
      reading: answer.reading,
      source: 'offline',
      ...(error ? { error: { kind: error.kind, message: error.message } } : {}),
      cacheKey: draftCacheKey({ ...input, snippets }),
    };
  };
  if (!provider) return offline();
  const request = buildRequest(input);
  try {
    const result = await generateDrafts(provider, request, options);
    return {
      drafts: finalizeDrafts(result.answer, request),
      reading: { ...result.answer.reading, reason: shownReason(result.answer.reading.reason, request.redactionVault) },
      source: 'model',
      request: describeRequest(request, provider.model),
      mode: result.mode,
      cacheKey: request.cacheKey,
    };
  } catch (error) {
    const typed = error instanceof DraftError ? error : new DraftError('network', String(error));
    if (typed.kind === 'cancelled') throw typed;
    return { ...offline(typed), request: describeRequest(request, provider.model) };
  }
}

/** The draft a tool works on, as the sidebar shows it (restored text, its citations, its place). */
export interface DraftToRevise {
  index: number;
  text: string;
  citations: string[];
}

export interface RevisedDraft {
  draft: ShownDraft;
  source: 'model' | 'offline';
  /** The tool request as sent (absent offline). */
  request?: RequestDescription;
}

/**
 * One draft rewritten by a tool, restored and checked like every draft. Offline only `regenerate`
 * works: it re-composes from the current snippets and settings. Model failures are rethrown (typed), so
 * the sidebar keeps the draft it had and says why.
 */
export async function reviseDraft(
  input: DraftInput,
  provider: ProviderConfig | null,
  tool: DraftTool,
  draft: DraftToRevise,
  options: GenerateOptions = {},
): Promise<RevisedDraft> {
  if (!provider) {
    if (tool !== 'regenerate') throw new Error(`"${tool}" needs a model provider`);
    const snippets = chooseSnippets(input.pinned, input.snippets);
    const drafts = finalizeDrafts(offlineDrafts({ ...input, snippets }), {
      redactionVault: emptyVault(),
      context: checkContext(input, snippets),
    });
    return { draft: drafts[draft.index] ?? drafts[0]!, source: 'offline' };
  }
  const base = buildRequest(input);
  const request = buildToolRequest(base, draft.text, draft.citations, tool, knownNames(input.ticket));
  const result = await generateDrafts(provider, request, options);
  const [shown] = finalizeDrafts({ ...result.answer, drafts: result.answer.drafts.slice(0, 1) }, request);
  return { draft: shown!, source: 'model', request: describeRequest(request, provider.model) };
}
