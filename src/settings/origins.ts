// Self-hosted helpdesks: the admin types an address, we ask the browser for that one origin only
// (optional_host_permissions), so the address must be a plain https origin, nothing broader.
export type OriginProblem = 'not-https' | 'invalid' | 'has-path' | 'duplicate';
export type OriginCheck = { ok: true; origin: string } | { ok: false; problem: OriginProblem };

/** "support.example.com" or "https://Support.Example.com/" → "https://support.example.com". */
export function parseHttpsOrigin(input: string, existing: readonly string[] = []): OriginCheck {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'invalid' };
  // Admins often paste a bare host name; assume https rather than rejecting it.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https' };
  // A wildcard or credentials would widen or hide what the permission grants.
  if (!url.hostname || url.hostname.includes('*') || url.username || url.password) {
    return { ok: false, problem: 'invalid' };
  }
  if (url.pathname !== '/' || url.search || url.hash) return { ok: false, problem: 'has-path' };
  if (existing.includes(url.origin)) return { ok: false, problem: 'duplicate' };
  return { ok: true, origin: url.origin };
}

/** The match pattern the browser's permission API takes for one origin. */
export const originPattern = (origin: string): string => `${origin}/*`;
