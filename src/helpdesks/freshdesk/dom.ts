// DOM lookups over the page and the 2026 layout's shadow roots. In a browser a declarative shadow
// root is attached (`shadowRoot`); in Node (linkedom, saved pages) it stays a <template
// shadowrootmode> child, whose content we read instead.
import { fieldText } from '../../ticket/field-text';
import { contactInfoHost, ticketDetailsHost } from './selectors';

type Root = Document | DocumentFragment | ShadowRoot | Element;

export function shadowContent(host: Element): DocumentFragment | ShadowRoot | null {
  if (host.shadowRoot) return host.shadowRoot;
  const template = host.querySelector(':scope > template[shadowrootmode]') as HTMLTemplateElement | null;
  return template?.content ?? null;
}

/** The shadow contents of the hosts matching `hosts`, in page order. */
export function shadowRoots(doc: Document, hosts: readonly string[]): (DocumentFragment | ShadowRoot)[] {
  return [...doc.querySelectorAll(hosts.join(','))].map(shadowContent).filter((root) => root !== null);
}

/** The document, then the ticket header's and the contact panel's shadow contents. */
export function pageRoots(doc: Document): Root[] {
  return [doc, ...shadowRoots(doc, [...ticketDetailsHost, ...contactInfoHost])];
}

// One implementation of the lookups for both adapters (../dom-query.ts).
import { queryFirst } from '../dom-query';
export { queryAll, queryFirst } from '../dom-query';

/** Whether `el` itself matches one of the alternatives, or contains a match. */
export function matchesOrContains(el: Element, alternatives: readonly string[]): boolean {
  return alternatives.some((selector) => el.matches(selector) || el.querySelector(selector) !== null);
}

/** Visible text of `el`, or null when absent or empty. */
export const shownText = (el: Element | null | undefined): string | null => (el ? fieldText(el).replace(/\s+/g, ' ').trim() : '') || null;

/** Visible text of the first match, or null when absent or empty. */
export const textOf = (roots: readonly Root[], alternatives: readonly string[]): string | null =>
  shownText(queryFirst(roots, alternatives));
