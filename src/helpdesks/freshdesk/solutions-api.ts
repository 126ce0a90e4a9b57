// Freshdesk solution articles as a knowledge source (background only). Live evidence: the API v2
// reference (`GET /api/v2/solutions/categories`, `/solutions/categories/{id}/folders`,
// `/solutions/folders/{id}/articles`; article fields id, title, description, description_text,
// status 1 draft / 2 published, folder_id, tags, updated_at), as public clients in the search corpus
// (e.g. Nango's Freshdesk articles sync) read them. Only published articles become snippets.
// Subfolders: `GET /api/v2/solutions/folders/{id}/subfolders`, answering an array of folders, as public
// Freshdesk connector code in the code corpus walks it (categories → folders → subfolders → articles,
// recursively); that it pages with `per_page`/`page` like the other lists is modelled on Freshservice's
// sister API (list sub-folders, per_page up to 100) and on Freshdesk's list endpoints.
import * as z from 'zod/mini';
import { freshdeskArticle } from '../../knowledge/import/json';
import { emptyPage, keepUnreadable, parseAnswer } from '../../knowledge/sync/parse';
import type { KnowledgeSource, SourcePage } from '../../knowledge/sync/source';
import { nextListPage, PER_PAGE } from './list-pages';

export const SOLUTIONS_SOURCE = 'freshdesk-solutions';
export const solutionPaths = {
  categories: () => '/api/v2/solutions/categories',
  folders: (categoryId: number) => `/api/v2/solutions/categories/${categoryId}/folders`,
  articles: (folderId: number) => `/api/v2/solutions/folders/${folderId}/articles?per_page=${PER_PAGE}`,
  subfolders: (folderId: number) => `/api/v2/solutions/folders/${folderId}/subfolders?per_page=${PER_PAGE}`,
};
const PUBLISHED = 2;
/** Folders nest at most this deep (a category's folder is 1): a bound on requests, whatever an answer claims. */
export const MAX_FOLDER_DEPTH = 5;

const Node = z.object({ id: z.number() });
const Article = z.looseObject({ id: z.number(), title: z.string(), status: z.optional(z.nullable(z.number())) });

const FOLDERS = /^\/api\/v2\/solutions\/categories\/\d+\/folders$/;
const ARTICLES = /^\/api\/v2\/solutions\/folders\/\d+\/articles\?/;
const SUBFOLDERS = /^\/api\/v2\/solutions\/folders\/(\d+)\/subfolders\?/;

/**
 * The paths to walk for folders found at `depth`: their articles and, above the depth bound, their
 * subfolders. A folder already walked in this run (`memo`, by id) is not walked twice, so a cycle ends.
 */
function walkFolders(folders: { id: number }[], depth: number, memo: Record<string, number>): string[] {
  const paths: string[] = [];
  for (const { id } of folders) {
    if (depth > MAX_FOLDER_DEPTH || memo[`folder:${id}`] !== undefined) continue;
    memo[`folder:${id}`] = depth;
    paths.push(solutionPaths.articles(id));
    if (depth < MAX_FOLDER_DEPTH) paths.push(solutionPaths.subfolders(id));
  }
  return paths;
}

const list = <T>(schema: z.ZodMiniType<T>, body: unknown, path: string): T[] =>
  parseAnswer(z.array(schema), body, path, "the solutions API's answer");

export const freshdeskSolutions: KnowledgeSource = {
  id: SOLUTIONS_SOURCE,
  // No incremental feed for articles: every run lists them all, and so reconciles deletions.
  begin: () => ({ queue: [solutionPaths.categories()], full: true }),
  read(path, body, memo: Record<string, number> = {}): SourcePage {
    const page = emptyPage();
    const subfolders = SUBFOLDERS.exec(path);
    if (path === solutionPaths.categories()) {
      page.follow = list(Node, body, path).map((category) => solutionPaths.folders(category.id));
    } else if (FOLDERS.test(path)) {
      page.follow = walkFolders(list(Node, body, path), 1, memo);
    } else if (subfolders) {
      const folders = list(Node, body, path);
      page.follow = walkFolders(folders, (memo[`folder:${subfolders[1]}`] ?? MAX_FOLDER_DEPTH) + 1, memo);
      const next = nextListPage(path, folders.length);
      if (next) page.follow.push(next);
    } else if (ARTICLES.test(path)) {
      const records = list(z.unknown(), body, path);
      for (const record of records) {
        const parsed = Article.safeParse(record);
        // Whether it is a draft is unknown too: kept as it was, never removed for it.
        if (!parsed.success) {
          keepUnreadable(page, record, String, 'not a solution article');
          continue;
        }
        // A draft is no answer yet: not listed, so an unpublished article leaves the snippets.
        if (parsed.data.status !== PUBLISHED) continue;
        const article = freshdeskArticle(parsed.data);
        if (typeof article === 'string') keepUnreadable(page, parsed.data, String, article);
        else {
          page.articles.push(article);
          page.listed.push(article.id);
        }
      }
      const next = nextListPage(path, records.length);
      if (next) page.follow = [next];
    } else {
      throw new Error(`${path}: not a solutions path`);
    }
    return page;
  },
};
