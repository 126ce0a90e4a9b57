// The dashboard's read-only sections, each a view of one part of the summary.
import { tStats, type PlainStatsKey } from '../i18n/index';
import { BREAKDOWNS, type GroupRow, type Summary, type TrendRow } from '../summary';
import type { ChartSeries } from './chart-config';
import { ChartFigure, Table, type Format } from './parts';

export function Headline({ s, fmt }: { s: Summary; fmt: Format }) {
  const h = s.headline;
  const items: [PlainStatsKey, string][] = [
    ['stats.ticketsAssisted', fmt.count(h.ticketsAssisted)],
    ['stats.draftsShown', fmt.count(h.draftsShown)],
    ['stats.insertionRate', fmt.percent(h.insertionRate)],
    ['stats.sentAsIs', fmt.percent(h.sentShares.asIs)],
    ['stats.lightEdit', fmt.percent(h.sentShares.lightEdit)],
    ['stats.heavyEdit', fmt.percent(h.sentShares.heavyEdit)],
    ['stats.rewritten', fmt.percent(h.sentShares.rewritten)],
    ['stats.meanSimilarity', fmt.decimal(h.meanSimilarity)],
    ['stats.thumbsUpRate', fmt.percent(h.thumbsUpRate)],
    ['stats.snippetsUsed', fmt.count(h.snippetsUsed)],
    ['stats.cueHelpful', fmt.percent(h.cueHelpfulShare)],
    ['stats.timeToSuggestion', fmt.seconds(h.medianMsToFirstSuggestion)],
    ['stats.timeSaved', fmt.minutes(h.timeSaved.minutes)],
    // The agents' own writing, apart from drafts (issue 19).
    ['stats.repliesPolished', fmt.count(h.polish.replies)],
    ['stats.ownWordsShare', fmt.percent(h.polish.ownWordsShare)],
    ['stats.polishAccepted', fmt.percent(h.polish.acceptedShare)],
  ];
  return (
    <section aria-labelledby="sf-headline">
      <h2 id="sf-headline">{tStats(fmt.locale, 'stats.headline')}</h2>
      <dl class="sf-figures" data-testid="headline">
        {items.map(([key, value]) => (
          <div data-figure={key}>
            <dt>{tStats(fmt.locale, key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The four ways a reply relates to the draft it started from, as stacked shares. */
function sentShareSeries(rows: { sentShares: Summary['headline']['sentShares'] }[], t: (key: PlainStatsKey) => string): ChartSeries[] {
  return [
    { label: t('stats.sentAsIs'), values: rows.map((r) => r.sentShares.asIs), color: '--sf-chart-2' },
    { label: t('stats.lightEdit'), values: rows.map((r) => r.sentShares.lightEdit), color: '--sf-chart-1' },
    { label: t('stats.heavyEdit'), values: rows.map((r) => r.sentShares.heavyEdit), color: '--sf-chart-3' },
    { label: t('stats.rewritten'), values: rows.map((r) => r.sentShares.rewritten), color: '--sf-chart-4' },
  ];
}

export function Trends({ s, fmt }: { s: Summary; fmt: Format }) {
  const t = (key: PlainStatsKey) => tStats(fmt.locale, key);
  const activity = (rows: TrendRow[], title: string, testId: string) => (
    <ChartFigure
      title={title}
      testId={testId}
      fmt={fmt}
      labelHeader={t('stats.date')}
      spec={{
        value: 'count',
        labels: rows.map((r) => fmt.date(r.date)),
        series: [
          { label: t('stats.draftsShown'), values: rows.map((r) => r.draftsShown), color: '--sf-chart-1' },
          { label: t('stats.inserted'), values: rows.map((r) => r.draftsInserted), color: '--sf-chart-2' },
          { label: t('stats.repliesSent'), values: rows.map((r) => r.repliesSent), color: '--sf-chart-3' },
        ],
      }}
    />
  );
  return (
    <section>
      <h2>{t('stats.trends')}</h2>
      {activity(s.trends.day, t('stats.byDay'), 'trend-day')}
      {activity(s.trends.week, t('stats.byWeek'), 'trend-week')}
      <ChartFigure
        title={t('stats.chart.editsByWeek')}
        testId="trend-edits"
        fmt={fmt}
        labelHeader={t('stats.date')}
        spec={{
          value: 'share',
          stacked: true,
          labels: s.trends.week.map((r) => fmt.date(r.date)),
          series: sentShareSeries(s.trends.week, t),
        }}
      />
    </section>
  );
}

const groupName = (r: GroupRow, t: (key: PlainStatsKey) => string) => (r.name ? `${r.name} (${r.key})` : r.key || t('stats.noData'));

/** Next to the agents' table: how often each agent uses the drafts, and how much they edit them. */
function AgentCharts({ rows, fmt }: { rows: GroupRow[]; fmt: Format }) {
  const t = (key: PlainStatsKey) => tStats(fmt.locale, key);
  const labels = rows.map((r) => groupName(r, t));
  return (
    <>
      <ChartFigure
        title={t('stats.chart.insertionByAgent')}
        testId="agent-insertion"
        fmt={fmt}
        labelHeader={t('stats.agent')}
        spec={{
          value: 'share',
          horizontal: true,
          labels,
          series: [{ label: t('stats.insertionRate'), values: rows.map((r) => r.insertionRate), color: '--sf-chart-2' }],
        }}
      />
      <ChartFigure
        title={t('stats.chart.editsByAgent')}
        testId="agent-edits"
        fmt={fmt}
        labelHeader={t('stats.agent')}
        spec={{ value: 'share', horizontal: true, stacked: true, labels, series: sentShareSeries(rows, t) }}
      />
    </>
  );
}

export function Breakdowns({ s, fmt }: { s: Summary; fmt: Format }) {
  const t = (key: PlainStatsKey) => tStats(fmt.locale, key);
  const columns = [
    { label: t('stats.key'), cell: (r: GroupRow) => groupName(r, t) },
    { label: t('stats.draftsShown'), numeric: true, cell: (r: GroupRow) => fmt.count(r.draftsShown) },
    { label: t('stats.insertionRate'), numeric: true, cell: (r: GroupRow) => fmt.percent(r.insertionRate) },
    { label: t('stats.sentAsIs'), numeric: true, cell: (r: GroupRow) => fmt.percent(r.sentShares.asIs) },
    { label: t('stats.meanSimilarity'), numeric: true, cell: (r: GroupRow) => fmt.decimal(r.meanSimilarity) },
    { label: t('stats.thumbsUpRate'), numeric: true, cell: (r: GroupRow) => fmt.percent(r.thumbsUpRate) },
    { label: t('stats.snippetsUsed'), numeric: true, cell: (r: GroupRow) => fmt.count(r.snippetsUsed) },
  ];
  return (
    <section>
      <h2>{t('stats.breakdowns')}</h2>
      <AgentCharts rows={s.breakdowns.agent} fmt={fmt} />
      {BREAKDOWNS.map((b) => (
        <Table caption={t(`stats.by.${b}`)} columns={columns} rows={s.breakdowns[b]} testId={`breakdown-${b}`} />
      ))}
    </section>
  );
}

export function Snippets({ s, fmt }: { s: Summary; fmt: Format }) {
  const t = (key: PlainStatsKey) => tStats(fmt.locale, key);
  return (
    <section>
      <h2>{t('stats.snippets')}</h2>
      <Table
        caption={t('stats.topSnippets')}
        testId="top-snippets"
        rows={s.snippets.top}
        columns={[
          { label: t('stats.snippet'), cell: (r) => r.id },
          { label: t('stats.shown'), numeric: true, cell: (r) => fmt.count(r.shown) },
          { label: t('stats.used'), numeric: true, cell: (r) => fmt.count(r.used) },
        ]}
      />
      <h3>{t('stats.neverUsed')}</h3>
      <p data-testid="never-used">{s.snippets.neverUsed.length ? s.snippets.neverUsed.join(', ') : t('stats.none')}</p>
      <h3>{t('stats.gaps')}</h3>
      {(
        [
          ['stats.by.language', s.knowledgeGaps.byLanguage],
          ['stats.by.emotion', s.knowledgeGaps.byEmotion],
        ] as const
      ).map(([caption, rows]) => (
        <Table
          caption={t(caption)}
          testId="gaps"
          rows={[...rows]}
          columns={[
            { label: t('stats.key'), cell: (r) => r.key || t('stats.noData') },
            { label: t('stats.tickets'), numeric: true, cell: (r) => fmt.count(r.tickets) },
            { label: t('stats.withoutSnippet'), numeric: true, cell: (r) => fmt.count(r.withoutSnippet) },
            { label: t('stats.share'), numeric: true, cell: (r) => fmt.percent(r.share) },
          ]}
        />
      ))}
    </section>
  );
}

export function Holdout({ s, fmt }: { s: Summary; fmt: Format }) {
  const t = (key: PlainStatsKey) => tStats(fmt.locale, key);
  const rows = [
    { key: t('stats.group.assisted'), ...s.holdout.assisted },
    { key: t('stats.group.holdout'), ...s.holdout.holdout },
  ];
  return (
    <section>
      <h2>{t('stats.holdout')}</h2>
      <p class="sf-muted">{t('stats.holdoutIntro')}</p>
      <Table
        testId="holdout"
        rows={rows}
        columns={[
          { label: t('stats.group'), cell: (r) => r.key },
          { label: t('stats.tickets'), numeric: true, cell: (r) => fmt.count(r.tickets) },
          { label: t('stats.medianFirstReply'), numeric: true, cell: (r) => fmt.seconds(r.medianMsToFirstReply) },
        ]}
      />
    </section>
  );
}
