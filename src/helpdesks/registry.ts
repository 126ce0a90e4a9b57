// Which adapter handles a page. Hosted helpdesks are recognised by their domain; helpdesks on a
// company's own domain by the helpdesk type the admin chose when granting the origin.
// Loads every adapter: for the CLI, tests and benches. A content script imports only its own adapter.
import type { Helpdesk } from '../ticket/schema';
import type { HelpdeskAdapter } from './adapter';
import { DESCRIPTORS } from './descriptors';
import { freshdeskAdapter } from './freshdesk';
import { zendeskAdapter } from './zendesk';

// `satisfies`: a helpdesk in DESCRIPTORS without its adapter here does not compile (registry.typecheck.ts).
export const ADAPTERS = {
  zendesk: zendeskAdapter,
  freshdesk: freshdeskAdapter,
} satisfies Record<Helpdesk, HelpdeskAdapter>;

/** The helpdesk a URL belongs to, from its domain or (own domains) the admin's choice. */
export function helpdeskForUrl(url: URL, customOrigins: readonly { origin: string; helpdesk: Helpdesk }[] = []): Helpdesk | null {
  for (const descriptor of Object.values(DESCRIPTORS)) {
    if (url.hostname.endsWith(descriptor.hostedDomain)) return descriptor.id;
  }
  return customOrigins.find((custom) => custom.origin === url.origin)?.helpdesk ?? null;
}

/** For a saved page with no other hint: the adapter whose ticket URLs this one looks like. */
export function helpdeskForTicketPath(url: URL): Helpdesk | null {
  for (const adapter of Object.values<HelpdeskAdapter>(ADAPTERS)) if (adapter.ticketIdFromUrl(url)) return adapter.id;
  return null;
}
