// Whether a URL is a helpdesk page Souffleur runs on: the hosted helpdesks' patterns, or an origin
// the admin granted for a helpdesk on its own domain.
import { MatchPattern } from 'wxt/utils/match-patterns';
import { HELPDESK_MATCHES } from './matches';

const HOSTED = HELPDESK_MATCHES.map((pattern) => new MatchPattern(pattern));

export function isHelpdeskPage(url: URL, grantedOrigins: readonly string[] = []): boolean {
  return HOSTED.some((pattern) => pattern.includes(url.href)) || grantedOrigins.includes(url.origin);
}
