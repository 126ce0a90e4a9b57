import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { handBuiltLog } from '../../../tests/fixtures/stats/log';
import { mount } from '../../ui/test-dom';
import type { StatsEvent } from '../events';
import { toNdjson } from '../exchange';
import { mergeFiles } from '../import-files';
import { STATS_CATALOGS } from '../i18n/index';
import { enStats } from '../i18n/en';
import { summarize } from '../summary';
import { Dashboard, type DashboardServices } from './Dashboard';

function services(overrides: Partial<DashboardServices> = {}): DashboardServices {
  return {
    load: () => Promise.resolve(handBuiltLog()),
    importFiles: async (files) => (await mergeFiles(files)).report,
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

const settle = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

const rows = (table: Element) =>
  [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
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

  // Node's DOM has no 2D canvas context: every chart falls back to its table rather than a blank canvas.
  // (The chart itself and the chart/table toggle are checked in Chromium: tests/browser/dashboard.test.ts.)
  it('shows each chart as its table when no canvas can be drawn', async () => {
    const view = await render();
    const chart = view.byTestId('trend-day')[0]!;
    expect(chart.getAttribute('data-view')).toBe('table');
    expect(chart.querySelector('canvas')).toBeNull();
    expect(chart.querySelector('button')).toBeNull();
    expect(rows(chart)).toEqual([
      ['Mar 2, 2026', '1', '1', '1'],
      ['Mar 3, 2026', '2', '0', '1'],
      ['Mar 10, 2026', '2', '1', '1'],
      ['Mar 11, 2026', '1', '1', '1'],
    ]);
    expect(rows(view.byTestId('trend-week')[0]!)).toEqual([
      ['Mar 2, 2026', '3', '1', '2'],
      ['Mar 9, 2026', '3', '2', '2'],
    ]);
  });

  it('charts the editing shares by week and the insertion rate and editing by agent', async () => {
    const view = await render();
    expect(rows(view.byTestId('trend-edits')[0]!)).toEqual([
      ['Mar 2, 2026', '50%', '50%', '0%', '0%'],
      ['Mar 9, 2026', '0%', '0%', '50%', '50%'],
    ]);
    const header = [...view.byTestId('agent-edits')[0]!.querySelectorAll('th')].map((th) => th.textContent);
    expect(header).toEqual(['Agent', 'Sent as is', 'Lightly edited', 'Heavily edited', 'Rewritten']);
    expect(rows(view.byTestId('agent-insertion')[0]!)).toEqual([
      [expect.stringContaining('(a1)'), '50%'],
      [expect.stringContaining('(a2)'), '50%'],
    ]);
    expect(rows(view.byTestId('agent-edits')[0]!)).toEqual([
      [expect.stringContaining('(a1)'), '33.3%', '33.3%', '0%', '33.3%'],
      [expect.stringContaining('(a2)'), '0%', '0%', '100%', '0%'],
    ]);
  });

  it('says there is nothing to chart when there are no events', async () => {
    const view = await render('en', services({ load: () => Promise.resolve([]) }));
    const chart = view.byTestId('trend-day')[0]!;
    expect(chart.getAttribute('data-view')).toBe('empty');
    expect(chart.textContent).toContain(enStats['stats.none']);
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

  it('a poisoned event in the log (time 9e15, stored before times were bounded) is skipped, the page works', async () => {
    const poisoned = { ...handBuiltLog()[0]!, id: 'poisoned', time: 9e15 } as StatsEvent;
    const deleteOlderThan = vi.fn(() => Promise.resolve(1));
    const view = await render('en', services({ load: () => Promise.resolve([...handBuiltLog(), poisoned]), deleteOlderThan }));
    expect(figure(view.root, 'stats.ticketsAssisted')).toBe('4');
    expect(view.byTestId('stats-error')).toHaveLength(0);
    view.click([...view.root.querySelectorAll('button')].find((b) => b.textContent === enStats['stats.deleteOld']));
    await settle();
    expect(deleteOlderThan).toHaveBeenCalled();
  });

  it('shows an error state when the log cannot be summarized, and its delete buttons still work', async () => {
    // Not a valid event at all (no agent): summarize throws on it, as it did on 9e15 before.
    const broken = [{ ...handBuiltLog()[0]!, agent: undefined }] as unknown as StatsEvent[];
    const deleteAll = vi.fn(() => Promise.resolve());
    const view = await render('en', services({ load: () => Promise.resolve(broken), deleteAll }));
    expect(view.byTestId('stats-error')[0]!.textContent).toContain(enStats['stats.summaryFailed'].slice(0, 20));
    view.click(view.byTestId('delete-all')[0]);
    await settle();
    expect(deleteAll).toHaveBeenCalledOnce();
    expect(view.byTestId('data-message')[0]!.textContent).toBe(enStats['stats.deletedAll']);
  });

  it('shows an error state when the log cannot be read', async () => {
    const view = await render('en', services({ load: () => Promise.reject(new Error('IndexedDB unavailable')) }));
    expect(view.byTestId('stats-error')[0]!.textContent).toContain('IndexedDB unavailable');
    expect(view.byTestId('delete-all')).toHaveLength(1);
  });

  it('imports a poisoned export: the bad lines are reported, the good ones kept; an oversized file is refused unread', async () => {
    const good = handBuiltLog().slice(0, 3);
    const text = [JSON.stringify({ ...good[0], id: 'p1', time: 9e15 }), toNdjson(good), '{"broken'].join('\n');
    const files = [new File([text], 'ana.ndjson')];
    const report = await services().importFiles(files);
    expect(report.events).toBe(3);
    expect(report.rejections).toEqual([
      { file: 'ana.ndjson', line: 1, reason: 'time: time outside 2020-01-01..2100-01-01' },
      { file: 'ana.ndjson', line: 6, reason: 'not valid JSON' },
    ]);
    const big = await mergeFiles([new File(['x'.repeat(1_100_000)], 'huge.ndjson'), ...files], 1024 * 1024);
    expect(big.report.rejections[0]).toEqual({ file: 'huge.ndjson', line: 0, reason: 'file larger than 1 MB' });
    expect(big.events).toHaveLength(3);
  });

  it('is right-to-left and translated in Arabic', async () => {
    const { root } = await render('ar');
    const main = root.querySelector('main')!;
    expect(main.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('h1')?.textContent).toBe(STATS_CATALOGS.ar['stats.title']);
    // Dates and numbers in the charts' tables follow the locale, like the headline figures.
    const first = rows(root.querySelector('[data-testid="trend-day"]')!)[0]!;
    expect(first[0]).toBe(new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 2)));
    expect(first[0]).not.toContain('2026-03-02');
  });

  it('exports what it loaded', async () => {
    const exportEvents = vi.fn();
    const view = await render('en', services({ exportEvents }));
    view.click([...view.root.querySelectorAll('button')].find((b) => b.textContent === enStats['stats.exportNdjson']));
    expect(exportEvents).toHaveBeenCalledWith(
      'ndjson',
      handBuiltLog().map((e) => expect.objectContaining({ type: e.type })),
    );
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

  describe("on the team's ClickHouse", () => {
    // The team's figures: the hand-built log plus events only the team has (another agent's two drafts).
    const teamLog = (): StatsEvent[] => {
      const extra = handBuiltLog()
        .filter((e) => e.type === 'suggestion-shown')
        .slice(0, 2);
      return [...handBuiltLog(), ...extra.map((e, i) => ({ ...e, id: `team-${i}`, agent: { id: 'a9', name: 'Nine' } }))];
    };
    const team = vi.fn(async (options: Parameters<NonNullable<DashboardServices['team']>>[0]) => summarize(teamLog(), options));

    it("shows the team's figures, filters them in the query, and switches back to this browser", async () => {
      const view = await render('en', services({ team }));
      expect(figure(view.root, 'stats.draftsShown')).toBe('8');
      view.choose(view.byTestId('filter-agent')[0], 'a9');
      await settle();
      expect(team).toHaveBeenLastCalledWith(expect.objectContaining({ filter: expect.objectContaining({ agentIds: ['a9'] }) }));
      expect(figure(view.root, 'stats.draftsShown')).toBe('2');
      // This browser has no agent a9: the agent filter is cleared with the switch.
      view.choose(view.byTestId('stats-source')[0], 'local');
      await settle();
      expect(figure(view.root, 'stats.draftsShown')).toBe('6');
      expect(view.byTestId('breakdown-agent')[0]!.querySelectorAll('tbody tr').length).toBeGreaterThan(1);
    });

    it("says when ClickHouse cannot be read, and this browser's figures stay one choice away", async () => {
      const view = await render('en', services({ team: () => Promise.reject(new Error('ClickHouse answered 516: wrong password')) }));
      expect(view.byTestId('stats-error')[0]!.textContent).toContain(
        "The team's figures could not be read from ClickHouse: ClickHouse answered 516",
      );
      view.choose(view.byTestId('stats-source')[0], 'local');
      await settle();
      expect(view.byTestId('stats-error')).toHaveLength(0);
      expect(figure(view.root, 'stats.draftsShown')).toBe('6');
    });
  });
});

describe("Dashboard: the agents' own writing", () => {
  it('counts polished replies apart from drafts', async () => {
    const log = handBuiltLog();
    const base = log.find((e) => e.type === 'suggestion-inserted')!;
    const polished: StatsEvent[] = [
      { ...base, id: 'p1', type: 'polish-proposed', edits: 3 } as StatsEvent,
      { ...base, id: 'p2', type: 'polish-decided', kind: 'spelling', accepted: true } as StatsEvent,
      { ...base, id: 'p3', type: 'polish-decided', kind: 'tone', accepted: false } as StatsEvent,
      { ...base, id: 'p4', type: 'polish-decided', kind: 'spelling', accepted: true } as StatsEvent,
    ];
    const { root } = await render('en', services({ load: () => Promise.resolve([...log, ...polished]) }));
    const drafts = summarize(log).headline;
    expect(figure(root, 'stats.repliesPolished')).toBe('1');
    expect(figure(root, 'stats.polishAccepted')).toBe('66.7%');
    // One polished reply beside the drafts inserted or copied.
    expect(drafts.draftsInserted + drafts.draftsCopied).toBe(4);
    expect(figure(root, 'stats.ownWordsShare')).toBe('20%');
  });
});
