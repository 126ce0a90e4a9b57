// The active ticket's reply box. Zendesk's composer is CKEditor 5; the element found here is its
// editable, whose `ckeditorInstance` only the page's own (MAIN world) scripts can see.
import { findTicketContainer } from './active-ticket';
import { channelSwitcher, composer, queryFirst } from './selectors';

export function findZendeskComposer(doc: Document, ticketId: string): HTMLElement | null {
  const container = findTicketContainer(doc, ticketId);
  return container ? queryFirst(container, composer) : null;
}

// The switcher names the channel in the agent's UI language.
const INTERNAL = /internal|interne?|notiz|notitie|anteckning|ملاحظة/i;
const PUBLIC = /public|öffentlich|openbaar|offentlig|عام|عامة|reply|antwort|antwoord|svar|رد/i;

export function zendeskComposerMode(doc: Document, ticketId: string): 'public' | 'internal' | null {
  const container = findTicketContainer(doc, ticketId);
  const switcher = container ? queryFirst(container, channelSwitcher) : null;
  if (!switcher) return null;
  const label = `${switcher.textContent ?? ''} ${switcher.getAttribute('aria-label') ?? ''}`;
  if (INTERNAL.test(label)) return 'internal';
  return PUBLIC.test(label) ? 'public' : null;
}
