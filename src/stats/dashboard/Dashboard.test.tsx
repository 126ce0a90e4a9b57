import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { handBuiltLog } from '../../../tests/fixtures/stats/log';
import { mount } from '../../ui/test-dom';
import { mergeExports, toNdjson } from '../exchange';
import { STATS_CATALOGS } from '../i18n/index';
import { enStats } from '../i18n/en';
import { Dashboard, type DashboardServices } from './Dashboard';

function services(overrides: Partial<DashboardServices> = {}): DashboardServices {
  return {
    load: () => Promise.resolve(handBuiltLog()),
    importFiles: (files) => Promise.resolve(mergeExports(files).report),
    exportEvents: vi.fn(),
    deleteOlderThan: () => Promise.resolve(0),
    deleteAll: () => Promise.resolve(),
    confirm: () => true,
    ...overrides,
  };
}

async function render(locale: 'en' | 'ar' = 'en', s = services()) {
  const view = mount(<Dashboard locale={locale} services={s} theme="dark" />);
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return view;
}

const figure = (root: HTMLElement, key: string) => root.querySelector(`[data-figure="${key}"] dd`)?.textContent;

describe('Dashboard', () => {
  it('shows the headline figures of the summary', async () => {
    const { root } = await render();
    expect(figure(root, 'stats.ticketsAssisted')).toBe('4');
    expect(figure(root, 'stats.draftsShown')).toBe('6');
    expect(figure(root, 'stats.insertionRate')).toBe('50%');
    expect(figure(root, 'stats.sentAsIs')).toBe('25%');
    expect(figure(root, 'stats.meanSimilarity')).toBe('0.6');
    expect(figure(root, 'stats.timeToSuggestion')).toBe('2.5 s');
    expect(figure(root, 'stats.timeSaved')).toBe('14 min');
    const holdout = root.querySelector('[data-testid="holdout"] tbody')?.textContent ?? '';
    expect(holdout).toContain('90 s');
    expect(holdout).toContain('150 s');
  });

  it('filters by agent', async () => {
    const view = await render();
    view.choose(view.byTestId('filter-agent')[0], 'a2');
    expect(figure(view.root, 'stats.draftsShown')).toBe('2');
    expect(view.byTestId('breakdown-agent')[0]!.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('switches a chart to its table view', async () => {
    const view = await render();
    const chart = view.byTestId('trend-day')[0]!;
    view.click(chart.querySelector('button'));
    expect(chart.querySelectorAll('tbody tr')).toHaveLength(4);
    expect(chart.querySelector('tbody tr')?.textContent).toContain('2026-03-02');
  });

  it('lists the snippets never used and the knowledge gaps', async () => {
    const view = await render();
    expect(view.byTestId('never-used')[0]!.textContent).toBe('k2');
    expect(view.byTestId('gaps')[0]!.textContent).toContain('de');
  });

  it('deletes all data only after confirmation', async () => {
    const deleteAll = vi.fn(() => Promise.resolve());
    const view = await render('en', services({ deleteAll, confirm: () => false }));
    view.click(view.byTestId('delete-all')[0]);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(deleteAll).not.toHaveBeenCalled();
  });

  it('is right-to-left and translated in Arabic', async () => {
    const { root } = await render('ar');
    const main = root.querySelector('main')!;
    expect(main.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('h1')?.textContent).toBe(STATS_CATALOGS.ar['stats.title']);
  });

  it('exports what it loaded', async () => {
    const exportEvents = vi.fn();
    const view = await render('en', services({ exportEvents }));
    view.click([...view.root.querySelectorAll('button')].find((b) => b.textContent === enStats['stats.exportNdjson']));
    expect(exportEvents).toHaveBeenCalledWith('ndjson', handBuiltLog().map((e) => expect.objectContaining({ type: e.type })));
    expect(toNdjson(exportEvents.mock.calls[0]![1] as ReturnType<typeof handBuiltLog>).split('\n')).toHaveLength(40);
  });
});

describe('dashboard catalogs', () => {
  it('translate every key with the same placeholders as English', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const catalog of Object.values(STATS_CATALOGS)) {
      for (const [key, english] of Object.entries(enStats)) {
        const text = catalog[key as keyof typeof enStats];
        expect(text, key).toBeTruthy();
        expect(placeholders(text), key).toEqual(placeholders(english));
      }
    }
  });
});
