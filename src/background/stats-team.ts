// The team's ClickHouse as the options page and the dashboard see it: the destination (URL and the agent
// user in storage.local; both passwords and the lead's user only here, in the background's outbox database),
// an upload on demand, and the lead's summary computed by ClickHouse with the lead's read credentials.
// Every request goes out through the egress gate.
import { sendStatsRequest } from '../egress/gate';
import type { RequestOf, TeamStatsConfig } from '../messaging/protocol';
import { normalizeStatsDestination, statsDestinationOrigin, type StatsDestination } from '../settings/stats-destination';
import type { VersionedItem } from '../settings/versioned-item';
import { summarizeInClickHouse } from '../stats/clickhouse/summary';
import { loadDestinationPassword, OutboxDb, saveDestinationPassword } from '../stats/outbox';
import type { Summary } from '../stats/summary';
import type { UploadResult } from '../messaging/responses';
import type { StatsUploader } from './stats-upload';

const LEAD_USER = 'leadUser';
const LEAD_PASSWORD = 'leadPassword';

export interface TeamStatsDeps {
  db: OutboxDb;
  destination: Pick<VersionedItem<StatsDestination>, 'load' | 'save'>;
  uploader: Pick<StatsUploader, 'uploadNow'>;
  send?: typeof sendStatsRequest;
}

export function teamStatsHandlers(deps: TeamStatsDeps) {
  const meta = async (key: string) => (await deps.db.meta.get(key))?.value ?? '';
  const setMeta = (key: string, value: string) => deps.db.meta.put({ key, value });

  async function config(): Promise<TeamStatsConfig> {
    const destination = await deps.destination.load();
    return {
      url: destination.url,
      user: destination.user,
      hasPassword: !!(await loadDestinationPassword(deps.db)),
      leadUser: await meta(LEAD_USER),
      hasLeadPassword: !!(await meta(LEAD_PASSWORD)),
      origin: statsDestinationOrigin(destination),
      pending: await deps.db.pending.count(),
    };
  }

  return {
    'team-stats-config-get': async (): Promise<TeamStatsConfig> => config(),
    'team-stats-config-save': async (request: RequestOf<'team-stats-config-save'>): Promise<TeamStatsConfig> => {
      const current = await deps.destination.load();
      const next = normalizeStatsDestination({ ...current, url: request.url, user: request.user });
      if (next.url && !statsDestinationOrigin(next))
        throw new Error('The stats destination must be https (plain http only to this computer or a host your admin allows).');
      // A new origin must not receive the old origin's passwords (as the provider's key is bound to its origin).
      const moved = statsDestinationOrigin(current) !== statsDestinationOrigin(next);
      await deps.destination.save(next);
      if (request.password !== undefined || moved) await saveDestinationPassword(deps.db, request.password ?? '');
      if (request.leadUser !== undefined) await setMeta(LEAD_USER, request.leadUser.trim());
      if (request.leadPassword !== undefined || moved) await setMeta(LEAD_PASSWORD, request.leadPassword ?? '');
      return config();
    },
    'team-stats-upload': async (): Promise<UploadResult> => deps.uploader.uploadNow(),
    'team-stats-summary': async ({ filter, minutesPerUse }: RequestOf<'team-stats-summary'>): Promise<Summary> => {
      const destination = await deps.destination.load();
      if (!statsDestinationOrigin(destination)) throw new Error('No team stats destination is set.');
      const endpoint = { url: destination.url, user: await meta(LEAD_USER), password: await meta(LEAD_PASSWORD) };
      const send = deps.send ?? sendStatsRequest;
      return summarizeInClickHouse((sql, body) => send(endpoint, sql, body), { filter, ...(minutesPerUse ? { minutesPerUse } : {}) });
    },
  };
}
