// Reads the admin's policy from the browser's managed storage area. No policy is the normal case: Chrome
// answers {} and Firefox rejects ("Managed storage manifest not found"); both mean "nothing managed".
//
// Chrome answers storage.managed.get only once its policy service has started, and that can take
// seconds after the browser starts, or never come (live reports: ghostery/ghostery-extension#3367,
// 3-8 s; microsoft/MicrosoftEdge-Extensions#299, forever; w3c/webextensions#547). Every settings read
// waits on it, so an unbounded wait leaves the sidebar blank and the options page unanswered (our own
// browser suite caught it: all reads queued behind the first, one run in three never answered). So a
// read waits at most POLICY_WAIT_MS, then goes on with the last policy this background read, or no
// policy; when the browser does answer, the watchers hear it as a policy change and apply it.
import { browser } from 'wxt/browser';
import { NO_POLICY, parseManagedPolicy, type ManagedPolicy } from './managed';

/** The narrow part of the browser's storage API this file uses (a fake in unit tests). */
export interface ManagedArea {
  managed: { get(): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

/** How long a read waits for the browser's answer before going on without it (see the header). */
export const POLICY_WAIT_MS = 1500;

// Outside an extension (Node tests) there is no browser.storage at all.
const defaultArea = (): ManagedArea | null =>
  (browser as typeof browser | undefined)?.storage?.managed ? (browser.storage as unknown as ManagedArea) : null;

interface AreaState {
  /** The browser's answer still awaited; later reads share it rather than queue more. */
  pending: Promise<ManagedPolicy> | null;
  /** The pending answer is already later than POLICY_WAIT_MS: reads do not wait for it again. */
  overdue: boolean;
  lastRead: ManagedPolicy | null;
  /** Told when an overdue answer arrives (the policy the readers went on without). */
  lateListeners: Set<(policy: ManagedPolicy) => void>;
}

const states = new WeakMap<ManagedArea, AreaState>();

function stateOf(area: ManagedArea): AreaState {
  let state = states.get(area);
  if (!state) states.set(area, (state = { pending: null, overdue: false, lastRead: null, lateListeners: new Set() }));
  return state;
}

function ask(area: ManagedArea, state: AreaState): Promise<ManagedPolicy> {
  const answer = area.managed.get().then(parseManagedPolicy, () => NO_POLICY);
  state.pending = answer;
  state.overdue = false;
  void answer.then((policy) => {
    if (state.pending !== answer) return; // a newer read replaced this one
    const wasOverdue = state.overdue;
    state.pending = null;
    state.overdue = false;
    state.lastRead = policy;
    if (wasOverdue) for (const listener of state.lateListeners) listener(policy);
  });
  return answer;
}

export async function loadManagedPolicy(area: ManagedArea | null = defaultArea(), waitMs = POLICY_WAIT_MS): Promise<ManagedPolicy> {
  if (!area) return NO_POLICY;
  const state = stateOf(area);
  const fallback = () => state.lastRead ?? NO_POLICY;
  if (state.overdue) return fallback();
  const answer = state.pending ?? ask(area, state);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<ManagedPolicy>((resolve) => {
    timer = setTimeout(() => {
      if (state.pending === answer && !state.overdue) {
        state.overdue = true;
        console.warn(`Souffleur: the browser has not given the admin's policy after ${waitMs} ms; going on without it until it does`);
      }
      resolve(fallback());
    }, waitMs);
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Calls back with the new policy when the admin changes it (the browser re-reads policies) or when an overdue answer arrives; returns the unwatch. */
export function watchManagedPolicy(callback: (policy: ManagedPolicy) => void, area: ManagedArea | null = defaultArea()): () => void {
  if (!area) return () => {};
  const state = stateOf(area);
  const listener = (_changes: Record<string, unknown>, name: string) => {
    if (name !== 'managed') return;
    // The browser has the new policy: a read that is still waiting would answer with the old one.
    state.pending = null;
    state.overdue = false;
    void loadManagedPolicy(area).then(callback);
  };
  area.onChanged.addListener(listener);
  state.lateListeners.add(callback);
  return () => {
    area.onChanged.removeListener(listener);
    state.lateListeners.delete(callback);
  };
}
