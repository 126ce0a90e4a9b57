// Issue 15: where the extension's main-thread time goes on a helpdesk page load with the sidebar
// collapsed, or open with `--open` (the bench's figure: scripts/bench/main-thread.ts; findings: docs/main-thread-budget.md).
// Each load is captured twice at once on the page's renderer: a CDP trace (devtools.timeline: style,
// layout, paint, GC, script evaluation, thread CPU per event) and a V8 CPU profile (100 µs samples,
// every JavaScript stack, ours in the isolated world included). The trace's events are summed per name
// on the page's main thread, with and without the extension, loads taken in turn; the profile's samples
// with a frame of ours are summed by our outermost function (the entry: module evaluation, observer,
// timer, message answer) and by our innermost one (with the browser's own functions it called).
// Our tasks: each top-level task of the page's main thread in which the profile has a sample of ours, named
// by what of ours ran in it (the paint of a render, a message's answer, the module's evaluation), with the
// trace's style, layout, paint, GC and compile inside it; renders are counted in order (render 1, 2, ...).
// The profile's clock is the trace's. Components: samples by the innermost capitalised function of ours
// (a Preact component, with what it called that is not a component).
// Names are readable only in a build without mangling (the doc says how it was built); the default
// build's names are terser's.
// Usage: `npm run bench:main-thread-profile -- [--runs N] [--page zendesk|freshdesk] [--ext <dir>] [--focus <function>] [--open]`.
import type { BrowserContext } from 'playwright-core';
import { loadavg } from 'node:os';
import { launchWithExtension, launchWithoutExtension } from '../../tests/support/chromium.ts';
import { startFixtureServer } from '../../tests/support/fixture-server.ts';
import { median } from './report.ts';
import { collapse, PAGES } from './sidebar-page.ts';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
};
const RUNS = Number(option('--runs') ?? 5);
/** `--focus <function>`: only the samples under that function of ours (e.g. `read`, the page reading). */
const FOCUS = option('--focus');
const SETTLE_MS = 1500;
/** `--open`: the sidebar as it comes (open, the default); without it, collapsed first. */
const OPEN = argv.includes('--open');
const OURS = 'chrome-extension://';
/** The trace events summed (thread CPU, ms); nested names overlap, each is read on its own. */
const NAMES = [
  'RunTask',
  'EvaluateScript',
  'v8.compile',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'ParseAuthorStyleSheet',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; columnNumber: number };
  children?: number[];
}
interface Capture {
  trace: Map<string, number>;
  entries: Map<string, number>;
  leaves: Map<string, number>;
  components: Map<string, number>;
  /** Our tasks' thread CPU by what of ours ran in them, and in all of them by trace event (kind). */
  tasks: Map<string, number>;
  kinds: Map<string, number>;
  ours: number;
}
/** A top-level task's event, by Chromium version; a promise's continuation runs in a checkpoint outside any. */
const TASKS = ['RunTask', 'ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint'];
/** The trace events counted inside our tasks, by kind. */
const KINDS = [
  'v8.compile',
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'RunMicrotasks',
  'FireAnimationFrame',
  'TimerFire',
  'UpdateLayoutTree',
  'ParseAuthorStyleSheet',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'MinorGC',
  'MajorGC',
  'V8.CompileCode',
  'V8.ParseFunction',
];

const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);

async function capture(context: BrowserContext, url: string): Promise<Capture> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'v8.execute', 'blink'] },
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { profile } = await cdp.send('Profiler.stop');
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();

  const host = new URL(url).host;
  const mainEvent = events.find((event) => event.name === 'v8.compile' && event.args?.data?.url?.includes(host));
  const trace = new Map<string, number>();
  const main = events.filter((event) => event.pid === mainEvent?.pid && event.tid === mainEvent.tid && event.ph === 'X');
  for (const event of main)
    if (NAMES.includes(event.name))
      add(
        trace,
        event.name === 'v8.compile' ? `v8.compile ${event.args?.data?.url?.split('/').pop() || '(inline)'}` : event.name,
        (event.tdur ?? 0) / 1000,
      );

  const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node as ProfileNode]));
  const parents = new Map<number, number>();
  for (const node of nodes.values()) for (const child of node.children ?? []) parents.set(child, node.id);
  const entries = new Map<string, number>();
  const leaves = new Map<string, number>();
  const components = new Map<string, number>();
  /** Each sample of ours: when, and the label of the task it would make ours. */
  const ownSamples: { at: number; label: string }[] = [];
  let at = profile.startTime;
  let ours = 0;
  // The loader is line 1 of its file, the module line 2 of its own: an anonymous function by its column.
  const name = ({ callFrame: { functionName, url, columnNumber } }: ProfileNode) =>
    `${url.split('/').pop()}:${functionName || `(anonymous ${columnNumber})`}`;
  profile.samples?.forEach((id, i) => {
    at += profile.timeDeltas?.[i] ?? 0;
    const ms = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) stack.push(nodes.get(at)!);
    const own = stack.filter((node) => node.callFrame.url.startsWith(OURS));
    if (!own.length || (FOCUS && !own.some((node) => node.callFrame.functionName === FOCUS))) return;
    ours += ms;
    const names = own.map((node) => node.callFrame.functionName);
    ownSamples.push({ at, label: names.includes('paint') ? 'render' : own.slice(-2).reverse().map(name).join(' > ') });
    // Preact's own minified functions (`F$1`, `N`) are capitalised too: a component has a longer name.
    const component = own.find((node) => /^[A-Z](?![$\d]*$)/.test(node.callFrame.functionName));
    if (component) add(components, `${component.callFrame.functionName}${own[0] === component ? '' : ` > ${name(own[0]!)}`}`, ms);
    // The entry and the two calls of ours under it: which part of the start, which render.
    add(entries, own.slice(-3).reverse().map(name).join(' > '), ms);
    // The innermost of ours, and the browser's function it was in (a DOM call, a regex), if any.
    const leaf = stack[0]!;
    add(leaves, `${name(own[0]!)}${leaf.callFrame.url ? '' : ` > ${leaf.callFrame.functionName}`}`, ms);
  });
  // Our tasks: the top-level tasks holding a sample of ours, named by their most frequent label.
  const tasks = new Map<string, number>();
  const kinds = new Map<string, number>();
  let renders = 0;
  const inside = (outer: TraceEvent, event: TraceEvent) =>
    event.ts >= outer.ts && event.ts + (event.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  let taskEnd = -Infinity;
  for (const task of main.filter((event) => TASKS.includes(event.name)).sort((a, b) => a.ts - b.ts)) {
    // A task or checkpoint inside another (a checkpoint ends most tasks) is counted with it.
    if (task.ts < taskEnd) continue;
    taskEnd = task.ts + (task.dur ?? 0);
    const labels = new Map<string, number>();
    for (const sample of ownSamples) if (sample.at >= task.ts && sample.at <= task.ts + (task.dur ?? 0)) add(labels, sample.label, 1);
    if (!labels.size) continue;
    const label = [...labels].sort((a, b) => b[1] - a[1])[0]![0];
    add(tasks, label === 'render' ? `render ${++renders}` : label, (task.tdur ?? 0) / 1000);
    add(kinds, 'all our tasks', (task.tdur ?? 0) / 1000);
    for (const event of main)
      if (KINDS.includes(event.name) && event !== task && inside(task, event)) add(kinds, event.name, (event.tdur ?? 0) / 1000);
  }
  return { trace, entries, leaves, components, tasks, kinds, ours };
}

const fmt = (values: number[]) => `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}..${Math.max(...values).toFixed(1)})`;
function top(captures: Capture[], key: 'entries' | 'leaves' | 'components' | 'tasks' | 'kinds', count: number): string[] {
  const names = new Set(captures.flatMap((c) => [...c[key].keys()]));
  return [...names]
    .map((n) => ({ n, values: captures.map((c) => c[key].get(n) ?? 0) }))
    .sort((x, y) => median(y.values) - median(x.values) || y.values.reduce((a, b) => a + b) - x.values.reduce((a, b) => a + b))
    .slice(0, count)
    .map(({ n, values }) => `    ${fmt(values).padEnd(22)} ${n}`);
}

const server = await startFixtureServer();
const plain = await launchWithoutExtension({ fixturePort: server.port });
const extension = await launchWithExtension({ fixturePort: server.port, extensionDir: option('--ext') });
if (!OPEN) await collapse(extension.context);
for (const [helpdesk, url] of PAGES.filter(([h]) => (option('--page') ?? h) === h)) {
  await capture(plain.context, url); // warm-up: HTTP cache, code caches
  await capture(extension.context, url);
  // A second load with the extension, closed like every other: a page of the site left open made each later
  // load deserialize the fixture's Froala from its code cache on the main thread (13-20 ms instead of ~1.5).
  await capture(extension.context, url);
  const without: Capture[] = [];
  const withExt: Capture[] = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await capture(plain.context, url));
    withExt.push(await capture(extension.context, url));
  }
  console.log(
    `${helpdesk}, sidebar ${OPEN ? 'open' : 'collapsed'}, ${RUNS} loads each, load average ${loadavg()[0]!.toFixed(1)}; ms CPU, median (min..max)`,
  );
  console.log('  trace, page main thread: with extension | without | median paired difference');
  const compiled = new Set([...withExt, ...without].flatMap((c) => [...c.trace.keys()].filter((k) => k.startsWith('v8.compile'))));
  for (const n of [...NAMES.filter((name) => name !== 'v8.compile'), ...compiled]) {
    const a = withExt.map((c) => c.trace.get(n) ?? 0);
    const b = without.map((c) => c.trace.get(n) ?? 0);
    if (!a.some(Boolean) && !b.some(Boolean)) continue;
    console.log(`    ${n.padEnd(22)} ${fmt(a).padEnd(22)} ${fmt(b).padEnd(22)} ${median(a.map((v, i) => v - b[i]!)).toFixed(1)}`);
  }
  console.log('  our tasks (a sample of ours in them), thread CPU, by what ran in them:');
  console.log(top(withExt, 'tasks', 20).join('\n'));
  console.log('  in our tasks, by trace event (nested events overlap):');
  console.log(top(withExt, 'kinds', KINDS.length + 1).join('\n'));
  console.log(`  CPU profile, samples in our code (with what they called): ${fmt(withExt.map((c) => c.ours))}`);
  console.log('  by our outermost three functions (the entry first):');
  console.log(top(withExt, 'entries', 25).join('\n'));
  console.log('  by our innermost function (> the browser function it was in):');
  console.log(top(withExt, 'leaves', 30).join('\n'));
  console.log('  by our innermost component (> the innermost function of ours under it):');
  console.log(top(withExt, 'components', 30).join('\n'));
}
await extension.close();
await plain.close();
await server.close();
