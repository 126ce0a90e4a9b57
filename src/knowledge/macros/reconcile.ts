/**
 * Deletion reconciliation: incremental feeds (Zendesk's `start_time` export, Freshdesk's
 * `updated_since`) never report deleted items, so after a complete listing we compare what
 * the helpdesk still has with what the local KB holds for the same account and source.
 */
export interface ReconcilePlan {
  /** Local ids the helpdesk no longer lists: remove them from this account's KB. */
  remove: string[];
  /** Ids the helpdesk lists that the KB does not hold yet. */
  missing: string[];
}

/**
 * `listingComplete` must be true only when every page of the listing was read; a partial
 * listing (interrupted, rate-limited) would otherwise delete live articles.
 */
export function planReconcile(localIds: Iterable<string>, remoteIds: Iterable<string>, listingComplete: boolean): ReconcilePlan {
  const remote = new Set(remoteIds);
  const local = new Set(localIds);
  const missing = [...remote].filter((id) => !local.has(id));
  if (!listingComplete) return { remove: [], missing };
  return { remove: [...local].filter((id) => !remote.has(id)), missing };
}
