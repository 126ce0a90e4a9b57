// Reads the admin's policy from the browser's managed storage area. No policy is the normal case: Chrome
// answers {} and Firefox rejects ("Managed storage manifest not found"); both mean "nothing managed".
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

// Outside an extension (Node tests) there is no browser.storage at all.
const defaultArea = (): ManagedArea | null =>
  (browser as typeof browser | undefined)?.storage?.managed ? (browser.storage as unknown as ManagedArea) : null;

export async function loadManagedPolicy(area: ManagedArea | null = defaultArea()): Promise<ManagedPolicy> {
  if (!area) return NO_POLICY;
  try {
    return parseManagedPolicy(await area.managed.get());
  } catch {
    return NO_POLICY;
  }
}

/** Calls back with the new policy when the admin changes it (the browser re-reads policies); returns the unwatch. */
export function watchManagedPolicy(callback: (policy: ManagedPolicy) => void, area: ManagedArea | null = defaultArea()): () => void {
  if (!area) return () => {};
  const listener = (_changes: Record<string, unknown>, name: string) => {
    if (name === 'managed') void loadManagedPolicy(area).then(callback);
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}
