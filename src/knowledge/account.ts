// Which helpdesk account a page belongs to: the one place this is derived (tickets, the sidebar's
// typed searches, the help-center sync, the options page's account choices all ask here).
//
// An account is "<helpdesk>:<subdomain>" for the hosted domains (acme.zendesk.com → "zendesk:acme",
// acme.freshdesk.com → "freshdesk:acme": the subdomain is the account's own name at both vendors). A
// company's own domain is the same account when the admin mapped it to that subdomain in the options
// page's helpdesk origins (support.acme.com → "zendesk:acme"); unmapped, it is an account of its own,
// named by its host ("zendesk:support.acme.com"). Knowledge articles carry the accounts they belong
// to, and a ticket is shown only its own account's articles and those for all accounts.

import type { Helpdesk } from '../ticket/schema';

/** A company's own helpdesk domain as settings store it (settings/schema.ts's CustomHelpdeskOrigin;
 * written out here because settings imports this file). */
interface CustomHelpdeskOrigin {
  origin: string;
  helpdesk: Helpdesk;
  account?: string | undefined;
}

/** On an article: belongs to every account (manual imports by choice; articles from before accounts). */
export const ALL_ACCOUNTS = '*';

const HOSTED: readonly [Helpdesk, string][] = [
  ['zendesk', '.zendesk.com'],
  ['freshdesk', '.freshdesk.com'],
];

/** A subdomain as both vendors allow it: letters, digits and hyphens (lower case). */
export const isAccountName = (name: string): boolean => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(name);

export function hostedAccount(helpdesk: Helpdesk, subdomain: string): string | null {
  const name = subdomain.trim().toLowerCase();
  return isAccountName(name) ? `${helpdesk}:${name}` : null;
}

/** The account of a helpdesk page, or null when the page is not a helpdesk Souffleur knows. */
export function accountOfPage(pageUrl: string | undefined, customOrigins: readonly CustomHelpdeskOrigin[]): string | null {
  if (!pageUrl || !URL.canParse(pageUrl)) return null;
  const url = new URL(pageUrl);
  const host = url.hostname.toLowerCase();
  for (const [helpdesk, suffix] of HOSTED) {
    if (host.endsWith(suffix)) {
      const subdomain = host.slice(0, -suffix.length);
      return subdomain.includes('.') ? null : hostedAccount(helpdesk, subdomain);
    }
  }
  const custom = customOrigins.find((entry) => entry.origin === url.origin);
  if (!custom) return null;
  return (custom.account && hostedAccount(custom.helpdesk, custom.account)) || `${custom.helpdesk}:${host}`;
}

/** The company's own name as its hosted helpdesk's address gives it (acme.zendesk.com → "acme"); the
 * redactor keeps its handle ("@acme"). Undefined on any other page: unsure, a handle stays redacted. */
export function companyOfPage(pageUrl: string | undefined): string | undefined {
  return accountOfPage(pageUrl, [])?.split(':')[1];
}

/** Whether an article with these accounts may be suggested on a page of `account`. */
export function visibleIn(articleAccounts: readonly string[] | undefined, account: string | null): boolean {
  if (!articleAccounts || articleAccounts.includes(ALL_ACCOUNTS)) return true;
  return account !== null && articleAccounts.includes(account);
}

/** Every account the admin's settings name: the mapped or own-domain ones (for the import choice). */
export function knownAccounts(customOrigins: readonly CustomHelpdeskOrigin[]): string[] {
  const accounts = customOrigins.map((entry) => accountOfPage(`${entry.origin}/`, customOrigins)).filter((a): a is string => a !== null);
  return [...new Set(accounts)].sort();
}
