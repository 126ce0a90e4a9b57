// The admin's policy read from a managed area that may answer late or never (Chrome before its policy
// service has started): reads are bounded, fall back to the policy last read, and a late answer
// reaches the watchers and the remembered copy.
import { describe, expect, it } from 'vitest';
import type { ManagedPolicy } from './managed';
import { loadManagedPolicy, watchManagedPolicy, type ManagedArea, type PolicyMemory } from './managed-storage';

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** A managed area whose every get() waits until the test answers it, oldest question first. */
function slowArea() {
  const waiting: Array<(value: Record<string, unknown>) => void> = [];
  const listeners = new Set<Listener>();
  const area: ManagedArea = {
    managed: { get: () => new Promise((resolve) => waiting.push(resolve)) },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return {
    area,
    gets: () => waiting.length,
    /** Answers the oldest question, once asked (the area is asked a microtask after the read starts). */
    async answer(value: Record<string, unknown>) {
      for (let tick = 0; tick < 100 && !waiting.length; tick++) await Promise.resolve();
      waiting.shift()!(value);
    },
    change: () => listeners.forEach((l) => l({}, 'managed')),
  };
}

function memory(remembered: ManagedPolicy | null = null): PolicyMemory & { remembered: ManagedPolicy | null } {
  return {
    remembered,
    async recall() {
      return this.remembered;
    },
    async remember(policy) {
      this.remembered = policy;
    },
  };
}

const WAIT = 40;
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('loadManagedPolicy', () => {
  it('answers with the browser policy when it comes in time, and remembers it', async () => {
    const slow = slowArea();
    const kept = memory();
    const read = loadManagedPolicy(slow.area, { waitMs: WAIT, memory: kept });
    await slow.answer({ holdoutShare: 0.2, unknown: 1 });
    expect(await read).toEqual({ holdoutShare: 0.2 });
    await settle();
    expect(kept.remembered).toEqual({ holdoutShare: 0.2 });
  });

  it('goes on without a policy when the browser does not answer, and later reads share the question and its deadline', async () => {
    const slow = slowArea();
    const options = { waitMs: WAIT, memory: memory() };
    const started = Date.now();
    const first = loadManagedPolicy(slow.area, options);
    await sleep(WAIT / 2);
    const joined = loadManagedPolicy(slow.area, { ...options, waitMs: 10_000 });
    expect(await first).toEqual({});
    expect(await joined).toEqual({});
    expect(Date.now() - started).toBeGreaterThanOrEqual(WAIT - 5);
    expect(Date.now() - started).toBeLessThan(1000); // the joined read did not wait its own 10 s
    const again = Date.now();
    expect(await loadManagedPolicy(slow.area, { ...options, waitMs: 10_000 })).toEqual({});
    expect(Date.now() - again).toBeLessThan(1000);
    expect(slow.gets()).toBe(1);
  });

  it('falls back to the policy remembered from an earlier run, not to none', async () => {
    const slow = slowArea();
    expect(await loadManagedPolicy(slow.area, { waitMs: WAIT, memory: memory({ holdBackDrafts: true }) })).toEqual({
      holdBackDrafts: true,
    });
  });

  it('falls back to the last policy it read when a later read is late', async () => {
    const slow = slowArea();
    const options = { waitMs: WAIT, memory: memory() };
    const first = loadManagedPolicy(slow.area, options);
    await slow.answer({ statsRetentionDays: 30 });
    expect(await first).toEqual({ statsRetentionDays: 30 });
    options.memory.remembered = null; // only what this context read is left
    expect(await loadManagedPolicy(slow.area, options)).toEqual({ statsRetentionDays: 30 });
  });

  it('a get() that throws outright means no policy, like one that rejects', async () => {
    const throwing: ManagedArea = {
      managed: {
        get: () => {
          throw new Error('storage.managed is not available');
        },
      },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    };
    expect(await loadManagedPolicy(throwing, { waitMs: WAIT, memory: memory() })).toEqual({});
    const rejecting = { ...throwing, managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) } };
    expect(await loadManagedPolicy(rejecting, { waitMs: WAIT, memory: memory() })).toEqual({});
  });
});

describe('watchManagedPolicy', () => {
  it('tells the watchers when the overdue answer arrives; reads and the remembered copy have it from then on', async () => {
    const slow = slowArea();
    const options = { waitMs: WAIT, memory: memory() };
    const heard: unknown[] = [];
    watchManagedPolicy((policy) => heard.push(policy), slow.area, options);
    expect(await loadManagedPolicy(slow.area, options)).toEqual({});
    await slow.answer({ holdBackDrafts: true });
    await settle();
    expect(heard).toEqual([{ holdBackDrafts: true }]);
    expect(options.memory.remembered).toEqual({ holdBackDrafts: true });
    options.memory.remembered = null;
    expect(await loadManagedPolicy(slow.area, options)).toEqual({ holdBackDrafts: true }); // unanswered: the late answer is the fallback
  });

  it('a late answer that is what the readers went on with is not news', async () => {
    const slow = slowArea();
    const options = { waitMs: WAIT, memory: memory({ holdoutShare: 0.1 }) };
    const heard: unknown[] = [];
    watchManagedPolicy((policy) => heard.push(policy), slow.area, options);
    expect(await loadManagedPolicy(slow.area, options)).toEqual({ holdoutShare: 0.1 });
    await slow.answer({ holdoutShare: 0.1 });
    await settle();
    expect(heard).toEqual([]);
  });

  it('a policy change asks once for all watchers, and the old question answered late does not win', async () => {
    const slow = slowArea();
    const options = { waitMs: WAIT, memory: memory() };
    const heard: unknown[] = [];
    watchManagedPolicy((policy) => heard.push(['a', policy]), slow.area, options);
    watchManagedPolicy((policy) => heard.push(['b', policy]), slow.area, options);
    expect(await loadManagedPolicy(slow.area, options)).toEqual({});
    slow.change();
    await settle();
    expect(slow.gets()).toBe(2); // the first question and one for the change
    await slow.answer({ holdoutShare: 0.5 }); // the old question, answered with a stale value
    await slow.answer({ holdoutShare: 0.1 });
    await settle();
    expect(heard).toEqual([
      ['a', { holdoutShare: 0.1 }],
      ['b', { holdoutShare: 0.1 }],
    ]);
    options.memory.remembered = null;
    expect(await loadManagedPolicy(slow.area, options)).toEqual({ holdoutShare: 0.1 }); // unanswered: falls back to the fresh one
  });

  it('an unwatched callback hears nothing, and a failing watcher does not silence the others', async () => {
    const slow = slowArea();
    const options = { waitMs: WAIT, memory: memory() };
    const heard: string[] = [];
    const unwatch = watchManagedPolicy(() => heard.push('gone'), slow.area, options);
    watchManagedPolicy(
      () => {
        throw new Error('broken watcher');
      },
      slow.area,
      options,
    );
    watchManagedPolicy(() => heard.push('kept'), slow.area, options);
    unwatch();
    expect(await loadManagedPolicy(slow.area, options)).toEqual({});
    await slow.answer({ holdoutShare: 0.2 });
    await settle();
    expect(heard).toEqual(['kept']);
  });
});
