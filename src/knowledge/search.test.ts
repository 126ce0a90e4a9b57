import { describe, expect, it } from 'vitest';
import type { Ticket } from '../ticket/schema';
import { LexicalIndex } from './index';
import { splitPassages, wholeSentences } from './passages';
import { searchText, searchTicket } from './search';
import { loadIndex, saveIndex, snapshotFromJson, snapshotToJson } from './snapshot';
import type { Article } from './types';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Sentence number ${i} talks about general account settings.`).join(' ');

const ARTICLES: Article[] = [
  {
    id: 'refund',
    title: 'Refund policy',
    body: 'We refund purchases within 30 days. Refunds go back to the original card.',
    language: 'en',
    url: 'https://help.example/refund',
  },
  { id: 'password', title: 'Reset your password', body: 'Use the forgot password link on the sign-in page to reset it.', language: 'en' },
  {
    id: 'long',
    title: 'Account guide',
    body: `${filler(40)}\n\nTo delete your account open privacy settings and choose delete account.\n\n${filler(40)}`,
    language: 'en',
  },
  { id: 'de-refund', title: 'Rückerstattungen', body: 'Eine Rückerstattung dauert bis zu fünf Werktage.', language: 'de' },
  { id: 'ar-refund', title: 'استرداد الأموال', body: 'يمكنك طلب اِسْتِرْدَاد المبلغ خلال ثلاثين يوما من الشراء.', language: 'ar' },
  { id: 'sv-refund', title: 'Återbetalningar', body: 'En återbetalning tar upp till fem arbetsdagar.', language: 'sv' },
];

const textOf = (id: string) => ARTICLES.find((a) => a.id === id);

function build(articles = ARTICLES): LexicalIndex {
  const index = new LexicalIndex();
  for (const article of articles) index.add(article);
  index.articleText = textOf;
  return index;
}

describe('passages', () => {
  it('splits long bodies into 60–150 word passages that cover the text', () => {
    const body = filler(80);
    const ranges = splitPassages(body);
    expect(ranges.length).toBeGreaterThan(2);
    for (const range of ranges) {
      const words = body.slice(range.start, range.end).split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(60);
      expect(words).toBeLessThanOrEqual(180);
    }
    expect(ranges[0]!.start).toBe(0);
    expect(ranges.at(-1)!.end).toBe(body.length);
  });
  it('gives a title-only article one empty passage', () => {
    expect(splitPassages('')).toEqual([{ start: 0, end: 0 }]);
  });

  it('never starts a passage inside a link: a dot within a token ends no sentence', () => {
    const body = `${filler(14)} Forgot it? Open https://acme.example/reset and receive a link. ${filler(14)}`;
    const texts = splitPassages(body).map((r) => body.slice(r.start, r.end));
    expect(texts.join(' ')).toContain('Open https://acme.example/reset and receive a link.');
    for (const text of texts) expect(text).not.toMatch(/^example/);
  });
});

describe('wholeSentences (the text a model and the draft checks are given)', () => {
  const body =
    'Forgot your password? Open https://acme.example/reset and receive a link within 5 minutes. It is valid for 24 hours. Still stuck? Call +44 20 7946 0018.';
  it('widens a window cut mid-word to the sentences it touches', () => {
    const at = body.indexOf('example/reset');
    expect(wholeSentences(body, at, at + 40)).toBe('Open https://acme.example/reset and receive a link within 5 minutes.');
    expect(wholeSentences(body, body.indexOf('7946'), body.length)).toBe('Call +44 20 7946 0018.');
  });
  it('keeps to a budget by dropping whole sentences, or cuts a single long sentence at a space', () => {
    expect(wholeSentences(body, 0, body.length, 100)).toBe(
      'Forgot your password? Open https://acme.example/reset and receive a link within 5 minutes.',
    );
    const runOn = `${'word '.repeat(400)}end`;
    const cut = wholeSentences(runOn, 0, runOn.length, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('word')).toBe(true);
  });
});

describe('search', () => {
  it('matches inflections through stemming in several languages', () => {
    const index = build();
    expect(searchText(index, 'refunds', { lang: 'en' })[0]!.id).toBe('refund');
    expect(searchText(index, 'refund', { lang: 'en' })[0]!.id).toBe('refund');
    expect(searchText(index, 'Rückerstattung', { lang: 'de' })[0]!.id).toBe('de-refund');
    expect(searchText(index, 'Rückerstattungen', { lang: 'de' })[0]!.id).toBe('de-refund');
    expect(searchText(index, 'återbetalning', { lang: 'sv' })[0]!.id).toBe('sv-refund');
    expect(searchText(index, 'استرداد', { lang: 'ar' })[0]!.id).toBe('ar-refund');
    expect(searchText(index, 'اِسْتِرْدَاد', { lang: 'ar' })[0]!.id).toBe('ar-refund');
  });

  it('returns each article once with its best passage and the matched surface words', () => {
    const index = build();
    const hits = searchText(index, 'how do I delete my account', { lang: 'en', top: 10 });
    expect(hits.filter((h) => h.id === 'long')).toHaveLength(1);
    expect(hits[0]!.id).toBe('long');
    expect(hits[0]!.snippet).toContain('delete account');
    expect(hits[0]!.matches).toEqual(expect.arrayContaining(['delete', 'account']));
    const refund = searchText(index, 'refunds', { lang: 'en' })[0]!;
    expect(refund.matches).toEqual(['refund', 'Refunds']);
    expect(refund.url).toBe('https://help.example/refund');
  });

  it('carries the passage as whole sentences beside the highlighted snippet', () => {
    const hit = searchText(build(), 'how do I delete my account', { lang: 'en' })[0]!;
    expect(hit.passage).toBe(hit.snippet.trim());
    expect(hit.passage).toMatch(/^Sentence number \d+ talks/);
  });

  it('prefix-matches only the word being typed, from three letters on', () => {
    const index = build();
    expect(searchText(index, 'passw', { lang: 'en', prefixLast: true })[0]?.id).toBe('password');
    expect(searchText(index, 'pa', { lang: 'en', prefixLast: true })).toEqual([]);
    expect(searchText(index, 'passw ', { lang: 'en', prefixLast: true })).toEqual([]);
  });

  it('updates and removes articles incrementally', () => {
    const index = build();
    index.add({ id: 'password', title: 'Two-factor login', body: 'Set up an authenticator app.', language: 'en' });
    expect(searchText(index, 'forgot password', { lang: 'en' }).map((h) => h.id)).not.toContain('password');
    expect(searchText(index, 'authenticator', { lang: 'en' })[0]!.id).toBe('password');
    expect(index.remove('refund')).toBe(true);
    expect(searchText(index, 'refund', { lang: 'en' })).toEqual([]);
    expect(index.articles.size).toBe(ARTICLES.length - 1);
  });

  it('weights the subject and latest customer message above older text', () => {
    const index = build();
    const ticket: Ticket = {
      id: '1',
      helpdesk: 'zendesk',
      url: 'https://x.zendesk.com/agent/tickets/1',
      subject: 'Question',
      language: 'en',
      requester: { name: null, email: null },
      status: null,
      priority: null,
      tags: [],
      warnings: [],
      source: 'dom',
      messages: [
        {
          id: 'a',
          author: { name: 'C' },
          role: 'customer',
          visibility: 'public',
          createdAt: null,
          text: 'I forgot my password yesterday.',
        },
        {
          id: 'b',
          author: { name: 'A' },
          role: 'agent',
          visibility: 'public',
          createdAt: null,
          text: 'Use the reset link for the password.',
        },
        {
          id: 'c',
          author: { name: 'C' },
          role: 'customer',
          visibility: 'public',
          createdAt: null,
          text: 'Thanks, that worked. Now I want a refund.',
          quoted: 'password password password',
        },
      ],
    };
    expect(searchTicket(index, ticket)[0]!.id).toBe('refund');
  });
});

describe('snapshot', () => {
  it('saves and loads to the same results, also through JSON', () => {
    const index = build();
    index.remove('password');
    index.compact(); // exact document frequencies, as a loaded snapshot has
    const snapshot = snapshotFromJson(JSON.parse(JSON.stringify(snapshotToJson(saveIndex(index)))));
    const loaded = loadIndex(snapshot);
    loaded.articleText = textOf;
    for (const query of ['refund policy', 'delete account', 'forgot password']) {
      expect(searchText(loaded, query, { lang: 'en', top: 10 })).toEqual(searchText(index, query, { lang: 'en', top: 10 }));
    }
    loaded.add(ARTICLES[1]!);
    expect(searchText(loaded, 'forgot password', { lang: 'en' })[0]!.id).toBe('password');
  });
  it('refuses a snapshot of another version or a damaged one', () => {
    expect(() => loadIndex({ ...saveIndex(build()), version: 99 })).toThrow(/unsupported/);
    const snapshot = saveIndex(build());
    expect(() => loadIndex({ ...snapshot, postings: snapshot.postings.subarray(0, 10) })).toThrow(/truncated|damaged/);
  });
});

describe('compounds', () => {
  it('splits a German compound the knowledge base does not use into parts it does', () => {
    const index = build([
      ...ARTICLES,
      { id: 'de-form', title: 'Antrag stellen', body: 'Den Antrag finden Sie im Kundenkonto.', language: 'de' },
    ]);
    const hits = searchText(index, 'Rückerstattungsantrag', { lang: 'de', top: 3 }).map((h) => h.id);
    expect(hits).toEqual(expect.arrayContaining(['de-refund', 'de-form']));
  });
});

describe('typos', () => {
  it('matches a misspelled word to a known term of the knowledge base', () => {
    const index = build();
    expect(searchText(index, 'pasword resett', { lang: 'en' })[0]?.id).toBe('password');
  });
});
