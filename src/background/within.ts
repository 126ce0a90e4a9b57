// A wait with a bound: the background never lets a tab, a REST reading or an embedding server hold
// a reader or the drafts back for longer than it chose.

/** `promise`'s value, or `late()`'s once `ms` have passed first; the timer never outlives the race. */
export function within<T>(promise: Promise<T>, ms: number, late: () => T | Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fallback = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(late()), ms)));
  return Promise.race([promise, fallback]).finally(() => clearTimeout(timer));
}
