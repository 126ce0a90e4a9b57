// Which adapter handles a page. Hosted helpdesks are recognised by their domain; helpdesks on a
// company's own domain by the helpdesk type the admin chose when granting the origin.
import type { Helpdesk } from '../ticket/schema';
import type { HelpdeskAdapter } from './adapter';
import { freshdeskAdapter } from './freshdesk';
import { zendeskAdapter } from './zendesk';

export const ADAPTERS: Record<Helpdesk, HelpdeskAdapter> = {
  zendesk: zendeskAdapter,
  freshdesk: freshdeskAdapter,
};

const HOSTED_DOMAINS: Record<Helpdesk, string> = {
  zendesk: '.zendesk.com',
  freshdesk: '.freshdesk.com',
};

/** The helpdesk a URL belongs to, from its domain or (own domains) the admin's choice. */
export function helpdeskForUrl(url: URL, customOrigins: readonly { origin: string; helpdesk: Helpdesk }[] = []): Helpdesk | null {
  for (const [helpdesk, domain] of Object.entries(HOSTED_DOMAINS) as [Helpdesk, string][]) {
    if (url.hostname.endsWith(domain)) return helpdesk;
  }
  return customOrigins.find((custom) => custom.origin === url.origin)?.helpdesk ?? null;
}

/** For a saved page with no other hint: the adapter whose ticket URLs this one looks like. */
export function helpdeskForTicketPath(url: URL): Helpdesk | null {
  for (const adapter of Object.values(ADAPTERS)) if (adapter.ticketIdFromUrl(url)) return adapter.id;
  return null;
}
