// The sidebar's state, owned by the content script: a value, an update function and subscribers.
// Small on purpose; the sidebar re-renders from the whole state, which Preact diffs cheaply.
import type { SidebarState } from '../sidebar/state';

export interface Store {
  get(): SidebarState;
  update(patch: Partial<SidebarState> | ((state: SidebarState) => Partial<SidebarState>)): void;
  subscribe(listener: (state: SidebarState) => void): () => void;
}

export function createStore(initial: SidebarState): Store {
  let state = initial;
  const listeners = new Set<(state: SidebarState) => void>();
  return {
    get: () => state,
    update(patch) {
      state = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
