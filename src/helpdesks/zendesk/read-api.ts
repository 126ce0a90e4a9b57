// Reads the whole thread from Zendesk's REST API with the agent's session and merges it over the
// ticket read from the page. The API knows what the page hides: collapsed messages, author roles,
// public/internal, the requester's email and locale.
import type { FetchJson } from '../adapter';
import type { Message, Role, Ticket } from '../../ticket/schema';
import { Ticket as TicketSchema } from '../../ticket/schema';
import { splitMessage, splitMessageElement } from '../../ticket/quotes';
import { directionOfText } from '../../ticket/text';
import { shownHtml } from '../shown-html';
import { ApiCommentsPage, ApiTicketResponse, ApiUserResponse, type ApiComment, type ApiUser } from './api-schema';
import { apiPathFromNextPage, apiPaths } from './urls';
import { keptBackWarning } from '../kept-back';
import { warn } from './warnings';

/** 100 comments a page: 50 pages is a 5,000-message ticket, far beyond anything an agent reads. */
const MAX_PAGES = 50;
/** Channels whose comments are written by Zendesk itself, not a person. */
const SYSTEM_CHANNELS = new Set(['answer_bot', 'answer_bot_for_agents', 'rule', 'system', 'sample_ticket']);

async function fetchComments(ticketId: string, fetchJson: FetchJson, signal?: AbortSignal) {
  const comments: ApiComment[] = [];
  const users = new Map<string, ApiUser>();
  const seen = new Set<string>();
  let path: string | null = apiPaths.comments(ticketId);
  while (path) {
    if (seen.has(path) || seen.size >= MAX_PAGES) throw new Error('comment pages loop or never end');
    seen.add(path);
    const page = ApiCommentsPage.parse(await fetchJson(path, signal));
    comments.push(...page.comments);
    for (const user of page.users ?? []) users.set(String(user.id), user);
    path = page.next_page ? apiPathFromNextPage(page.next_page) : null;
  }
  return { comments, users };
}

function roleOf(comment: ApiComment, user: ApiUser | undefined): Role {
  if (SYSTEM_CHANNELS.has(String(comment.via?.channel ?? ''))) return 'system';
  if (!user || Number(comment.author_id) < 0) return 'system';
  return user.role === 'end-user' ? 'customer' : 'agent';
}

function directionOf(comment: ApiComment, text: string): Message['direction'] {
  const dir = /\bdir="(rtl|ltr|auto)"/i.exec(comment.html_body ?? '')?.[1]?.toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  return dir === 'auto' ? directionOfText(text) : undefined;
}

function toMessage(comment: ApiComment, users: Map<string, ApiUser>): Message {
  const user = users.get(String(comment.author_id ?? ''));
  // The plain body carries what the HTML hides (an e-mail's display:none text); read as shown then.
  const shown = comment.html_body ? shownHtml(comment.html_body) : null;
  const split = shown ? splitMessageElement(shown) : splitMessage(comment.plain_body ?? comment.body ?? '');
  const ms = comment.created_at ? Date.parse(comment.created_at) : NaN;
  const direction = directionOf(comment, split.text);
  return {
    id: String(comment.id),
    author: { name: user?.name ?? null, ...(comment.author_id != null ? { id: String(comment.author_id) } : {}) },
    role: roleOf(comment, user),
    // Only `public: true` is public; a comment without the flag is kept back (see readZendeskApi).
    visibility: comment.public === true ? 'public' : 'internal',
    createdAt: Number.isNaN(ms) ? null : new Date(ms).toISOString(),
    ...split,
    ...(direction ? { direction } : {}),
  };
}

async function requesterOf(requesterId: string | null, users: Map<string, ApiUser>, fetchJson: FetchJson, signal?: AbortSignal) {
  if (!requesterId) return undefined;
  const known = users.get(requesterId);
  if (known) return known;
  try {
    return ApiUserResponse.parse(await fetchJson(apiPaths.user(requesterId), signal)).user;
  } catch {
    return undefined; // the ticket is still readable without the requester's card
  }
}

const lower = (s: string | null | undefined) => (s ? s.toLowerCase() : null);

export async function readZendeskApi(dom: Ticket, fetchJson: FetchJson, signal?: AbortSignal): Promise<Ticket> {
  try {
    const { ticket } = ApiTicketResponse.parse(await fetchJson(apiPaths.ticket(dom.id), signal));
    if (String(ticket.id) !== dom.id) throw new Error(`the API answered for ticket #${ticket.id}`);
    const { comments, users } = await fetchComments(dom.id, fetchJson, signal);
    const requester = await requesterOf(ticket.requester_id == null ? null : String(ticket.requester_id), users, fetchJson, signal);
    const merged: Ticket = {
      ...dom,
      subject: ticket.subject || dom.subject,
      requester: { name: requester?.name ?? dom.requester.name, email: requester?.email ?? dom.requester.email },
      status: lower(ticket.status) ?? dom.status,
      priority: lower(ticket.priority) ?? dom.priority,
      tags: ticket.tags ?? dom.tags,
      language: dom.language ?? lower(requester?.locale)?.split('-')[0] ?? null,
      messages: comments.map((c) => toMessage(c, users)),
      source: 'api',
    };
    // Page warnings the API answered are dropped; the rest still hold.
    const resolved = new Set(['messages']);
    if (merged.subject) resolved.add('subject');
    if (merged.requester.name) resolved.add('requester');
    if (merged.requester.email) resolved.add('requester email');
    if (merged.status) resolved.add('status');
    if (merged.priority) resolved.add('priority');
    if (ticket.tags) resolved.add('tags');
    // Per-message page warnings (kept back) are answered by the API's own flags.
    merged.warnings = dom.warnings.filter((w) => !resolved.has(w.field) && w.field !== 'message');
    for (const c of comments) if (c.public == null) merged.warnings.push(keptBackWarning(String(c.id), 'the API'));
    return TicketSchema.parse(merged);
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = !(error instanceof Error)
      ? String(error)
      : error.name === 'ZodError' || error.name === '$ZodError'
        ? 'unexpected response'
        : error.message.split('\n')[0]!;
    return { ...dom, warnings: [...dom.warnings, warn.api(reason)] };
  }
}
