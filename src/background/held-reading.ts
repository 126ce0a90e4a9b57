// `held-reading`: the provider's reading of a ticket whose drafts are held back (issue 16). Asked by the
// content script when the analysis says the ticket is held; decided again here, since the page is not
// trusted to decide what leaves: only when the shared analysis holds the ticket back, it is not in the
// stats holdout (which sends nothing, ever), a provider is configured and the team opted in
// (Settings.readingWhenHeld, off by default: the hold-back otherwise promises that nothing leaves).
// One request per conversation state; a revisit shows the cached reading.
import type { ProviderConfig } from '../drafts/client';
import { describeChat } from '../drafts/describe-chat';
import { parseReading, readingMessages } from '../cue/reading-request';
import { sendChat } from '../egress/gate';
import type { HeldReading } from '../messaging/responses';
import { capTicket } from '../ticket/caps';
import { conversationKey } from '../ticket/conversation-key';
import type { Ticket } from '../ticket/schema';
import type { Analyses } from './analysis';

/** A reading is a few dozen tokens; a slow server should not keep the cue waiting long. */
const TIMEOUT_MS = 20_000;
const MAX_TOKENS = 200;
const CACHE_SIZE = 50;
const LABELS = ['Instructions (same for every reading)', 'Ticket (redacted)'];

export interface HeldReadingDeps {
  analyses: Pick<Analyses, 'get'>;
  provider: () => Promise<ProviderConfig | null>;
  /** Settings.readingWhenHeld, with the admin's policy applied. */
  enabled: () => Promise<boolean>;
}

export function createHeldReadings(deps: HeldReadingDeps) {
  const cache = new Map<string, Promise<HeldReading>>();

  async function ask(ticket: Ticket, config: ProviderConfig): Promise<HeldReading> {
    const { vault, messages } = readingMessages(ticket);
    const request = describeChat(messages, vault, config.model, LABELS);
    try {
      // Prompt-only JSON, no response_format: one request that any OpenAI-compatible server takes, and
      // the answer is a three-field object that parseReading reads leniently and validates.
      const content = await sendChat(
        config,
        {
          model: config.model,
          messages,
          temperature: 0,
          ...(config.kind === 'compatible' ? { max_tokens: MAX_TOKENS } : { max_completion_tokens: MAX_TOKENS }),
        },
        { timeout: Math.min(TIMEOUT_MS, config.timeoutMs ?? TIMEOUT_MS) },
      );
      const reading = parseReading(content, vault);
      return reading ? { status: 'read', reading, request } : { status: 'failed', problem: 'malformed', request };
    } catch (error) {
      return {
        status: 'failed',
        problem: 'unreachable',
        message: error instanceof Error ? error.message.split('\n')[0] : String(error),
        request,
      };
    }
  }

  const read = async (untrusted: Ticket, uiLang: string): Promise<HeldReading> => {
    const ticket = capTicket(untrusted);
    const [analysis, enabled] = await Promise.all([deps.analyses.get(ticket, uiLang), deps.enabled()]);
    if (analysis.holdout) return { status: 'not-asked', why: 'holdout' };
    if (!analysis.heldBack) return { status: 'not-asked', why: 'not-held' };
    if (!enabled) return { status: 'not-asked', why: 'off' };
    const config = await deps.provider();
    if (!config) return { status: 'not-asked', why: 'no-provider' };
    const key = `${config.kind}|${config.model}|${conversationKey(ticket)}`;
    let reading = cache.get(key);
    if (!reading) {
      reading = ask(ticket, config);
      cache.set(key, reading);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      // A failure is asked again on the next visit, not remembered.
      void reading.then((answer) => answer.status === 'failed' && cache.get(key) === reading && cache.delete(key));
    }
    return reading;
  };

  return Object.assign(read, {
    /** "Delete all my data": no reading of any ticket stays in memory. */
    forget: () => cache.clear(),
  });
}
