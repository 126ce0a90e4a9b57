import { describe, expect, it } from 'vitest';
import { syncZendeskHelpCenter, type FetchJson, type SyncCursor } from './sync';
import type { Article } from './types';

const article = (id: number) => ({ id, title: `Article ${id}`, body: `<p>Body ${id}</p>`, html_url: `https://acme.zendesk.com/hc/articles/${id}`, locale: 'en-us', label_names: [], updated_at: '2026-01-01T00:00:00Z' });

/** A fake Help Center: three pages of all articles, and an incremental feed. */
function fakeHelpCenter(failOn?: string): { fetchJson: FetchJson; calls: string[] } {
  const pages: Record<string, unknown> = {
    '/api/v2/help_center/articles.json?per_page=100': { articles: [article(1), article(2)], next_page: 'https://acme.zendesk.com/api/v2/help_center/articles.json?page=2&per_page=100' },
    '/api/v2/help_center/articles.json?page=2&per_page=100': { articles: [article(3), { id: 4 }], next_page: 'https://acme.zendesk.com/api/v2/help_center/articles.json?page=3&per_page=100' },
    '/api/v2/help_center/articles.json?page=3&per_page=100': { articles: [article(5)], next_page: null },
    '/api/v2/help_center/incremental/articles.json?start_time=1700000000': { articles: [article(2)], next_page: null, end_time: 1760000000, end_of_stream: true },
  };
  const calls: string[] = [];
  return {
    calls,
    fetchJson: async (path) => {
      calls.push(path);
      if (path === failOn) throw new Error('network down');
      const page = pages[path];
      if (!page) throw new Error(`404 ${path}`);
      return page;
    },
  };
}

describe('syncZendeskHelpCenter', () => {
  it('pages through all articles, reporting progress and bad rows', async () => {
    const { fetchJson } = fakeHelpCenter();
    const stored: Article[] = [];
    const progress: number[] = [];
    const result = await syncZendeskHelpCenter(fetchJson, { onPage: (articles) => void stored.push(...articles), onProgress: (p) => progress.push(p.pages) });
    expect(result.done).toBe(true);
    expect(stored.map((a) => a.id)).toEqual(['1', '2', '3', '5']);
    expect(stored[0]).toMatchObject({ body: 'Body 1', source: 'zendesk-help-center' });
    expect(progress).toEqual([1, 2, 3]);
    expect(result.issues).toEqual([{ file: 'zendesk-help-center', row: 4, reason: 'missing title' }]);
    expect(result.cursor.next).toBeNull();
    expect(result.cursor.since).toBeGreaterThan(1_700_000_000);
  });

  it('resumes from the cursor after a failure without refetching earlier pages', async () => {
    const failing = fakeHelpCenter('/api/v2/help_center/articles.json?page=3&per_page=100');
    const stored: string[] = [];
    let cursor: SyncCursor | undefined;
    await expect(
      syncZendeskHelpCenter(failing.fetchJson, { onPage: (a) => void stored.push(...a.map((x) => x.id)), onProgress: (p) => (cursor = p.cursor) }),
    ).rejects.toThrow('network down');
    expect(cursor).toEqual({ next: '/api/v2/help_center/articles.json?page=3&per_page=100' });
    const retry = fakeHelpCenter();
    const result = await syncZendeskHelpCenter(retry.fetchJson, { cursor, onPage: (a) => void stored.push(...a.map((x) => x.id)) });
    expect(retry.calls).toEqual(['/api/v2/help_center/articles.json?page=3&per_page=100']);
    expect(result.done).toBe(true);
    expect(stored).toEqual(['1', '2', '3', '5']);
  });

  it('fetches only changes since the last sync and stops when aborted', async () => {
    const { fetchJson, calls } = fakeHelpCenter();
    const result = await syncZendeskHelpCenter(fetchJson, { since: 1_700_000_000 });
    expect(calls).toEqual(['/api/v2/help_center/incremental/articles.json?start_time=1700000000']);
    expect(result.cursor).toEqual({ next: null, since: 1_760_000_000 });
    const controller = new AbortController();
    controller.abort();
    const aborted = await syncZendeskHelpCenter(fetchJson, { signal: controller.signal });
    expect(aborted.done).toBe(false);
    expect(aborted.cursor.next).toBe('/api/v2/help_center/articles.json?per_page=100');
  });
});
