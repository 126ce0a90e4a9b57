// Reads the admin's policy from the browser's managed storage area. No policy is the normal case: Chrome
// answers {} and Firefox rejects ("Managed storage manifest not found"); both mean "nothing managed".
//
// Chrome answers storage.managed.get only once its policy service has started, and that can take
// seconds after the browser starts, or never come (live reports: ghostery/ghostery-extension#3367,
// 3-8 s; microsoft/MicrosoftEdge-Extensions#299, forever; w3c/webextensions#547). Every settings read
// needs the policy, so an unbounded wait leaves the sidebar blank and the options page unanswered (our
// browser suite caught it: every read queued behind the first, and in some runs none was answered).
// So a read waits at most POLICY_WAIT_MS, then goes on with the policy last read, in this context or
// an earlier one (remembered in storage.local, as Ghostery does: ghostery-extension#3368), or with no
// policy if the browser has never given one. When the browser does answer, the watchers hear it as a
// policy change, and the remembered copy changes, which other contexts hear as a storage change.
// What that leaves open, deliberately: on a profile whose very first read is never answered the
// agent's own settings apply until the browser answers. Chrome can equally answer {} before a policy is
// loaded (w3c/webextensions#547), so this API cannot promise more than "the policy once the browser has it".
import { browser } from 'wxt/browser';
import { NO_POLICY, parseManagedPolicy, type ManagedPolicy } from './managed';
import { REMEMBERED_POLICY_KEY } from './remembered-policy';

/** The narrow part of the browser's storage API this file uses (a fake in unit tests). */
export interface ManagedArea {
  managed: { get(): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

/** The policy last read, kept across contexts and restarts. */
export interface PolicyMemory {
  recall(): Promise<ManagedPolicy | null>;
  remember(policy: ManagedPolicy): Promise<void>;
}

/** How long a read waits for the browser's answer before going on without it (see the header). */
export const POLICY_WAIT_MS = 1500;
/** An overdue question is asked again after this long, in case the browser dropped it. */
export const POLICY_ASK_AGAIN_MS = 30_000;

// Outside an extension (Node tests) there is no browser.storage at all.
const defaultArea = (): ManagedArea | null =>
  (browser as typeof browser | undefined)?.storage?.managed ? (browser.storage as unknown as ManagedArea) : null;

const storageMemory: PolicyMemory = {
  async recall() {
    const stored = (await browser.storage.local.get(REMEMBERED_POLICY_KEY))[REMEMBERED_POLICY_KEY];
    return stored === undefined ? null : parseManagedPolicy(stored);
  },
  // No policy is not written down: an unmanaged browser (nearly every agent's) keeps nothing.
  async remember(policy) {
    if (Object.keys(policy).length) await browser.storage.local.set({ managedPolicy: policy });
    else await browser.storage.local.remove(REMEMBERED_POLICY_KEY);
  },
};

interface Question {
  answer: Promise<ManagedPolicy>;
  /** Settles POLICY_WAIT_MS after asking: every read of this question waits for the same deadline. */
  deadline: Promise<void>;
  /** What reads were given instead of the answer, once its deadline passed. */
  givenInstead: ManagedPolicy | null;
  askedAt: number;
}

interface AreaState {
  /** The question still unanswered; later reads share it rather than ask again. */
  question: Question | null;
  /** Bumped by a policy change: answers to questions asked before it are stale. */
  generation: number;
  /** A change event is being dispatched to the watchers (they share one new question). */
  changeHeard: boolean;
  lastRead: ManagedPolicy | null;
  /** Told when an overdue answer arrives (the readers went on without it). */
  lateListeners: Set<(policy: ManagedPolicy) => void>;
}

const states = new WeakMap<ManagedArea, AreaState>();

function stateOf(area: ManagedArea): AreaState {
  let state = states.get(area);
  if (!state) states.set(area, (state = { question: null, generation: 0, changeHeard: false, lastRead: null, lateListeners: new Set() }));
  return state;
}

const samePolicy = (a: ManagedPolicy | null, b: ManagedPolicy) => a !== null && JSON.stringify(a) === JSON.stringify(b);

function ask(area: ManagedArea, state: AreaState, memory: PolicyMemory, waitMs: number): Question {
  const generation = state.generation;
  // Through a promise: a get() that throws outright is "no policy" too, like one that rejects.
  const answer = Promise.resolve()
    .then(() => area.managed.get())
    .then(parseManagedPolicy, () => NO_POLICY);
  const question: Question = {
    answer,
    askedAt: Date.now(),
    givenInstead: null,
    deadline: new Promise((resolve) => setTimeout(resolve, waitMs)).then(() => {
      if (state.question === question)
        console.warn(`Souffleur: the browser has not given the admin's policy after ${waitMs} ms; going on without it until it does`);
    }),
  };
  state.question = question;
  void answer.then(async (policy) => {
    if (generation !== state.generation) return; // the policy changed since: a newer question answers
    if (state.question === question) state.question = null;
    state.lastRead = policy;
    // Only an answer that differs from what the readers went on with is news (usually it is the same).
    if (question.givenInstead && !samePolicy(question.givenInstead, policy))
      for (const listener of state.lateListeners) {
        try {
          listener(policy);
        } catch (error) {
          console.warn('Souffleur: a policy watcher failed', error);
        }
      }
    const remembered = (await memory.recall().catch(() => null)) ?? NO_POLICY;
    if (!samePolicy(remembered, policy)) await memory.remember(policy).catch(() => undefined);
  });
  return question;
}

async function fallback(state: AreaState, memory: PolicyMemory): Promise<ManagedPolicy> {
  return state.lastRead ?? (await memory.recall().catch(() => null)) ?? NO_POLICY;
}

export async function loadManagedPolicy(
  area: ManagedArea | null = defaultArea(),
  { waitMs = POLICY_WAIT_MS, memory = storageMemory }: { waitMs?: number; memory?: PolicyMemory } = {},
): Promise<ManagedPolicy> {
  if (!area) return NO_POLICY;
  const state = stateOf(area);
  let question = state.question;
  // Unanswered for that long, it is overdue by far: ask again, in case the browser dropped it.
  if (question && Date.now() - question.askedAt >= POLICY_ASK_AGAIN_MS) question = null;
  question ??= ask(area, state, memory, waitMs);
  // An overdue question's deadline has passed: the read answers with the fallback at once.
  const late = question.deadline.then(async () => (question.givenInstead = await fallback(state, memory)));
  return Promise.race([question.answer, late]);
}

/** Calls back with the new policy when the admin changes it (the browser re-reads policies) or an overdue answer arrives; returns the unwatch. */
export function watchManagedPolicy(
  callback: (policy: ManagedPolicy) => void,
  area: ManagedArea | null = defaultArea(),
  options: { waitMs?: number; memory?: PolicyMemory } = {},
): () => void {
  if (!area) return () => {};
  const state = stateOf(area);
  const listener = (_changes: Record<string, unknown>, name: string) => {
    if (name !== 'managed') return;
    // One new question per change, however many watchers hear it: each watcher has this listener, and
    // the browser calls them all in one task.
    if (!state.changeHeard) {
      state.changeHeard = true;
      queueMicrotask(() => (state.changeHeard = false));
      state.generation++;
      state.question = null;
    }
    void loadManagedPolicy(area, options).then(callback);
  };
  area.onChanged.addListener(listener);
  state.lateListeners.add(callback);
  return () => {
    area.onChanged.removeListener(listener);
    state.lateListeners.delete(callback);
  };
}
