// Reads the active Zendesk ticket from the page: fields from its properties panel and header,
// messages from its conversation log, all inside the one active container.
import type { TicketWarning } from '../../ticket/warning';
import type { PageTicket } from '../../ticket/page-ticket';
import { TicketReadError } from '../../ticket/read-error';
import { fieldText } from '../../ticket/field-text';
import { activeTicketContainer } from './active-ticket';
import { readDomMessages } from './read-messages';
import { readRequester } from './read-requester';
import { priority, queryAll, queryFirst, status, subject, tagItem, tagsField } from './selectors';
import { ticketIdFromUrl } from './urls';
import { warn } from './warnings';

/** Zendesk shows "-" in a dropdown with nothing selected. */
const EMPTY_VALUE = /^[-–—]?$/;

function readSubject(container: Element): string | null {
  const input = queryFirst<HTMLInputElement>(container, subject);
  // `.value` follows the agent's edits; the attribute is what a saved page (or linkedom) has.
  const value = (input?.value || input?.getAttribute('value') || '').trim();
  return value || null;
}

function readTags(container: Element): string[] | null {
  const field = queryFirst(container, tagsField);
  return field
    ? queryAll(field, tagItem)
        .map((el) => fieldText(el))
        .filter(Boolean)
    : null;
}

function readValue(container: Element, alternatives: readonly string[]): string | null {
  const el = queryFirst(container, alternatives);
  const text = el ? fieldText(el) : '';
  return EMPTY_VALUE.test(text) ? null : text.toLowerCase();
}

export function readZendeskDom(doc: Document, url: URL): PageTicket {
  const id = ticketIdFromUrl(url);
  if (!id) {
    throw new TicketReadError('err.zdNot', 'not-a-ticket');
  }
  const container = activeTicketContainer(doc, id);
  const warnings: TicketWarning[] = [];
  const field = <T>(name: string, value: T | null): T | null => {
    if (value === null) warnings.push(warn.notFound(name));
    return value;
  };

  const dom = readDomMessages(container, id);
  const requester = readRequester(container, dom.messages);
  if (requester.warning) warnings.push(requester.warning);
  const ticket: PageTicket = {
    id,
    helpdesk: 'zendesk',
    url: url.href,
    subject: field('subject', readSubject(container)),
    requester: { name: field('requester', requester.name), email: null },
    status: field('status', readValue(container, status)),
    priority: field('priority', readValue(container, priority)),
    tags: field('tags', readTags(container)) ?? [],
    language: dom.language,
    messages: dom.messages,
    warnings: [...warnings, warn.notShown('requester email'), ...dom.warnings],
    source: 'dom',
  };
  // Typed here, and checked against the schema where it arrives, in the background (the protocol):
  // the content script carries no zod.
  return ticket;
}
