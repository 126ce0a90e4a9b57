// Reads the whole thread from Freshdesk's same-origin REST API with the agent's session: the ticket
// (with its requester) and every conversation page. Freshdesk's description is the first message;
// it is not among the conversations. Any failure leaves the page's reading in place, with a warning.
import type { FetchJson } from '../adapter';
import type { Message, Ticket } from '../../ticket/schema';
import { splitMessage, splitMessageElement } from '../../ticket/quotes';
import { directionOfText } from '../../ticket/text';
import { shownHtml } from '../shown-html';
import { ApiConversationsPage, ApiTicket, type ApiConversation } from './api-schema';
import { priorityFromCode, statusFromCode } from './properties';
import { DESCRIPTION_ID } from './read-messages';
import { CONVERSATIONS_PER_PAGE, apiPaths } from './urls';
import { keptBackWarning } from '../kept-back';
import { warn } from './warnings';

/** 20 pages of 100: beyond that the page's own reading is as good as it gets for the sidebar. */
const MAX_PAGES = 20;
/** Freshdesk's ticket `source` for a ticket an agent opened by emailing the requester (API v2 docs: 10). */
const OUTBOUND_EMAIL = 10;
/**
 * A conversation's `source` for an agent's forward to a third party (API v2 docs, "Conversations":
 * 0 reply, 2 note, 8 forwarded email; live evidence: the FreshdeskApi.Client library's
 * ConversationSource enum). A forward can be `private: false`, yet the customer never sees it, and it
 * is written for someone else (a supplier, a colleague): it is kept back like a note.
 */
const FORWARDED_EMAIL = 8;

export async function readFreshdeskApi(dom: Ticket, fetchJson: FetchJson, signal?: AbortSignal): Promise<Ticket> {
  try {
    const ticket = ApiTicket.parse(await fetchJson(apiPaths.ticket(dom.id), signal));
    if (String(ticket.id) !== dom.id) throw new Error(`asked for ticket ${dom.id}, got ${ticket.id}`);
    const { conversations, complete } = await readConversations(dom.id, fetchJson, signal);
    return merge(dom, ticket, conversations, complete);
  } catch (error) {
    if (signal?.aborted) throw error; // the agent left this ticket; nobody is waiting for it
    const reason = error instanceof Error ? error.message.split('\n', 1)[0]! : 'unknown error';
    return { ...dom, warnings: [...dom.warnings, warn.api(reason)] };
  }
}

async function readConversations(id: string, fetchJson: FetchJson, signal?: AbortSignal) {
  const conversations: ApiConversation[] = [];
  // The Link header that announces a next page is not visible to fetchJson: read until a short page.
  for (let page = 1; page <= MAX_PAGES; page++) {
    const batch = ApiConversationsPage.parse(await fetchJson(apiPaths.conversations(id, page), signal));
    conversations.push(...batch);
    if (batch.length < CONVERSATIONS_PER_PAGE) return { conversations, complete: true };
  }
  return { conversations, complete: false };
}

function merge(dom: Ticket, ticket: ApiTicket, conversations: ApiConversation[], complete: boolean): Ticket {
  const requester = {
    name: ticket.requester?.name ?? dom.requester.name,
    email: ticket.requester?.email ?? dom.requester.email,
  };
  const status = ticket.status == null ? null : statusFromCode(ticket.status);
  const priority = ticket.priority == null ? null : priorityFromCode(ticket.priority);
  const names = authorNames(dom, ticket);
  const requesterId = ticket.requester?.id ?? ticket.requester_id ?? null;
  // An outbound email's description is the agent's message to the requester, not the requester's words.
  const outbound = ticket.source === OUTBOUND_EMAIL;
  const shownDescription = dom.messages.find((m) => m.id === DESCRIPTION_ID);
  const description: Message = {
    id: DESCRIPTION_ID,
    author: outbound
      ? shownDescription?.role === 'agent'
        ? shownDescription.author
        : { name: null }
      : { name: requester.name, ...(requesterId != null ? { id: String(requesterId) } : {}) },
    role: outbound ? 'agent' : 'customer',
    visibility: 'public',
    createdAt: ticket.created_at ?? null,
    ...splitText(ticket.description, ticket.description_text),
  };
  const onPage = new Map(dom.messages.map((m) => [m.id, m]));
  const messages = [description, ...conversations.map((c) => toMessage(c, names, onPage.get(String(c.id)), requesterId))];

  // Keep only the page's warnings about what the API did not supply.
  const resolved = new Set(['messages', 'subject', 'tags']);
  if (requester.name !== null) resolved.add('requester name');
  if (requester.email !== null) resolved.add('requester email');
  if (status) resolved.add('status');
  if (priority) resolved.add('priority');
  // Per-message page warnings (kept back, time not shown) are answered by the API's own fields.
  const warnings = dom.warnings.filter((w) => !resolved.has(w.field) && w.field !== 'message');
  if (!complete) warnings.push(warn.apiTruncated(conversations.length));
  // Only `private: false` is public; a conversation without the flag is kept back, and said so.
  for (const c of conversations) {
    if (c.private == null) warnings.push(keptBackWarning(String(c.id), 'the API'));
  }

  return {
    ...dom,
    subject: ticket.subject ?? dom.subject,
    requester,
    status: status ?? dom.status,
    priority: priority ?? dom.priority,
    tags: ticket.tags ?? dom.tags,
    messages,
    warnings,
    source: 'api',
  };
}

/** Conversations carry user ids only: names come from the requester and from the page's author links. */
function authorNames(dom: Ticket, ticket: ApiTicket): Map<string, string> {
  const names = new Map<string, string>();
  for (const message of dom.messages) {
    if (message.author.id && message.author.name) names.set(message.author.id, message.author.name);
  }
  const requesterId = ticket.requester?.id ?? ticket.requester_id;
  if (requesterId != null && ticket.requester?.name) names.set(String(requesterId), ticket.requester.name);
  return names;
}

/** `shown` is the same conversation as the page shows it: it names automations, which have no user. */
/**
 * Who wrote a conversation: the requester by their user id; otherwise `incoming` (Freshdesk: "appears
 * created from outside", i.e. by email, not in the agent's web app) says the customer's side (a person
 * they copied in), and anything else is the team's. `incoming` alone would call a requester's reply
 * through the customer portal the agent's.
 */
function roleOf(c: ApiConversation, requesterId: number | null): Message['role'] {
  if (c.automation_id != null || c.auto_response === true) return 'system';
  if (requesterId != null && c.user_id === requesterId) return 'customer';
  return c.incoming ? 'customer' : 'agent';
}

function toMessage(c: ApiConversation, names: Map<string, string>, shown: Message | undefined, requesterId: number | null): Message {
  const userId = c.user_id == null ? undefined : String(c.user_id);
  const name = (userId && names.get(userId)) || shown?.author.name || null;
  return {
    id: String(c.id),
    author: { name, ...(userId ? { id: userId } : {}) },
    role: roleOf(c, requesterId),
    visibility: c.private === false && c.source !== FORWARDED_EMAIL ? 'public' : 'internal',
    createdAt: c.created_at ?? null,
    ...splitText(c.body, c.body_text),
  };
}

/** Text, quoted history and signature: from the plain body, unless the HTML hides some of its text (an e-mail's display:none); then as shown. */
function splitText(
  html: string | null | undefined,
  plain: string | null | undefined,
): Pick<Message, 'text' | 'quoted' | 'signature' | 'direction'> {
  const shown = html ? shownHtml(html) : null;
  const split = shown ? splitMessageElement(shown) : splitMessage(plain ?? '');
  const direction = directionOfText(split.text);
  return {
    text: split.text,
    ...(split.quoted ? { quoted: split.quoted } : {}),
    ...(split.signature ? { signature: split.signature } : {}),
    ...(direction ? { direction } : {}),
  };
}
