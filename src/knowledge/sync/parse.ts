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

/** A page that so far holds nothing, for a source to fill. */
export const emptyPage = (): SourcePage => ({ articles: [], issues: [], listed: [], follow: [] });
