// Thin shell: the dashboard page reads the event log directly (an extension page shares the background's
// origin, so the same IndexedDB) and wires downloads and imports. "Delete all my data" is the background's:
// it alone holds the write buffer and caches, and empties every store, not only this log.
import { render } from 'preact';
import { resolveLocale } from '../../src/i18n/index';
import { loadSettings } from '../../src/settings/storage';
import { ask } from '../../src/messaging/client';
import { deleteOlderThan, putEvents, readEvents, StatsDb } from '../../src/stats/db';
import { Dashboard, type DashboardServices } from '../../src/stats/dashboard/Dashboard';
import { dashboardStyles } from '../../src/stats/dashboard/dashboard.css';
import { csvChunks, ndjsonChunks } from '../../src/stats/exchange';
import { mergeFiles } from '../../src/stats/import-files';

const style = document.createElement('style');
style.textContent = dashboardStyles();
document.head.append(style);

const db = new StatsDb();

function download(name: string, chunks: Iterable<string>, type: string): void {
  const url = URL.createObjectURL(new Blob([...chunks], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const services: DashboardServices = {
  load: () => readEvents(db),
  async importFiles(files) {
    const { events, report } = await mergeFiles(files);
    await putEvents(db, events);
    return report;
  },
  exportEvents(format, events) {
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'csv') download(`souffleur-events-${stamp}.csv`, csvChunks(events), 'text/csv');
    else download(`souffleur-events-${stamp}.ndjson`, ndjsonChunks(events), 'application/x-ndjson');
  },
  deleteOlderThan: (days) => deleteOlderThan(db, days),
  async deleteAll() {
    const reply = await ask({ kind: 'delete-all-data' });
    if (!reply.ok) throw new Error(reply.error);
  },
  confirm: (message) => window.confirm(message),
};

/** With a team destination and the lead's read user set, the dashboard can read the team's ClickHouse. */
async function teamSource(): Promise<DashboardServices['team']> {
  const config = await ask({ kind: 'team-stats-config-get' });
  if (!config.ok || !config.data.origin || !config.data.leadUser) return undefined;
  return async ({ filter = {}, minutesPerUse }) => {
    const { agentIds, helpdesks, ...range } = filter;
    const teamFilter = { ...range, ...(agentIds ? { agentIds: [...agentIds] } : {}), ...(helpdesks ? { helpdesks: [...helpdesks] } : {}) };
    const reply = await ask({ kind: 'team-stats-summary', filter: teamFilter, ...(minutesPerUse ? { minutesPerUse } : {}) });
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  };
}

void Promise.all([loadSettings(), teamSource().catch(() => undefined)]).then(([settings, team]) => {
  if (team) services.team = team;
  const locale = resolveLocale(settings.uiLanguage, navigator.languages);
  const theme = settings.theme === 'auto' ? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : settings.theme;
  document.documentElement.lang = locale;
  render(<Dashboard locale={locale} services={services} theme={theme} />, document.getElementById('app')!);
});
