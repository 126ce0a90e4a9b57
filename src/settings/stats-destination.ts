// Where the team's stats go: the ClickHouse HTTP URL and the user agents insert as. One small module so the
// admin policy (managed storage, the 'firefox' branch) can override it: `statsDestinationItem` is the
// local value; a managed value, when set, wins over it. The password is a secret and is not here (it lives
// in the background's outbox database, src/stats/outbox.ts), since storage.local is readable by content scripts.
import { allowedEntryFor } from './http-hosts';
import { checkEndpoint } from './provider-endpoint';
import { versionedItem, type VersionedItem } from './versioned-item';

export interface StatsDestination {
  /** e.g. https://ch.example.com:8443/?database=souffleur; '' = not set (no upload). */
  url: string;
  user: string;
  /** A host the admin allows over plain http (a server on the team's own network). */
  allowHttpHost?: string;
}

export const NO_STATS_DESTINATION: StatsDestination = { url: '', user: '' };

export function normalizeStatsDestination(value: unknown): StatsDestination {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof StatsDestination, unknown>>;
  const text = (x: unknown) => (typeof x === 'string' ? x.trim().slice(0, 2000) : '');
  const allow = text(v.allowHttpHost);
  return { url: text(v.url), user: text(v.user).slice(0, 200), ...(allow ? { allowHttpHost: allow } : {}) };
}

/**
 * The destination's origin, for the host permission and the upload; null when unset or not acceptable
 * (https, or plain http only to loopback and the admin-allowed host, like the model provider's address).
 */
export function statsDestinationOrigin(destination: StatsDestination): string | null {
  if (!destination.url) return null;
  const verdict = checkEndpoint({ kind: 'compatible', baseUrl: destination.url, allowHttpHost: destination.allowHttpHost });
  return verdict.ok ? verdict.url.origin : null;
}

let item: VersionedItem<StatsDestination> | undefined;
/** The local value, defined on first use (WXT runs an item's migrations when it is defined). */
export const statsDestinationItem = (): VersionedItem<StatsDestination> =>
  (item ??= versionedItem<StatsDestination>('local:statsDestination', {
    fallback: NO_STATS_DESTINATION,
    version: 1,
    migrations: {},
    normalize: normalizeStatsDestination,
  }));

/**
 * The destination the background uses: the admin's policy (src/settings/managed.ts `statsDestination`) wins
 * over the local value, and a plain-http host is allowed when an entry of the policy's `allowHttpHosts` covers it (./http-hosts.ts).
 * Saving still stores the local value (used again if the policy is lifted); passwords are never policy values.
 */
export function withManagedDestination(
  local: Pick<VersionedItem<StatsDestination>, 'load' | 'save'>,
  policy: () => Promise<{ statsDestination?: { url: string; user?: string }; allowHttpHosts?: string[] }>,
): Pick<VersionedItem<StatsDestination>, 'load' | 'save'> {
  return {
    async load() {
      const [own, admin] = await Promise.all([local.load(), policy()]);
      const managed = admin.statsDestination;
      const chosen = managed ? { url: managed.url, user: managed.user ?? own.user } : own;
      const allowed = allowedEntryFor(admin.allowHttpHosts ?? [], chosen.url) ?? own.allowHttpHost;
      return normalizeStatsDestination({ ...chosen, ...(allowed ? { allowHttpHost: allowed } : {}) });
    },
    save: (value) => local.save(value),
  };
}
