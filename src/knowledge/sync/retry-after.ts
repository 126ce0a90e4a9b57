// How long a helpdesk asks us to wait after a 429. Both Zendesk and Freshdesk document Retry-After in
// seconds (live evidence: their rate-limit pages, and public clients in the search corpus honouring it);
// RFC 9110 §10.2.3 also allows an HTTP date, read here too. A missing or unreadable header: one second.
export function retryAfterMs(header: string | null, now = Date.now()): number {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 1000 : Math.max(0, at - now);
}
