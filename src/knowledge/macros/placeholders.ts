/**
 * Fills helpdesk placeholders in a macro / canned response locally, from the open ticket.
 * Zendesk uses `{{ticket.requester.first_name}}`, `{{current_user.name}}` (Liquid, may carry
 * filters like `| capitalize`); Freshdesk uses `{{ticket.requester.name}}` and similar.
 * Placeholder names are modelled on the helpdesks' published placeholder lists, not verified
 * against live data here. Nothing in this module leaves the browser.
 */
import type { Ticket } from '../../ticket/schema';

export interface FillContext {
  ticket: Pick<Ticket, 'id' | 'subject' | 'requester' | 'status' | 'priority'>;
  /** The signed-in agent's display name, when the page shows it. */
  agentName?: string | null;
}

export interface FillResult {
  text: string;
  /** Placeholders left as written because the ticket does not tell us their value. */
  unfilled: string[];
}

/** Sources whose articles are reply templates (src/helpdesks/<helpdesk>/*-api.ts name them): filled, shown whole. */
const TEMPLATE_SOURCES = new Set(['zendesk-macro', 'freshdesk-canned-response']);
export const isTemplate = (source: string | undefined): boolean => !!source && TEMPLATE_SOURCES.has(source);

const PLACEHOLDER = /\{\{\s*([a-zA-Z_][\w.]*)\s*(?:\|[^}]*)?\}\}/g;

function firstName(name: string | null | undefined): string | null {
  const trimmed = name?.trim();
  return trimmed ? (trimmed.split(/\s+/)[0] ?? null) : null;
}

function valueFor(key: string, context: FillContext): string | null {
  const { ticket, agentName } = context;
  const values: Record<string, string | null | undefined> = {
    'ticket.requester.first_name': firstName(ticket.requester.name),
    'ticket.requester.name': ticket.requester.name,
    'ticket.requester.email': ticket.requester.email,
    'ticket.id': ticket.id,
    'ticket.subject': ticket.subject,
    'ticket.title': ticket.subject,
    'ticket.status': ticket.status,
    'ticket.priority': ticket.priority,
    'current_user.name': agentName,
    'current_user.first_name': firstName(agentName),
    'ticket.agent.name': agentName,
  };
  const value = values[key.toLowerCase()];
  return value?.trim() ? value.trim() : null;
}

/** Liquid logic (`{% if … %}`, `{% for … %}`): not evaluated here, so left as written and reported. */
const LIQUID_TAG = /\{%[^%]*%\}/g;

/** Replaces every known placeholder; unknown or empty ones, and Liquid tags, stay visible and are reported. */
export function fillPlaceholders(text: string, context: FillContext): FillResult {
  const unfilled: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, key: string) => {
    const value = valueFor(key, context);
    if (value === null) {
      if (!unfilled.includes(whole)) unfilled.push(whole);
      return whole;
    }
    return value;
  });
  for (const [tag] of text.matchAll(LIQUID_TAG)) if (!unfilled.includes(tag)) unfilled.push(tag);
  return { text: filled, unfilled };
}
