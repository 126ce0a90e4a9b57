// Which plain-http address an allowed-host entry (the admin's `allowHttpHosts`, the agent's own allowed host)
// covers. The rule, the least surprising safe one: `intranet.local` allows that host on any port (what a bare
// hostname always allowed, a model server on 11434 and a ClickHouse on 8123 of one machine alike);
// `intranet.local:8080` allows that host on port 8080 only, and nothing else (it used to match nothing at all,
// being compared with the hostname). An IPv6 host is written in brackets (`[fd00::5]`, `[fd00::5]:8080`);
// `http://` and a trailing slash are tolerated. Anything else (a path, user info, another scheme) allows nothing.

interface AllowedHost {
  hostname: string;
  /** The one port allowed; null: any port. */
  port: string | null;
}

const HTTP_DEFAULT_PORT = '80';

export function parseAllowedHost(entry: string): AllowedHost | null {
  const text = entry
    .trim()
    .toLowerCase()
    .replace(/^http:\/\//, '')
    .replace(/\/$/, '');
  if (!text || /[/?#@\\\s]/.test(text) || !URL.canParse(`http://${text}`)) return null;
  const url = new URL(`http://${text}`);
  // A host (an IPv6 one in brackets) and maybe a port; a colon without one ("host:", "[fd00::5]:") allows nothing.
  const written = /^(?:\[[^\]]*\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(text);
  if (!written) return null;
  const port = written[1];
  return { hostname: url.hostname, port: port === undefined ? null : url.port || HTTP_DEFAULT_PORT };
}

/** Whether `entry` allows plain http to `url`. */
export function allowsHttp(entry: string | undefined, url: URL): boolean {
  const allowed = entry === undefined ? null : parseAllowedHost(entry);
  if (!allowed || allowed.hostname !== url.hostname.toLowerCase()) return false;
  return allowed.port === null || allowed.port === (url.port || HTTP_DEFAULT_PORT);
}

/** The first of `entries` that allows plain http to `address`, as written; undefined when none does. */
export function allowedEntryFor(entries: readonly string[], address: string | undefined): string | undefined {
  if (!address || !URL.canParse(address)) return undefined;
  const url = new URL(address);
  return entries
    .find((entry) => allowsHttp(entry, url))
    ?.trim()
    .toLowerCase();
}
