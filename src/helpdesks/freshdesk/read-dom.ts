// Reads the open Freshdesk ticket from the page. Freshdesk shows one ticket at a time (Ember replaces
// the view on navigation), but the URL changes before the view does: a view still showing another
// ticket is refused, so the sidebar never shows the previous ticket's data under the new id.
import type { TicketWarning } from '../../ticket/warning';
import type { PageTicket } from '../../ticket/page-ticket';
import { TicketReadError } from '../../ticket/read-error';
import { fieldText } from '../../ticket/field-text';
import { pageRoots, queryAll, queryFirst, shadowRoots, textOf } from './dom';
import { PRIORITY_FIELD_LABELS, STATUS_FIELD_LABELS, isFieldLabel, priorityFromLabel, statusFromLabel } from './properties';
import { collapsedWarning, messageItems, readMessages } from './read-messages';
import * as sel from './selectors';
import { ticketIdFromUrl } from './urls';
import { warn } from './warnings';

type Roots = ReturnType<typeof pageRoots>;

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/;

/** "[#123] Subject : Brand" — the subject may itself contain " : ", the brand comes last. */
export function parseDocumentTitle(title: string): { id: string; subject: string } | null {
  const match = /^\s*\[#(\d+)\]\s*(.+?)\s*$/.exec(title);
  if (!match) return null;
  const rest = match[2]!;
  const brandAt = rest.lastIndexOf(' : ');
  const subject = (brandAt > 0 ? rest.slice(0, brandAt) : rest).trim();
  return subject ? { id: match[1]!, subject } : null;
}

export function readFreshdeskDom(doc: Document, url: URL): PageTicket {
  const id = ticketIdFromUrl(url);
  if (!id) throw new TicketReadError('err.fdNot', 'not-a-ticket');
  const roots = pageRoots(doc);
  const shown = shownTicketNumber(doc, roots);
  if (shown && shown !== id) {
    throw new TicketReadError('err.switch', 'switching', { shown, id });
  }
  const items = messageItems(doc);
  if (!items.length) {
    throw new TicketReadError('err.fdLayout', 'layout-changed');
  }

  const warnings: TicketWarning[] = [];
  const subject = readSubject(doc, roots, id);
  if (subject === null) warnings.push(warn.notFound('subject'));
  const requester = readRequester(doc, items[0]!);
  if (requester.name === null) warnings.push(warn.notShown('requester name'));
  if (requester.email === null) warnings.push(warn.notShown('requester email'));
  const status = readProperty(roots, sel.statusValue, STATUS_FIELD_LABELS);
  if (status === null) warnings.push(warn.notFound('status'));
  const priority = readProperty(roots, sel.priorityValue, PRIORITY_FIELD_LABELS);
  if (priority === null) warnings.push(warn.notFound('priority'));
  const hasTags = queryFirst(roots, sel.tagsContainer) !== null;
  if (!hasTags) warnings.push(warn.notFound('tags'));
  const tags = queryAll(roots, sel.tag)
    .map((el) => fieldText(el).trim())
    .filter(Boolean);

  const { messages, warnings: messageWarnings } = readMessages(items, requester.email);
  const collapsed = collapsedWarning(doc);
  // Typed here, and checked against the schema where it arrives, in the background (the protocol):
  // the content script carries no zod.
  const ticket: PageTicket = {
    id,
    helpdesk: 'freshdesk',
    url: url.href,
    subject,
    requester,
    status: status && statusFromLabel(status),
    priority: priority && priorityFromLabel(priority),
    tags,
    language: null,
    messages,
    warnings: [...warnings, ...(collapsed ? [collapsed] : []), ...messageWarnings],
    source: 'dom',
  };
  return ticket;
}

/** The ticket number the view shows: its breadcrumb, else the document title. */
function shownTicketNumber(doc: Document, roots: Roots): string | null {
  const crumb = /\d+/.exec(textOf(roots, sel.ticketNumber) ?? '');
  return crumb?.[0] ?? parseDocumentTitle(doc.title)?.id ?? null;
}

/**
 * The heading (Mint layout), else the full title in the 2026 header's shadow root, else the document
 * title, which the 2026 layout keeps reliably (its header truncates the subject). The title counts
 * only when it names this ticket: Freshdesk updates it after the view.
 */
function readSubject(doc: Document, roots: Roots, id: string): string | null {
  const heading = textOf(roots, sel.subjectHeading) ?? textOf(roots, sel.shadowSubject);
  if (heading) return heading;
  const title = parseDocumentTitle(doc.title);
  return title && title.id === id ? title.subject : null;
}

/**
 * The contact panel (2026 shadow root, or the older widget), else the description's author. Only the
 * panel is searched for an email: a message may quote other addresses.
 */
function readRequester(doc: Document, description: Element): { name: string | null; email: string | null } {
  const panel = shadowRoots(doc, sel.contactInfoHost);
  const descriptionAuthor = queryFirst([description], sel.messageAuthor);
  const isContact = /\/a\/contacts\//.test(descriptionAuthor?.getAttribute('href') ?? '');
  const name =
    textOf(panel, sel.contactName) ??
    textOf([doc], sel.legacyContactName) ??
    (isContact && descriptionAuthor ? fieldText(descriptionAuthor).trim() || null : null);
  const emailText = [...sel.contactEmail.map((selector) => textOf(panel, [selector])), textOf([doc], sel.legacyContactEmail)].find(
    (text) => text !== null && EMAIL.test(text),
  );
  return { name, email: emailText ? EMAIL.exec(emailText)![0] : null };
}

/** A property by its test id, else by its (localized) label in the properties panel. */
function readProperty(roots: Roots, byTestId: readonly string[], labels: readonly string[]): string | null {
  const direct = textOf(roots, byTestId);
  if (direct) return direct;
  const panel = queryFirst(roots, sel.propertiesPanel);
  if (!panel) return null;
  for (const label of queryAll([panel], sel.propertyLabel)) {
    if (!isFieldLabel(fieldText(label), labels)) continue;
    const value = label.parentElement ? textOf([label.parentElement], sel.propertyValue) : null;
    if (value) return value;
  }
  return null;
}
