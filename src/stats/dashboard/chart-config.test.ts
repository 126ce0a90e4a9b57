import { describe, expect, it } from 'vitest';
import { chartData, chartOptions, type ChartLook, type ChartSpec } from './chart-config';
import { makeFormat } from './parts';

const look = (rtl: boolean): ChartLook => ({
  rtl,
  font: 'Test Sans',
  text: '#111',
  muted: '#555',
  grid: '#ddd',
  color: (variable) => ({ '--sf-chart-1': '#001', '--sf-chart-2': '#002', '--sf-chart-3': '#003', '--sf-chart-4': '#004' })[variable],
});

const counts: ChartSpec = {
  value: 'count',
  labels: ['Mar 2, 2026', 'Mar 3, 2026'],
  series: [
    { label: 'Shown', values: [1200, 2], color: '--sf-chart-1' },
    { label: 'Inserted', values: [1, 0], color: '--sf-chart-2' },
  ],
};
const shares: ChartSpec = {
  value: 'share',
  stacked: true,
  horizontal: true,
  labels: ['Ana'],
  series: [{ label: 'As is', values: [0.25], color: '--sf-chart-3' }],
};

// Chart.js calls these with its own context objects; the tests pass just the fields they read.
type Callback = (this: unknown, ...args: unknown[]) => string;
const tick = (axis: { ticks?: { callback?: unknown } } | undefined, value: number) =>
  (axis!.ticks!.callback as Callback).call(null, value, 0, []);

describe('chart configuration', () => {
  it('colours each series from its CSS variable and passes the values through', () => {
    const data = chartData(counts, look(false));
    expect(data.labels).toEqual(counts.labels);
    expect(data.datasets.map((d) => [d.label, d.backgroundColor, d.data])).toEqual([
      ['Shown', '#001', [1200, 2]],
      ['Inserted', '#002', [1, 0]],
    ]);
  });

  it('draws text and grid in the theme colours, without animation', () => {
    const options = chartOptions(counts, look(false), makeFormat('en'));
    expect(options.animation).toBe(false);
    expect(options.color).toBe('#111');
    expect(options.plugins?.legend?.labels?.color).toBe('#111');
    expect(options.scales?.x?.ticks?.color).toBe('#555');
    expect(options.scales?.y?.grid?.color).toBe('#ddd');
  });

  it('formats the value axis and the tooltip in the locale', () => {
    const de = chartOptions(counts, look(false), makeFormat('de'));
    expect(de.locale).toBe('de');
    expect(tick(de.scales?.y, 1200)).toBe('1.200');
    const label = de.plugins!.tooltip!.callbacks!.label as Callback;
    expect(label.call(null, { dataset: { label: 'Shown' }, raw: 1200 })).toBe('Shown: 1.200');

    const share = chartOptions(shares, look(false), makeFormat('en'));
    expect(share.indexAxis).toBe('y');
    expect(share.scales?.x?.max).toBe(1);
    expect(share.scales?.x?.stacked).toBe(true);
    expect(tick(share.scales?.x, 0.25)).toBe('25%');
  });

  it('runs right to left in Arabic: reversed x axis, values on the right, RTL legend and tooltip', () => {
    const ltr = chartOptions(counts, look(false), makeFormat('en'));
    expect(ltr.scales?.x?.reverse).toBe(false);
    expect(ltr.scales?.y?.position).toBe('left');
    const rtl = chartOptions(counts, look(true), makeFormat('ar'));
    expect(rtl.scales?.x?.reverse).toBe(true);
    expect(rtl.scales?.y?.position).toBe('right');
    expect(rtl.plugins?.legend?.rtl).toBe(true);
    expect(rtl.plugins?.tooltip?.rtl).toBe(true);
    expect(rtl.plugins?.tooltip?.textDirection).toBe('rtl');
    // Side-by-side bars read from the right: first series rightmost in each group, legend in the same order.
    expect(chartData(counts, look(true)).datasets.map((d) => d.label)).toEqual(['Inserted', 'Shown']);
    expect(rtl.plugins?.legend?.reverse).toBe(true);
    expect(chartOptions(shares, look(true), makeFormat('ar')).plugins?.legend?.reverse).toBe(false);
    expect(tick(rtl.scales?.y, 1200)).toBe(new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(1200));
  });
});
