// Small pieces of the dashboard: number formatting, a data table, and a bar chart that always has a table
// view (the table is the accessible form and the one to copy from). All text is rendered as text nodes.
import { useState } from 'preact/hooks';
import type { UiLocale } from '../../i18n/index';
import { tStats } from '../i18n/index';

export interface Format {
  locale: UiLocale;
  count(n: number): string;
  percent(n: number | null): string;
  decimal(n: number | null): string;
  seconds(ms: number | null): string;
  minutes(n: number): string;
}

export function makeFormat(locale: UiLocale): Format {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const none = tStats(locale, 'stats.noData');
  return {
    locale,
    count: (n) => count.format(n),
    percent: (n) => (n === null ? none : percent.format(n)),
    decimal: (n) => (n === null ? none : decimal.format(n)),
    seconds: (ms) => (ms === null ? none : tStats(locale, 'stats.seconds', { n: decimal.format(ms / 1000) })),
    minutes: (n) => tStats(locale, 'stats.minutes', { n: count.format(n) }),
  };
}

export interface Column<Row> {
  label: string;
  cell(row: Row): string;
  numeric?: boolean;
}

export function Table<Row>({ caption, columns, rows, testId }: { caption?: string; columns: Column<Row>[]; rows: Row[]; testId?: string }) {
  return (
    <table class="sf-table" data-testid={testId}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" class={c.numeric ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            {columns.map((c) => (
              <td class={c.numeric ? 'num' : undefined}>{c.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface Series {
  label: string;
  values: number[];
  /** CSS colour variable, so light and dark themes both read well. */
  color: string;
}

/** Grouped bars over labelled points (days, weeks, agents…), with a button to switch to the table. */
export function BarChart({ title, labels, series, fmt, testId }: { title: string; labels: string[]; series: Series[]; fmt: Format; testId: string }) {
  const [asTable, setAsTable] = useState(false);
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupWidth = 100 / Math.max(1, labels.length);
  const barWidth = (groupWidth * 0.8) / series.length;
  return (
    <figure class="sf-chart" data-testid={testId}>
      <figcaption>
        <span>{title}</span>
        <button type="button" class="sf-btn" onClick={() => setAsTable(!asTable)}>
          {tStats(fmt.locale, asTable ? 'stats.showChart' : 'stats.showTable')}
        </button>
      </figcaption>
      {asTable ? (
        <Table
          columns={[{ label: tStats(fmt.locale, 'stats.date'), cell: (i: number) => labels[i]! }, ...series.map((s) => ({ label: s.label, numeric: true, cell: (i: number) => fmt.count(s.values[i]!) }))]}
          rows={labels.map((_, i) => i)}
        />
      ) : (
        <>
          <svg viewBox="0 0 100 40" preserveAspectRatio="none" role="img" aria-label={title} class="sf-bars">
            {labels.map((label, i) =>
              series.map((s, j) => {
                const h = (s.values[i]! / max) * 38;
                return (
                  <rect x={i * groupWidth + groupWidth * 0.1 + j * barWidth} y={40 - h} width={barWidth} height={h} style={{ fill: s.color }}>
                    <title>{`${label} · ${s.label}: ${fmt.count(s.values[i]!)}`}</title>
                  </rect>
                );
              }),
            )}
          </svg>
          <div class="sf-axis">
            <span>{labels[0] ?? ''}</span>
            <span>{labels.length > 1 ? labels[labels.length - 1] : ''}</span>
          </div>
          <ul class="sf-legend">
            {series.map((s) => (
              <li>
                <i style={{ background: s.color }} />
                {s.label}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
