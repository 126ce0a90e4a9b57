import { describe, expect, it } from 'vitest';
import { cannedPaths, freshdeskCannedResponses } from './canned-responses-api';
import { nextListPage } from './list-pages';
import { freshdeskSolutions, MAX_FOLDER_DEPTH, solutionPaths } from './solutions-api';

describe('Freshdesk canned responses as knowledge', () => {
  it("walks the shared folders only, and fetches a response's details when the folder listing lacks its text", () => {
    const folders = freshdeskCannedResponses.read(cannedPaths.folders(), [
      { id: 1, name: 'Shipping', personal: false },
      { id: 2, name: 'Personal', personal: true },
    ]);
    expect(folders.follow).toEqual(['/api/v2/canned_response_folders/1/responses']);
    const listing = freshdeskCannedResponses.read(cannedPaths.folder(1), [
      { id: 10, title: 'Damaged', content_html: '<div>Sorry,</div><div>a replacement ships today.</div>' },
      { id: 11, title: 'Claim' },
    ]);
    expect(listing.articles).toEqual([
      {
        id: 'freshdesk-canned-response:10',
        title: 'Damaged',
        body: 'Sorry,\n\na replacement ships today.',
        source: 'freshdesk-canned-response',
      },
    ]);
    expect(listing.listed).toEqual(['freshdesk-canned-response:10', 'freshdesk-canned-response:11']);
    expect(listing.follow).toEqual(['/api/v2/canned_responses/11']);
    const detail = freshdeskCannedResponses.read(cannedPaths.response(11), { id: 11, title: 'Claim', content: 'Claim opened.' });
    expect(detail.articles.map((article) => article.body)).toEqual(['Claim opened.']);
    expect(() => freshdeskCannedResponses.read(cannedPaths.folders(), { folders: [] })).toThrow(/not the canned responses API/);
    expect(() => freshdeskCannedResponses.read('/api/v2/tickets/1', [])).toThrow(/not a canned responses path/);
  });
});

describe('Freshdesk solution articles as knowledge', () => {
  it('walks categories, folders and article pages; only published articles are snippets', () => {
    expect(freshdeskSolutions.read(solutionPaths.categories(), [{ id: 5, name: 'Orders' }]).follow).toEqual([
      '/api/v2/solutions/categories/5/folders',
    ]);
    expect(freshdeskSolutions.read(solutionPaths.folders(5), [{ id: 7, name: 'Returns' }]).follow).toEqual([
      '/api/v2/solutions/folders/7/articles?per_page=100',
      '/api/v2/solutions/folders/7/subfolders?per_page=100',
    ]);
    const page = freshdeskSolutions.read(solutionPaths.articles(7), [
      { id: 1, title: 'Published', description: '<p>Yes</p>', description_text: 'Yes', status: 2, folder_id: 7 },
      { id: 2, title: 'Draft', description_text: 'Not yet', status: 1, folder_id: 7 },
      { id: 'x' },
    ]);
    expect(page.articles.map((article) => [article.id, article.body, article.source])).toEqual([['1', 'Yes', 'freshdesk-solutions']]);
    // A record that fails the schema, its id readable, counts as listed: its stored row is kept, never removed.
    expect(page.listed).toEqual(['1', 'x']);
    expect(page.unsure).toBeUndefined();
    expect(page.issues).toEqual(['not a solution article']);
    expect(page.follow).toEqual([]);
  });

  it(`walks subfolders to depth ${MAX_FOLDER_DEPTH}, no folder twice, paged like the other lists`, () => {
    const memo: Record<string, number> = {};
    const read = (path: string, body: unknown) => freshdeskSolutions.read(path, body, memo).follow;
    expect(read(solutionPaths.folders(5), [{ id: 1 }])).toEqual([solutionPaths.articles(1), solutionPaths.subfolders(1)]);
    // A chain of subfolders 1 → 2 → … : folder n sits at depth n.
    for (let id = 1; id < MAX_FOLDER_DEPTH - 1; id++) {
      expect(read(solutionPaths.subfolders(id), [{ id: id + 1 }])).toEqual([
        solutionPaths.articles(id + 1),
        solutionPaths.subfolders(id + 1),
      ]);
    }
    // The deepest folder's articles are read, its subfolders no longer asked.
    expect(read(solutionPaths.subfolders(MAX_FOLDER_DEPTH - 1), [{ id: MAX_FOLDER_DEPTH }])).toEqual([
      solutionPaths.articles(MAX_FOLDER_DEPTH),
    ]);
    // A folder listed again (a cycle, or under two parents) is walked once.
    expect(read(solutionPaths.subfolders(2), [{ id: 1 }, { id: 3 }, { id: 40 }])).toEqual([
      solutionPaths.articles(40),
      solutionPaths.subfolders(40),
    ]);
    // A full page of subfolders asks for the next page.
    const full = Array.from({ length: 100 }, (_, i) => ({ id: 1000 + i }));
    expect(read(solutionPaths.subfolders(1), full).at(-1)).toBe('/api/v2/solutions/folders/1/subfolders?per_page=100&page=2');
  });

  it('asks for the next page after a full one', () => {
    expect(nextListPage('/api/v2/solutions/folders/7/articles?per_page=100', 100)).toBe(
      '/api/v2/solutions/folders/7/articles?per_page=100&page=2',
    );
    expect(nextListPage('/api/v2/solutions/folders/7/articles?per_page=100&page=2', 100)).toBe(
      '/api/v2/solutions/folders/7/articles?per_page=100&page=3',
    );
    expect(nextListPage('/api/v2/solutions/folders/7/articles?per_page=100', 99)).toBeNull();
    const full = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, title: `A${i}`, description_text: 'x', status: 2, folder_id: 7 }));
    expect(freshdeskSolutions.read(solutionPaths.articles(7), full).follow).toEqual([
      '/api/v2/solutions/folders/7/articles?per_page=100&page=2',
    ]);
  });
});
