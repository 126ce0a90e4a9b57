// One typed, versioned value in storage.local: WXT runs the migrations when the extension updates, and
// every read and write goes through `normalize`, so a hand-edited or older value never reaches callers.
import { storage } from 'wxt/utils/storage';

export interface VersionedItem<T> {
  load(): Promise<T>;
  /** Normalizes, stores and returns what was stored. */
  save(value: T): Promise<T>;
  /** Calls back with the normalized value whenever any context changes it; returns the unwatch. */
  watch(callback: (value: T) => void): () => void;
}

export function versionedItem<T>(
  key: `local:${string}`,
  options: { fallback: T; version: number; migrations: Record<number, (old: never) => unknown>; normalize: (value: unknown) => T },
): VersionedItem<T> {
  const item = storage.defineItem<T>(key, {
    fallback: options.fallback,
    version: options.version,
    migrations: options.migrations as never,
  });
  return {
    load: async () => options.normalize(await item.getValue()),
    async save(value) {
      const clean = options.normalize(value);
      await item.setValue(clean);
      return clean;
    },
    watch: (callback) => item.watch((value) => callback(options.normalize(value))),
  };
}
