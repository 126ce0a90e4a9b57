// A stored item as its readers see it: the agent's own value with the admin's policy on top. Reads,
// writes (stored as given, read back with the policy) and watches, also when only the policy changes.
import type { ManagedPolicy } from './managed';
import { loadManagedPolicy, watchManagedPolicy } from './managed-storage';
import type { VersionedItem } from './versioned-item';

export function withPolicy<T>(item: VersionedItem<T>, apply: (own: T, policy: ManagedPolicy) => T): VersionedItem<T> {
  const load = async () => {
    const [own, policy] = await Promise.all([item.load(), loadManagedPolicy()]);
    return apply(own, policy);
  };
  return {
    load,
    async save(value) {
      const [saved, policy] = await Promise.all([item.save(value), loadManagedPolicy()]);
      return apply(saved, policy);
    },
    watch(callback) {
      const unwatchOwn = item.watch((own) => void loadManagedPolicy().then((policy) => callback(apply(own, policy))));
      const unwatchPolicy = watchManagedPolicy(() => void load().then(callback));
      return () => {
        unwatchOwn();
        unwatchPolicy();
      };
    },
  };
}
