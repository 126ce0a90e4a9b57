// The admin's policy read from a managed area that may answer late or never (Chrome before its policy
// service has started): reads are bounded, and a late answer reaches the watchers.
import { describe, expect, it } from 'vitest';
import { loadManagedPolicy, watchManagedPolicy, type ManagedArea } from './managed-storage';

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** A managed area whose every get() waits until the test answers it. */
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
    answer: (value: Record<string, unknown>) => waiting.shift()!(value),
    change: () => listeners.forEach((l) => l({}, 'managed')),
  };
}

const WAIT = 30;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loadManagedPolicy', () => {
  it('answers with the browser policy when it comes in time', async () => {
    const slow = slowArea();
    const read = loadManagedPolicy(slow.area, WAIT);
    slow.answer({ holdoutShare: 0.2, unknown: 1 });
    expect(await read).toEqual({ holdoutShare: 0.2 });
  });

  it('goes on without a policy when the browser does not answer, and does not make later reads wait again', async () => {
    const slow = slowArea();
    const started = Date.now();
    expect(await loadManagedPolicy(slow.area, WAIT)).toEqual({});
    expect(Date.now() - started).toBeGreaterThanOrEqual(WAIT - 5);
    const again = Date.now();
    expect(await loadManagedPolicy(slow.area, 10_000)).toEqual({});
    expect(Date.now() - again).toBeLessThan(1000);
    expect(slow.gets()).toBe(1); // the second read shared the first's question
  });

  it('tells the watchers when the overdue answer arrives, and reads it from then on', async () => {
    const slow = slowArea();
    const heard: unknown[] = [];
    watchManagedPolicy((policy) => heard.push(policy), slow.area);
    expect(await loadManagedPolicy(slow.area, WAIT)).toEqual({});
    slow.answer({ holdBackDrafts: true });
    await settle();
    expect(heard).toEqual([{ holdBackDrafts: true }]);
    const next = loadManagedPolicy(slow.area, WAIT);
    slow.answer({ holdBackDrafts: true });
    expect(await next).toEqual({ holdBackDrafts: true });
  });

  it('falls back to the last policy it read, not to none, when a later read is late', async () => {
    const slow = slowArea();
    const first = loadManagedPolicy(slow.area, WAIT);
    slow.answer({ statsRetentionDays: 30 });
    expect(await first).toEqual({ statsRetentionDays: 30 });
    expect(await loadManagedPolicy(slow.area, WAIT)).toEqual({ statsRetentionDays: 30 });
  });

  it('a policy change asks the browser again rather than keep waiting on the old question', async () => {
    const slow = slowArea();
    const heard: unknown[] = [];
    watchManagedPolicy((policy) => heard.push(policy), slow.area);
    expect(await loadManagedPolicy(slow.area, WAIT)).toEqual({});
    slow.change();
    expect(slow.gets()).toBe(2);
    slow.answer({ holdoutShare: 0.5 }); // the old question, answered with a stale value
    slow.answer({ holdoutShare: 0.1 });
    await settle();
    expect(heard).toEqual([{ holdoutShare: 0.1 }]);
  });
});
