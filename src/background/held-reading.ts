// `held-reading`: the provider's reading of a ticket whose drafts are held back (issue 16). Asked by the
// content script when the analysis says the ticket is held; decided again here, since the page is not
// trusted to decide what leaves: only when the shared analysis holds the ticket back, it is not in the
// stats holdout (which sends nothing, ever), a provider is configured and the team opted in
// (Settings.readingWhenHeld, off by default: the hold-back otherwise promises that nothing leaves).
// One request per conversation state; a revisit shows the cached reading.
// One request per ticket visit, too: the content script asks on the page's reading, which may hold only
// part of the thread, and again when the REST reading lands and changes the conversation state. So a
// partial reading whose REST reading (of the same tab, started from the same state) is under way waits
// for it and is asked with the whole thread; the content script's later ask on that REST reading finds
// the same request in the cache. (Gating in the content script missed the case where page and REST
// readings share a conversation key: no second ask ever came. See git log 8c97cf1, 97d99b6.)
import type { ProviderConfig } from '../drafts/client';
import { describeChat } from '../drafts/describe-chat';
import { parseReading, readingMessages } from '../cue/reading-request';
import { sendChat } from '../egress/gate';
import { mayLeave } from '../egress/outbound';
import type { HeldReading } from '../messaging/responses';
import { isFinalReading } from '../ticket/warning';
import { capTicket } from '../ticket/caps';
import { within } from './within';
import { conversationKey } from '../ticket/conversation-key';
import type { Ticket } from '../ticket/schema';
import type { Analyses } from './analysis';

/** A reading is a few dozen tokens; a slow server should not keep the cue waiting long. */
const TIMEOUT_MS = 20_000;
const MAX_TOKENS = 200;
const CACHE_SIZE = 50;
const LABELS = ['Instructions (same for every reading)', 'Ticket (redacted)'];
/**
 * How long a partial reading waits for its REST reading before it is asked as it is, and how long a
 * finished REST reading still stands for the page reading it started from. A modelled bound: the REST
 * reading is two GETs through the tab, well under a second on a live helpdesk; past this the agent
 * would rather have a reading of part of the thread than none.
 */
const REST_WAIT_MS = 8_000;
const REST_KEEP_MS = 60_000;

/** A REST reading of one tab's ticket: the page reading's state it started from, and its answer. */
interface RestReading {
  from: string;
  whole: Promise<Ticket | null>;
  at: number;
}

export interface HeldReadingDeps {
  analyses: Pick<Analyses, 'get'>;
  now?: () => number;
  provider: () => Promise<ProviderConfig | null>;
  /** Settings.readingWhenHeld, with the admin's policy applied. */
  enabled: () => Promise<boolean>;
}

export function createHeldReadings(deps: HeldReadingDeps) {
  const cache = new Map<string, Promise<HeldReading>>();
  const rest = new Map<string, RestReading>();
  const now = deps.now ?? Date.now;
  const restKey = (tabId: number, ticket: Ticket) => JSON.stringify([tabId, ticket.helpdesk, ticket.id]);

  /** The whole thread for a partial page reading, if this tab's REST reading of that state comes in time. */
  async function wholeThread(ticket: Ticket, tabId: number | undefined): Promise<Ticket> {
    if (tabId === undefined || isFinalReading(ticket)) return ticket;
    const known = rest.get(restKey(tabId, ticket));
    if (!known || now() - known.at > REST_KEEP_MS || known.from !== conversationKey(ticket)) return ticket;
    const whole = await within(known.whole, REST_WAIT_MS, () => null);
    // A failed REST reading leaves the page's reading, which is then all there is.
    return whole && whole.helpdesk === ticket.helpdesk && whole.id === ticket.id ? capTicket(whole) : ticket;
  }

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

  const read = async (untrusted: Ticket, uiLang: string, tabId?: number): Promise<HeldReading> => {
    const ticket = await wholeThread(capTicket(untrusted), tabId);
    // No REST reading came (none under way, or not in time): the page's reading alone never leaves.
    if (!mayLeave(ticket)) return { status: 'not-asked', why: 'provisional' };
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
    /** The tab's REST reading of a page reading (`read-ticket-api`), for a held-back ask to wait for. */
    restReading(tabId: number, page: Ticket, whole: Promise<Ticket>): Promise<Ticket> {
      const key = restKey(tabId, page);
      rest.delete(key); // re-inserted last: the oldest entry is the one dropped
      rest.set(key, { from: conversationKey(page), whole: whole.catch(() => null), at: now() });
      if (rest.size > CACHE_SIZE) rest.delete(rest.keys().next().value!);
      return whole;
    },
    /** "Delete all my data": no reading of any ticket stays in memory. */
    forget: () => {
      cache.clear();
      rest.clear();
    },
  });
}
