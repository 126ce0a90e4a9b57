// Zendesk macros as a knowledge source (background only): the team's shared, active macros, of which
// only the reply text becomes a snippet; inserting one inserts that text, never its other actions
// (status, tags, assignee). Live evidence: Zendesk's Macros API reference
// (developer.zendesk.com/api-reference/ticketing/business-rules/macros/, in the docs corpus: the JSON
// format with `actions[{field, value}]`, `active`, `restriction` (null: every agent), `title`,
// `updated_at`; List Macros with `access` and `active` filters; offset pagination by `next_page`, at
// most 100 a page) and public code in the code corpus reading `comment_value` / `comment_value_html`.
// That `comment_value` may also be `["channel:all", text]` is modelled on older macros seen in that code.
// A macro with `comment_mode_is_public` false writes an internal note and is left out (writesPublicReply).
import * as z from 'zod/mini';
import { htmlToText } from '../../knowledge/import/html';
import { emptyPage, keepUnreadable, parseAnswer } from '../../knowledge/sync/parse';
import type { KnowledgeSource, SourcePage } from '../../knowledge/sync/source';
import { apiPathFromNextPage } from './urls';

export const MACROS_PATH = '/api/v2/macros.json?access=shared&active=true&per_page=100';
export const MACRO_SOURCE = 'zendesk-macro';

const Macro = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  active: z.optional(z.nullable(z.boolean())),
  updated_at: z.optional(z.nullable(z.string())),
  actions: z.optional(z.nullable(z.array(z.object({ field: z.string(), value: z.unknown() })))),
});
const MacrosPage = z.object({ macros: z.array(z.unknown()), next_page: z.optional(z.nullable(z.string())) });

/** The reply a macro writes, as plain text; null for a macro that only changes ticket fields. */
export function macroReplyText(actions: readonly { field: string; value: unknown }[]): string | null {
  for (const { field, value } of actions) {
    const raw = Array.isArray(value) ? value.at(-1) : value;
    if (typeof raw !== 'string' || !raw.trim()) continue;
    if (field === 'comment_value_html') return htmlToText(raw);
    if (field === 'comment_value') return raw.trim();
  }
  return null;
}

/**
 * Whether the comment a macro writes is a public reply. `comment_mode_is_public` is documented as true or false,
 * and public code writes it as the strings "true"/"false" too; `false` makes the comment an internal note, whose
 * words must never be suggested in (or sent with) a reply. Without that action the comment takes the editor's mode
 * (a public reply by default). Any other value, or two that disagree, is unsure, and an unsure macro stays out.
 */
export function writesPublicReply(actions: readonly { field: string; value: unknown }[]): boolean {
  return actions.every(({ field, value }) => {
    if (field !== 'comment_mode_is_public') return true;
    const raw = Array.isArray(value) && value.length === 1 ? value[0] : value;
    return raw === true || (typeof raw === 'string' && raw.trim().toLowerCase() === 'true');
  });
}

export const zendeskMacros: KnowledgeSource = {
  id: MACRO_SOURCE,
  // Macros have no incremental feed: every run lists them all, and so reconciles deletions.
  begin: () => ({ queue: [MACROS_PATH], full: true }),
  read(path, body): SourcePage {
    const { macros, next_page } = parseAnswer(MacrosPage, body, path, 'a macros page');
    const next = next_page ? apiPathFromNextPage(next_page) : null;
    if (next_page && !next?.startsWith('/api/v2/macros')) throw new Error(`unexpected next page ${next_page}`);
    const page = emptyPage();
    for (const record of macros) {
      const macro = Macro.safeParse(record);
      if (!macro.success) {
        keepUnreadable(page, record, (id) => `${MACRO_SOURCE}:${id}`, 'not a macro');
        continue;
      }
      const { id, title, active, updated_at, actions } = macro.data;
      // An internal-note macro is no reply either (its text would reach the model and a public reply).
      const text = active === false || !writesPublicReply(actions ?? []) ? null : macroReplyText(actions ?? []);
      // A macro without reply text is no answer to suggest: not listed, so a macro that lost its text goes.
      if (!text) continue;
      page.listed.push(`${MACRO_SOURCE}:${id}`);
      page.articles.push({
        id: `${MACRO_SOURCE}:${id}`,
        title,
        body: text,
        source: MACRO_SOURCE,
        ...(updated_at ? { updated: updated_at } : {}),
      });
    }
    if (next && next !== path) page.follow = [next];
    return page;
  },
};
