// What a dashboard chart shows (ChartSpec) and how it looks, turned into a Chart.js configuration.
// Pure apart from readLook, so the colours, right-to-left layout and number formats are tested in Node.
import type { ChartData, ChartOptions } from 'chart.js';
import type { UiLocale } from '../../i18n/index';

/** Number and date formatting in the dashboard's locale (made by parts.tsx's makeFormat). */
export interface Format {
  locale: UiLocale;
  count(n: number): string;
  percent(n: number | null): string;
  decimal(n: number | null): string;
  seconds(ms: number | null): string;
  minutes(n: number): string;
  /** A UTC day given as YYYY-MM-DD (the summary's trend keys). */
  date(iso: string): string;
}

/** The dashboard's chart colours: CSS variables, so the light and dark themes each pick their own. */
export type ChartColor = '--sf-chart-1' | '--sf-chart-2' | '--sf-chart-3' | '--sf-chart-4';

export interface ChartSeries {
  label: string;
  /** One value per label; null where there is nothing to measure (a share of zero replies). */
  values: (number | null)[];
  color: ChartColor;
}

export interface ChartSpec {
  labels: string[];
  series: ChartSeries[];
  /** Counts, or shares between 0 and 1 (shown as percentages, on an axis up to 100 %). */
  value: 'count' | 'share';
  /** Series stacked in one bar per label (shares of a whole) instead of side by side. */
  stacked?: boolean;
  /** Bars along the labels drawn sideways, for long labels such as agent names. */
  horizontal?: boolean;
}

/** The page's colours, font and direction where the chart is drawn. */
export interface ChartLook {
  rtl: boolean;
  font: string;
  text: string;
  muted: string;
  grid: string;
  color(variable: ChartColor): string;
}

export function readLook(element: Element): ChartLook {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    rtl: style.direction === 'rtl',
    font: read('--sf-font', 'system-ui, sans-serif'),
    text: read('--sf-fg', '#1c2026'),
    muted: read('--sf-fg-muted', '#5b636e'),
    grid: read('--sf-border', '#dcdfe4'),
    color: (variable) => read(variable, '#2b59c3'),
  };
}

/** A value as the table and the tooltip show it, in the dashboard's locale. */
export function formatValue(spec: Pick<ChartSpec, 'value'>, fmt: Format, value: number | null): string {
  if (spec.value === 'share' || value === null) return fmt.percent(value);
  return fmt.count(value);
}

/** Chart.js keeps side-by-side bars in dataset order even on a reversed axis: right to left, the datasets
 * (and the legend, to match) are reversed so the first series is the first read. Stacks keep their order. */
const readsBackwards = (spec: ChartSpec, look: ChartLook) => look.rtl && !spec.stacked;

export function chartData(spec: ChartSpec, look: ChartLook): ChartData<'bar', (number | null)[], string> {
  const series = readsBackwards(spec, look) ? [...spec.series].reverse() : spec.series;
  return {
    labels: spec.labels,
    datasets: series.map((s) => ({
      label: s.label,
      data: s.values,
      backgroundColor: look.color(s.color),
      borderRadius: 2,
      maxBarThickness: 40,
    })),
  };
}

export function chartOptions(spec: ChartSpec, look: ChartLook, fmt: Format): ChartOptions<'bar'> {
  const share = spec.value === 'share';
  const stacked = spec.stacked ?? false;
  const direction = look.rtl ? 'rtl' : 'ltr';
  const valueTicks = {
    color: look.muted,
    precision: share ? undefined : 0,
    callback: (value: string | number) => formatValue(spec, fmt, Number(value)),
  };
  const valueAxis = {
    stacked,
    beginAtZero: true,
    max: share ? 1 : undefined,
    grid: { color: look.grid },
    border: { color: look.grid },
    ticks: valueTicks,
  };
  const categoryAxis = { stacked, grid: { display: false }, border: { color: look.grid }, ticks: { color: look.muted } };
  const [x, y] = spec.horizontal ? [valueAxis, categoryAxis] : [categoryAxis, valueAxis];
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: spec.horizontal ? 'y' : 'x',
    locale: fmt.locale,
    color: look.text,
    font: { family: look.font },
    scales: {
      // Right to left: time and values run from the right, the axis labels sit on the right.
      x: { ...x, reverse: look.rtl },
      y: { ...y, position: look.rtl ? 'right' : 'left' },
    },
    plugins: {
      legend: {
        rtl: look.rtl,
        reverse: readsBackwards(spec, look),
        textDirection: direction,
        labels: { color: look.text, boxWidth: 12, font: { family: look.font } },
      },
      tooltip: {
        rtl: look.rtl,
        textDirection: direction,
        titleFont: { family: look.font },
        bodyFont: { family: look.font },
        callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatValue(spec, fmt, item.raw as number | null)}` },
      },
    },
  };
}
