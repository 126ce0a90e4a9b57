// Loads the Freshdesk page fixtures for unit tests (Node + linkedom). Not part of the extension.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../../../tests/fixtures/freshdesk');

/** Each page fixture, the URL it is served at, and whether reading it must fail. */
export const PAGE_FIXTURES = {
  standard: { file: 'standard.html', url: 'https://acme.freshdesk.com/a/tickets/101' },
  german: { file: 'german.html', url: 'https://acme.freshdesk.com/a/tickets/102' },
  shadow2026: { file: 'shadow-2026.html', url: 'https://acme.freshdesk.com/a/tickets/123' },
  arabic: { file: 'arabic.html', url: 'https://acme.freshdesk.com/a/tickets/124' },
  unmarkedRoles: { file: 'unmarked-roles.html', url: 'https://acme.freshdesk.com/a/tickets/125' },
  legacy: { file: 'legacy.html', url: 'https://acme.freshdesk.com/helpdesk/tickets/77' },
  longThread: { file: 'long-thread.html', url: 'https://acme.freshdesk.com/a/tickets/130' },
  noteOpen: { file: 'note-open.html', url: 'https://acme.freshdesk.com/a/tickets/101' },
  replyOpen: { file: 'reply-open.html', url: 'https://acme.freshdesk.com/a/tickets/102' },
  notATicket: { file: 'not-a-ticket.html', url: 'https://acme.freshdesk.com/a/tickets/filters/all_tickets' },
  changedLayout: { file: 'changed-layout.html', url: 'https://acme.freshdesk.com/a/tickets/140' },
} as const;
export type FixtureName = keyof typeof PAGE_FIXTURES;

export const ERROR_FIXTURES: readonly FixtureName[] = ['notATicket', 'changedLayout'];

export function loadPage(name: FixtureName): { doc: Document; url: URL } {
  const { file, url } = PAGE_FIXTURES[name];
  const { document } = parseHTML(readFileSync(resolve(FIXTURE_DIR, file), 'utf8'));
  return { doc: document as unknown as Document, url: new URL(url) };
}

export function loadJson(relative: string): unknown {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, relative), 'utf8'));
}

/** A customer's public reply in Freshdesk's conversations API, of HTML `body` and the plain `body_text` Freshdesk makes of it. */
export const incomingReply = (body: string, bodyText: string) => ({
  id: 101000000009,
  incoming: true,
  private: false,
  user_id: null,
  created_at: '2026-11-22T08:00:00Z',
  body,
  body_text: bodyText,
});
