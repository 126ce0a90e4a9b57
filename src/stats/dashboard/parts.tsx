// Small pieces of the dashboard: number and date formatting, a data table, and a chart that always has a
// table view. All text is rendered as text nodes.
import { useState } from 'preact/hooks';
import type { UiLocale } from '../../i18n/index';
import { tStats } from '../i18n/index';
import { CanvasChart } from './Chart';
import { formatValue, type ChartSpec, type Format } from './chart-config';

export type { Format };

export function makeFormat(locale: UiLocale): Format {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const none = tStats(locale, 'stats.noData');
  return {
    locale,
    count: (n) => count.format(n),
    percent: (n) => (n === null ? none : percent.format(n)),
    decimal: (n) => (n === null ? none : decimal.format(n)),
    seconds: (ms) => (ms === null ? none : tStats(locale, 'stats.seconds', { n: decimal.format(ms / 1000) })),
    minutes: (n) => tStats(locale, 'stats.minutes', { n: count.format(n) }),
    date: (iso) => {
      const time = Date.parse(`${iso}T00:00:00Z`);
      return Number.isNaN(time) ? iso : date.format(time);
    },
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

/** A chart with its table view: the table is the accessible form, the one to copy from, and what is shown
 * when no canvas can be drawn. */
export function ChartFigure({
  title,
  testId,
  fmt,
  labelHeader,
  spec,
}: {
  title: string;
  testId: string;
  fmt: Format;
  labelHeader: string;
  spec: ChartSpec;
}) {
  const [asTable, setAsTable] = useState(false);
  const [noCanvas, setNoCanvas] = useState(false);
  const empty = spec.labels.length === 0;
  const table = (
    <Table
      columns={[
        { label: labelHeader, cell: (i: number) => spec.labels[i]! },
        ...spec.series.map((s) => ({ label: s.label, numeric: true, cell: (i: number) => formatValue(spec, fmt, s.values[i] ?? null) })),
      ]}
      rows={spec.labels.map((_, i) => i)}
    />
  );
  return (
    <figure class="sf-chart" data-testid={testId} data-view={empty ? 'empty' : asTable || noCanvas ? 'table' : 'chart'}>
      <figcaption>
        <span>{title}</span>
        {!empty && !noCanvas && (
          <button type="button" class="sf-btn" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {tStats(fmt.locale, asTable ? 'stats.showChart' : 'stats.showTable')}
          </button>
        )}
      </figcaption>
      {empty ? (
        <p class="sf-muted">{tStats(fmt.locale, 'stats.none')}</p>
      ) : asTable || noCanvas ? (
        table
      ) : (
        <CanvasChart
          spec={spec}
          fmt={fmt}
          label={`${title}: ${spec.series.map((s) => s.label).join(', ')}`}
          onUnavailable={() => setNoCanvas(true)}
        />
      )}
    </figure>
  );
}
