// The team-lead dashboard: filters, then every section computed by the same `summarize` as the CLI.
// Storage is behind `services` so the page wires Dexie and tests pass plain functions.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { UiLocale } from '../../i18n/index';
import { directionOf } from '../../i18n/index';
import type { StatsEvent } from '../events';
import type { ImportReport } from '../exchange';
import { tStats, type PlainStatsKey } from '../i18n/index';
import { DEFAULT_MINUTES_PER_USE, summarize } from '../summary';
import { DataPanel } from './data-panel';
import { makeFormat } from './parts';
import { Breakdowns, Headline, Holdout, Snippets, Trends } from './sections';

export interface DashboardServices {
  load(): Promise<StatsEvent[]>;
  importFiles(files: { name: string; text: string }[]): Promise<ImportReport>;
  exportEvents(format: 'ndjson' | 'csv', events: StatsEvent[]): void;
  deleteOlderThan(days: number): Promise<number>;
  deleteAll(): Promise<void>;
  confirm(message: string): boolean;
}

interface Filters {
  from: string;
  to: string;
  agent: string;
  helpdesk: string;
  draftMinutes: number;
  snippetMinutes: number;
}

const DAY = 86_400_000;

export function Dashboard({ locale, services, theme }: { locale: UiLocale; services: DashboardServices; theme: 'light' | 'dark' }) {
  const [events, setEvents] = useState<StatsEvent[] | null>(null);
  const [filters, setFilters] = useState<Filters>({ from: '', to: '', agent: '', helpdesk: '', draftMinutes: DEFAULT_MINUTES_PER_USE.draft, snippetMinutes: DEFAULT_MINUTES_PER_USE.snippet });
  const reload = () => services.load().then(setEvents);
  useEffect(() => void reload(), []);
  const fmt = useMemo(() => makeFormat(locale), [locale]);
  const t = (key: PlainStatsKey) => tStats(locale, key);

  const summary = useMemo(() => {
    if (!events) return null;
    return summarize(events, {
      filter: {
        from: filters.from ? Date.parse(filters.from) : undefined,
        to: filters.to ? Date.parse(filters.to) + DAY - 1 : undefined,
        agentIds: filters.agent ? [filters.agent] : undefined,
        helpdesks: filters.helpdesk ? [filters.helpdesk] : undefined,
      },
      minutesPerUse: { draft: filters.draftMinutes, snippet: filters.snippetMinutes },
    });
  }, [events, filters]);
  // The filter choices come from all events, not the filtered ones, so a choice never hides the others.
  const choices = useMemo(() => (events ? summarize(events).breakdowns : null), [events]);

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters({ ...filters, [key]: value });
  const select = (key: 'agent' | 'helpdesk', label: PlainStatsKey, options: { key: string; name?: string }[]) => (
    <label>
      {t(label)}
      <select value={filters[key]} onChange={(e) => set(key, (e.currentTarget as HTMLSelectElement).value)} data-testid={`filter-${key}`}>
        <option value="">{t('stats.all')}</option>
        {options.map((o) => (
          <option value={o.key}>{o.name ? `${o.name} (${o.key})` : o.key}</option>
        ))}
      </select>
    </label>
  );
  const date = (key: 'from' | 'to', label: PlainStatsKey) => (
    <label>
      {t(label)}
      <input type="date" value={filters[key]} onChange={(e) => set(key, (e.currentTarget as HTMLInputElement).value)} data-testid={`filter-${key}`} />
    </label>
  );
  const minutes = (key: 'draftMinutes' | 'snippetMinutes', label: PlainStatsKey) => (
    <label>
      {t(label)}
      <input type="number" min="0" step="0.5" value={filters[key]} onChange={(e) => set(key, Math.max(0, Number((e.currentTarget as HTMLInputElement).value) || 0))} />
    </label>
  );

  return (
    <main class="sf-themed sf-dashboard" data-theme={theme} dir={directionOf(locale)} lang={locale}>
      <h1>{t('stats.title')}</h1>
      {!summary || !choices ? (
        <p>{t('stats.loading')}</p>
      ) : (
        <>
          <fieldset class="sf-filters">
            <legend>{t('stats.filters')}</legend>
            {date('from', 'stats.from')}
            {date('to', 'stats.to')}
            {select('agent', 'stats.agent', choices.agent)}
            {select('helpdesk', 'stats.helpdesk', choices.helpdesk)}
            {minutes('draftMinutes', 'stats.minutesPerDraft')}
            {minutes('snippetMinutes', 'stats.minutesPerSnippet')}
          </fieldset>
          <Headline s={summary} fmt={fmt} />
          <Holdout s={summary} fmt={fmt} />
          <Trends s={summary} fmt={fmt} />
          <Breakdowns s={summary} fmt={fmt} />
          <Snippets s={summary} fmt={fmt} />
          <DataPanel locale={locale} services={services} events={events ?? []} onChanged={reload} />
        </>
      )}
    </main>
  );
}
