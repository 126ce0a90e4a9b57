// Tickets and messages for unit tests: one complete, schema-valid Ticket with what a test changes on top,
// so each test says only what matters to it (and a new Ticket field is added here once).
import type { Message, Ticket } from '../../src/ticket/schema';

export function testMessage(
  id: string,
  role: Message['role'],
  text: string,
  visibility: Message['visibility'] = 'public',
  author?: string,
): Message {
  return { id, author: { name: author ?? (role === 'customer' ? 'Dana Whitfield' : 'Sam') }, role, visibility, createdAt: null, text };
}

/** A Zendesk ticket #1 read over the API, in English, with no messages unless given. */
export function testTicket(overrides: Partial<Ticket> = {}): Ticket {
  const id = overrides.id ?? '1';
  const helpdesk = overrides.helpdesk ?? 'zendesk';
  const url = helpdesk === 'zendesk' ? `https://acme.zendesk.com/agent/tickets/${id}` : `https://acme.freshdesk.com/a/tickets/${id}`;
  return {
    id,
    helpdesk,
    url,
    subject: null,
    requester: { name: null, email: null },
    status: 'open',
    priority: null,
    tags: [],
    language: 'en',
    source: 'api',
    warnings: [],
    messages: [],
    ...overrides,
  };
}
