// The team-lead dashboard: filters, then every section computed by the same `summarize` as the CLI.
// Storage is behind `services` so the page wires Dexie and tests pass plain functions.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { UiLocale } from '../../i18n/index';
import { directionOf } from '../../i18n/index';
import type { StatsEvent } from '../events';
import type { ImportReport } from '../exchange';
import type { ImportFile } from '../import-files';
import { tStats, type PlainStatsKey } from '../i18n/index';
import { DEFAULT_MINUTES_PER_USE, summarize } from '../summary';
import { DataPanel } from './data-panel';
import { makeFormat } from './parts';
import { CueAgreement } from './cue-agreement';
import { Breakdowns, Headline, Holdout, Snippets, Trends } from './sections';

export interface DashboardServices {
  load(): Promise<StatsEvent[]>;
  importFiles(files: readonly ImportFile[]): Promise<ImportReport>;
  exportEvents(format: 'ndjson' | 'csv', events: StatsEvent[]): void;
  deleteOlderThan(days: number): Promise<number>;
  /** "Delete all my data": one request to the background, which empties every store (data-stores.ts). */
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
  const [loadError, setLoadError] = useState('');
  const [filters, setFilters] = useState<Filters>({ from: '', to: '', agent: '', helpdesk: '', draftMinutes: DEFAULT_MINUTES_PER_USE.draft, snippetMinutes: DEFAULT_MINUTES_PER_USE.snippet });
  // A log that cannot be read or summarized shows an error state; the data tools stay usable, so the agent
  // can always delete or re-import (one poisoned line once took the whole page down, delete buttons too).
  const reload = () =>
    services.load().then(
      (loaded) => {
        setLoadError('');
        setEvents(loaded);
      },
      (error: unknown) => {
        setLoadError(reasonOf(error));
        setEvents([]);
      },
    );
  useEffect(() => void reload(), []);
  const fmt = useMemo(() => makeFormat(locale), [locale]);
  const t = (key: PlainStatsKey) => tStats(locale, key);

  const computed = useMemo(() => {
    if (!events) return null;
    return attempt(() => summarize(events, {
      filter: {
        from: filters.from ? Date.parse(filters.from) : undefined,
        to: filters.to ? Date.parse(filters.to) + DAY - 1 : undefined,
        agentIds: filters.agent ? [filters.agent] : undefined,
        helpdesks: filters.helpdesk ? [filters.helpdesk] : undefined,
      },
      minutesPerUse: { draft: filters.draftMinutes, snippet: filters.snippetMinutes },
    }));
  }, [events, filters]);
  // The filter choices come from all events, not the filtered ones, so a choice never hides the others.
  const choices = useMemo(() => (events ? attempt(() => summarize(events).breakdowns) : null), [events]);
  const summary = computed?.ok ? computed.value : null;
  const failure = loadError || (computed && !computed.ok ? computed.reason : '') || (choices && !choices.ok ? choices.reason : '');

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
      {failure ? (
        <>
          <p role="alert" class="sf-error" data-testid="stats-error">
            {tStats(locale, 'stats.summaryFailed', { reason: failure })}
          </p>
          <DataPanel locale={locale} services={services} events={events ?? []} onChanged={reload} />
        </>
      ) : !summary || !choices?.ok ? (
        <p>{t('stats.loading')}</p>
      ) : (
        <>
          <fieldset class="sf-filters">
            <legend>{t('stats.filters')}</legend>
            {date('from', 'stats.from')}
            {date('to', 'stats.to')}
            {select('agent', 'stats.agent', choices.value.agent)}
            {select('helpdesk', 'stats.helpdesk', choices.value.helpdesk)}
            {minutes('draftMinutes', 'stats.minutesPerDraft')}
            {minutes('snippetMinutes', 'stats.minutesPerSnippet')}
          </fieldset>
          <Headline s={summary} fmt={fmt} />
          <Holdout s={summary} fmt={fmt} />
          <Trends s={summary} fmt={fmt} />
          <Breakdowns s={summary} fmt={fmt} />
          <Snippets s={summary} fmt={fmt} />
          <CueAgreement s={summary} fmt={fmt} />
          <DataPanel locale={locale} services={services} events={events ?? []} onChanged={reload} />
        </>
      )}
    </main>
  );
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function attempt<T>(compute: () => T): { ok: true; value: T } | { ok: false; reason: string } {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}
