// Reading one fetched answer against the endpoint's schema: the answer is untrusted (a page script, a
// login page or another API version may stand where the helpdesk's JSON should), so a mismatch stops
// the run with the path and what was expected, and nothing of it is imported.
import type * as z from 'zod/mini';
import type { SourcePage } from './source';

export function parseAnswer<T>(schema: z.ZodMiniType<T>, body: unknown, path: string, expected: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`${path}: not ${expected}`);
  return parsed.data;
}

/**
 * A record on a listing that did not pass its schema (a new field shape, a null title) is not a deleted
 * one: under its id, when that is readable, it counts as listed, so the stored row is kept as it was; with
 * no readable id the page is `unsure`, and the source's reconciliation is not done this run. Either way it
 * is reported (`reason`) and counted as skipped.
 */
export function keepUnreadable(page: SourcePage, record: unknown, idOf: (id: string) => string, reason: string): void {
  page.issues.push(reason);
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  if ((typeof id === 'number' && Number.isFinite(id)) || (typeof id === 'string' && id.trim() !== '')) page.listed.push(idOf(String(id)));
  else page.unsure = true;
}

/** A page that so far holds nothing, for a source to fill. */
export const emptyPage = (): SourcePage => ({ articles: [], issues: [], listed: [], follow: [] });
