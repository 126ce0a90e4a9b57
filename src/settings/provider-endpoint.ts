// Where the provider's requests (and the API key) go, and whether that address is acceptable. Shared
// by the options form (to explain) and the background (to enforce: the form is only a convenience).
//
// Rule: https everywhere, except loopback (the key and the redacted ticket never leave the machine)
// and the one host an admin explicitly allowed for plain http (a LAN Ollama or vLLM server), which the
// form then warns about. The key is bound to the endpoint's origin: a stored key is never sent to a
// different origin, so changing the host asks for the key again.

import { allowsHttp } from './http-hosts';

export interface EndpointFields {
  kind: 'openai' | 'azure' | 'compatible';
  baseUrl?: string | undefined;
  azureEndpoint?: string | undefined;
  /** The host (any port) or host:port (that port only) allowed over plain http (./http-hosts.ts); any other is refused. */
  allowHttpHost?: string | undefined;
}

/** What the openai SDK calls when no base URL is set. */
const OPENAI_DEFAULT = 'https://api.openai.com/v1';

export type EndpointVerdict = { ok: true; url: URL; plainHttp: 'no' | 'loopback' | 'allowed' } | { ok: false; problem: 'url' | 'insecure' };

/** The address the requests go to, as the gate's client picks it (Azure falls back to a base URL, as the SDK does). */
export function endpointUrl(config: EndpointFields): string {
  return (config.kind === 'azure' ? config.azureEndpoint || config.baseUrl : config.baseUrl) || OPENAI_DEFAULT;
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function checkEndpoint(config: EndpointFields): EndpointVerdict {
  let url: URL;
  try {
    url = new URL(endpointUrl(config));
  } catch {
    return { ok: false, problem: 'url' };
  }
  if (!url.hostname || url.username || url.password) return { ok: false, problem: 'url' };
  if (url.protocol === 'https:') return { ok: true, url, plainHttp: 'no' };
  if (url.protocol !== 'http:') return { ok: false, problem: 'url' };
  if (isLoopbackHost(url.hostname)) return { ok: true, url, plainHttp: 'loopback' };
  return allowsHttp(config.allowHttpHost, url) ? { ok: true, url, plainHttp: 'allowed' } : { ok: false, problem: 'insecure' };
}

/** The origin the key belongs to, or null for an address that is not acceptable. */
export function keyOrigin(config: EndpointFields): string | null {
  const verdict = checkEndpoint(config);
  return verdict.ok ? verdict.url.origin : null;
}

/** Throws (for the background's handlers) when the address is not acceptable. */
export function assertEndpoint(config: EndpointFields): void {
  const verdict = checkEndpoint(config);
  if (verdict.ok) return;
  throw new Error(
    verdict.problem === 'insecure'
      ? `refusing plain http to ${endpointUrl(config)}: use https, or allow this host explicitly (a server on your own network)`
      : `not a valid provider address: ${endpointUrl(config)}`,
  );
}
