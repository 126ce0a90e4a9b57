// The team-lead dashboard: filters, then every section computed by the same `summarize` as the CLI.
// Storage is behind `services` so the page wires Dexie and tests pass plain functions.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { UiLocale } from '../../i18n/index';
import { directionOf } from '../../i18n/index';
import type { StatsEvent } from '../events';
import { tStats, type PlainStatsKey } from '../i18n/index';
import { DEFAULT_MINUTES_PER_USE, summarize, type Summary, type SummaryOptions } from '../summary';
import { DataPanel } from './data-panel';
import type { DashboardServices } from './services';
import { makeFormat } from './parts';
import { CueAgreement } from './cue-agreement';
import { Breakdowns, Headline, Holdout, Snippets, Trends } from './sections';

export type { DashboardServices };

type Source = 'local' | 'team';
type Attempt<T> = { ok: true; value: T } | { ok: false; reason: string };

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
  const [filters, setFilters] = useState<Filters>({
    from: '',
    to: '',
    agent: '',
    helpdesk: '',
    draftMinutes: DEFAULT_MINUTES_PER_USE.draft,
    snippetMinutes: DEFAULT_MINUTES_PER_USE.snippet,
  });
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

  const [source, setSource] = useState<Source>(services.team ? 'team' : 'local');
  const options = useMemo(
    (): SummaryOptions => ({
      filter: {
        from: filters.from ? Date.parse(filters.from) : undefined,
        to: filters.to ? Date.parse(filters.to) + DAY - 1 : undefined,
        agentIds: filters.agent ? [filters.agent] : undefined,
        helpdesks: filters.helpdesk ? [filters.helpdesk] : undefined,
      },
      minutesPerUse: { draft: filters.draftMinutes, snippet: filters.snippetMinutes },
    }),
    [filters],
  );
  const local = useMemo(() => (events && source === 'local' ? attempt(() => summarize(events, options)) : null), [events, options, source]);
  // The filter choices come from all events, not the filtered ones, so a choice never hides the others.
  const localChoices = useMemo(() => (events && source === 'local' ? attempt(() => summarize(events).breakdowns) : null), [events, source]);
  const team = useTeamSummary(source === 'team' ? services.team : undefined, options);
  const computed = source === 'team' ? team.summary : local;
  const choices = source === 'team' ? team.choices : localChoices;
  const summary = computed?.ok ? computed.value : null;
  const failure =
    (source === 'local' ? loadError : '') ||
    (computed && !computed.ok ? computed.reason : '') ||
    (choices && !choices.ok ? choices.reason : '');
  const failureText =
    source === 'team'
      ? tStats(locale, 'stats.teamFailed', { reason: failure })
      : tStats(locale, 'stats.summaryFailed', { reason: failure });
  // The agents and helpdesks differ between the sources: a choice from one is cleared, not carried over.
  const switchSource = (next: Source) => {
    setFilters({ ...filters, agent: '', helpdesk: '' });
    setSource(next);
  };
  const sourceSwitch = services.team ? (
    <label class="sf-source">
      {t('stats.source')}
      <select
        value={source}
        onChange={(e) => switchSource((e.currentTarget as HTMLSelectElement).value as Source)}
        data-testid="stats-source"
      >
        <option value="team">{t('stats.sourceTeam')}</option>
        <option value="local">{t('stats.sourceLocal')}</option>
      </select>
    </label>
  ) : null;

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
      <input
        type="date"
        value={filters[key]}
        onChange={(e) => set(key, (e.currentTarget as HTMLInputElement).value)}
        data-testid={`filter-${key}`}
      />
    </label>
  );
  const minutes = (key: 'draftMinutes' | 'snippetMinutes', label: PlainStatsKey) => (
    <label>
      {t(label)}
      <input
        type="number"
        min="0"
        step="0.5"
        value={filters[key]}
        onChange={(e) => set(key, Math.max(0, Number((e.currentTarget as HTMLInputElement).value) || 0))}
      />
    </label>
  );

  return (
    <main class="sf-themed sf-dashboard" data-theme={theme} dir={directionOf(locale)} lang={locale}>
      <h1>{t('stats.title')}</h1>
      {sourceSwitch}
      {failure ? (
        <>
          <p role="alert" class="sf-error" data-testid="stats-error">
            {failureText}
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

/** The team's summary for the current filters, and the filter choices (all of the team's figures, once). */
function useTeamSummary(team: DashboardServices['team'], options: SummaryOptions) {
  const [summary, setSummary] = useState<Attempt<Summary> | null>(null);
  const [choices, setChoices] = useState<Attempt<Summary['breakdowns']> | null>(null);
  const settle = <T,>(promise: Promise<T>, set: (value: Attempt<T>) => void) => {
    let live = true;
    promise.then(
      (value) => live && set({ ok: true, value }),
      (error: unknown) => live && set({ ok: false, reason: reasonOf(error) }),
    );
    return () => void (live = false);
  };
  useEffect(() => (team ? settle(team(options), setSummary) : setSummary(null)), [team, options]);
  useEffect(
    () =>
      team
        ? settle(
            team({}).then((all) => all.breakdowns),
            setChoices,
          )
        : setChoices(null),
    [team],
  );
  return { summary, choices };
}

function attempt<T>(compute: () => T): Attempt<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}
