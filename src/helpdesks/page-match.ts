// Whether a URL is a helpdesk page Souffleur runs on: the hosted helpdesks' patterns, or an origin
// the admin granted for a helpdesk on its own domain.
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Helpdesk } from '../ticket/schema';
import { DESCRIPTORS } from './descriptors';
import { HELPDESK_MATCHES } from './matches';

const HOSTED = HELPDESK_MATCHES.map((pattern) => new MatchPattern(pattern));

export function isHelpdeskPage(url: URL, grantedOrigins: readonly string[] = []): boolean {
  return HOSTED.some((pattern) => pattern.includes(url.href)) || grantedOrigins.includes(url.origin);
}

const HOSTED_BY = Object.values(DESCRIPTORS).flatMap((d) => d.matches.map((pattern) => [d.id, new MatchPattern(pattern)] as const));

/**
 * Which helpdesk a page is: the hosted helpdesk whose patterns include it, or the one the admin chose for an own-domain
 * origin; null for any other page. The page is the browser's word (a sender's tab), never the page's own.
 */
export function helpdeskOfPage(url: URL, customOrigins: readonly { origin: string; helpdesk: Helpdesk }[] = []): Helpdesk | null {
  return (
    HOSTED_BY.find(([, pattern]) => pattern.includes(url.href))?.[0] ?? customOrigins.find((c) => c.origin === url.origin)?.helpdesk ?? null
  );
}
