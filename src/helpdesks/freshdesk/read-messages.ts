// The conversation as the page shows it: one Message per .ticket-details__item (the reply box
// excepted), with author, role, visibility, time, and the text split from quoted history and
// signature. What a message does not show is left null/unknown and reported, never filled in.
import type { Message, Role } from '../../ticket/schema';
import { splitMessageElement } from '../../ticket/quotes';
import { elementText, textDirection } from '../../ticket/text';
import { matchesOrContains, queryFirst, textOf } from './dom';
import * as sel from './selectors';
import { warn } from './warnings';

/** The description's id is fixed so that the DOM and the API reading agree on it. */
export const DESCRIPTION_ID = 'description';

/** Freshdesk links authors to their profile: contacts are customers, agents are agents. */
const CONTACT_LINK = /\/a\/contacts\/(\d+)/;
const AGENT_LINK = /\/(?:a\/admin\/agents|a\/agents|agents)\/(\d+)/;

export interface ReadMessages {
  messages: Message[];
  warnings: string[];
}

export function messageItems(doc: Document): Element[] {
  return sel.messageItem
    .flatMap((selector) => Array.from(doc.querySelectorAll(selector)))
    .filter((item, index, all) => all.indexOf(item) === index)
    .filter((item) => !matchesOrContains(item, sel.replyBox));
}

export function readMessages(items: readonly Element[]): ReadMessages {
  const messages: Message[] = [];
  const warnings: string[] = [];
  items.forEach((item, index) => {
    const body = queryFirst([item], sel.messageBody);
    if (!body) {
      warnings.push(warn.message(`#${index + 1}`, 'text not found on the page'));
      return;
    }
    const isDescription = matchesOrContains(item, sel.descriptionItem) && index === 0;
    const id = isDescription ? DESCRIPTION_ID : (body.getAttribute('data-note-id') ?? `dom-${index + 1}`);
    const internal = matchesOrContains(item, sel.privateNote);
    const author = readAuthor(item);
    let role = author.role;
    if (!role) {
      // A description is the requester's report; only agents write private notes. Anything else
      // is unknown and said so; "customer" keeps it in the cue rather than silently dropping it.
      role = isDescription ? 'customer' : internal ? 'agent' : 'customer';
      if (!isDescription && !internal) warnings.push(warn.message(id, 'author role not shown; read as customer'));
    }
    const createdAt = readTime(item);
    if (!createdAt) warnings.push(warn.message(id, 'time not shown on the page'));
    const split = splitMessageElement(body);
    const direction = textDirection(body);
    messages.push({
      id,
      author: { name: author.name, ...(author.id ? { id: author.id } : {}) },
      role,
      visibility: internal ? 'internal' : 'public',
      createdAt,
      text: split.text,
      ...(split.quoted ? { quoted: split.quoted } : {}),
      ...(split.signature ? { signature: split.signature } : {}),
      ...(direction ? { direction } : {}),
    });
  });
  return { messages, warnings };
}

function readAuthor(item: Element): { name: string | null; id?: string; role: Role | null } {
  const link = queryFirst([item], sel.messageAuthor);
  if (link) {
    const href = link.getAttribute('href') ?? '';
    const name = elementText(link).replace(/\s+/g, ' ').trim() || null;
    const contact = CONTACT_LINK.exec(href);
    if (contact) return { name, id: contact[1], role: 'customer' };
    const agent = AGENT_LINK.exec(href);
    if (agent) return { name, id: agent[1], role: 'agent' };
    return { name, role: null };
  }
  const automation = textOf([item], sel.automationAuthor);
  if (automation) return { name: automation, role: 'system' };
  return { name: null, role: null };
}

function readTime(item: Element): string | null {
  const value = queryFirst([item], sel.messageTime)?.getAttribute('datetime') ?? '';
  return value && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** How many conversations "load more" hides, when its label says ("Load 46 older conversations"). */
export function collapsedWarning(doc: Document): string | null {
  const button = queryFirst([doc], sel.loadMore);
  if (!button) return null;
  const count = /\d+/.exec(button.textContent ?? '');
  return warn.collapsed(count ? Number(count[0]) : null);
}
