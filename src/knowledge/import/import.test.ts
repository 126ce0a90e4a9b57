import { describe, expect, it } from 'vitest';
import { exportJsonl } from './export';
import { articlesToImport, describeIssue, importFile } from './index';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('markdown', () => {
  const md =
    '---\nid: refunds\ntags: [billing, money]\nlanguage: en\n---\n# Refund policy\n\nWe **refund** within [30 days](https://x/y).\n\n## Card payments\n\nBack to the card.\n\n<script>alert(1)</script>\n\n## Bank transfer\n\nTakes *five* days.\n';
  it('imports one article per file with front matter and plain text', () => {
    const result = importFile('docs/refunds.md', md);
    expect(result.issues).toEqual([]);
    expect(result.articles).toHaveLength(1);
    const [article] = result.articles;
    expect(article).toMatchObject({
      id: 'refunds',
      title: 'Refund policy',
      language: 'en',
      tags: ['billing', 'money'],
      source: 'file:docs/refunds.md',
    });
    expect(article!.body).toContain('We refund within 30 days.');
    expect(article!.body).not.toMatch(/script|alert|\*\*|\]\(/);
  });
  it('imports one article per heading on request', () => {
    const { articles } = importFile('refunds.md', md, { markdownSplit: 'heading' });
    expect(articles.map((a) => a.id)).toEqual(['refunds#refund-policy', 'refunds#card-payments', 'refunds#bank-transfer']);
    expect(articles[1]!.title).toBe('Refund policy › Card payments');
    expect(articles[2]!.body).toBe('Takes five days.');
  });
});

describe('html', () => {
  it('keeps the main text and drops scripts, styles and navigation', () => {
    const html =
      '<html lang="de"><head><title>Versand &amp; Lieferung</title><style>p{color:red}</style></head><body><nav>Home | Shop</nav><main><h1>Versand</h1><p>Lieferung in 3&nbsp;Tagen.</p><script>steal()</script><ul><li>DHL</li><li>UPS</li></ul></main><footer>© Shop</footer></body></html>';
    const { articles } = importFile('shipping.html', html);
    expect(articles[0]).toMatchObject({ id: 'shipping', title: 'Versand & Lieferung', language: 'de' });
    expect(articles[0]!.body).toBe('Versand\n\nLieferung in 3 Tagen.\n\n- DHL\n- UPS');
  });
  it('treats an unclosed script as running to the end', () => {
    const { articles } = importFile('x.html', '<p>Hello</p><script>var a = "<p>not text</p>";');
    expect(articles[0]!.body).toBe('Hello');
  });
});

describe('csv', () => {
  it('parses RFC 4180 quoting with a header and maps columns', () => {
    const csv = 'Key,Question,Answer,Labels\r\n1,"Refunds, how?","Line one\nLine ""two""",billing;money\r\n2,Shipping,Three days,\r\n';
    const result = importFile('faq.csv', csv, { mapping: { id: 'Key' } });
    expect(result.issues).toEqual([]);
    expect(result.articles[0]).toMatchObject({ id: '1', title: 'Refunds, how?', body: 'Line one\nLine "two"', tags: ['billing', 'money'] });
    expect(result.articles[1]).toMatchObject({ id: '2', title: 'Shipping', body: 'Three days' });
  });
  it('reports a malformed file with its line and imports nothing', () => {
    const result = importFile('bad.csv', 'id,title,body\n1,"open quote,body\n2,b,c\n');
    expect(result.fatal).toBe(true);
    expect(articlesToImport(result, true)).toEqual([]);
    expect(describeIssue(result.issues[0]!)).toBe('bad.csv line 2: unterminated quoted field');
  });
  it('reports bad rows and imports the rest only when asked', () => {
    const result = importFile('part.csv', 'id,title,body\n1,Good,Text\n2,,\n3,Too,many,fields\n');
    expect(result.fatal).toBe(false);
    expect(result.issues.map(describeIssue)).toEqual([
      'part.csv line 3: missing title and body',
      'part.csv line 4: 4 fields, the header has 3',
    ]);
    expect(articlesToImport(result)).toEqual([]);
    expect(articlesToImport(result, true).map((a) => a.id)).toEqual(['1']);
  });
});

describe('json and jsonl', () => {
  it('imports the line format and reports per-line problems', () => {
    const jsonl =
      '{"id":"a","title":"A","body":"Alpha","tags":["x"]}\n\n{"id":"b","title":"B"}\n{"title":"","body":""}\n{"id":"a","title":"A2","body":"again"}\n';
    const result = importFile('kb.jsonl', jsonl);
    expect(result.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(result.issues.map(describeIssue)).toEqual([
      'kb.jsonl line 4: missing title and body',
      'kb.jsonl line 5: duplicate id "a" (first at line 1)',
    ]);
  });
  it('rejects invalid JSON with the line', () => {
    const result = importFile('kb.jsonl', '{"id":"a","title":"A","body":"x"}\n{"id": oops}\n');
    expect(result.fatal).toBe(true);
    expect(result.issues[0]!.line).toBe(2);
  });
  it('maps custom fields in a JSON array', () => {
    const json = JSON.stringify([{ key: 'k1', heading: 'Hello', content: 'World' }]);
    const { articles } = importFile('custom.json', json, { mapping: { id: 'key', title: 'heading' } });
    expect(articles[0]).toMatchObject({ id: 'k1', title: 'Hello', body: 'World' });
  });
  it('imports a Zendesk Help Center articles page, HTML bodies as text', () => {
    const page = {
      articles: [
        {
          id: 360001,
          title: 'Reset password',
          body: '<p>Click <b>Forgot</b>.</p><script>x()</script>',
          html_url: 'https://acme.zendesk.com/hc/en-us/articles/360001',
          locale: 'en-us',
          label_names: ['login'],
          updated_at: '2026-01-02T00:00:00Z',
        },
      ],
      next_page: null,
    };
    const { articles, issues } = importFile('articles.json', JSON.stringify(page));
    expect(issues).toEqual([]);
    expect(articles[0]).toEqual({
      id: '360001',
      title: 'Reset password',
      body: 'Click Forgot.',
      url: 'https://acme.zendesk.com/hc/en-us/articles/360001',
      language: 'en-us',
      tags: ['login'],
      updated: '2026-01-02T00:00:00Z',
      source: 'zendesk-help-center',
    });
  });
  it('imports Freshdesk solution articles', () => {
    const list = [
      {
        id: 5,
        title: 'Invoices',
        description: '<p>See <i>Billing</i></p>',
        description_text: 'See Billing',
        status: 2,
        folder_id: 9,
        updated_at: '2026-02-01T00:00:00Z',
      },
    ];
    const { articles } = importFile('solutions.json', JSON.stringify(list));
    expect(articles[0]).toMatchObject({ id: '5', title: 'Invoices', body: 'See Billing', source: 'freshdesk-solutions' });
  });
});

describe('hostile input', () => {
  it('refuses files over the size limit', () => {
    const result = importFile('big.jsonl', new Uint8Array(2048), { maxBytes: 1024 });
    expect(result.fatal).toBe(true);
    expect(result.issues[0]!.reason).toMatch(/too large/);
  });
  it('decodes UTF-16 with a byte-order mark', () => {
    const text = '{"id":"ü","title":"Größe","body":"Maß"}';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(importFile('kb.jsonl', utf16).articles[0]).toMatchObject({ id: 'ü', title: 'Größe', body: 'Maß' });
  });
  it('rejects text that is not UTF-8 with where it fails', () => {
    const latin1 = new Uint8Array([...bytes('id,title,body\n1,Gr'), 0xf6, ...bytes('sse,x\n')]);
    const result = importFile('latin1.csv', latin1);
    expect(result.fatal).toBe(true);
    expect(result.issues[0]!.reason).toMatch(/not UTF-8 text \(invalid byte at offset 18\)/);
  });
  it('rejects binary and unknown files', () => {
    expect(importFile('x.bin', new Uint8Array([0, 1, 2])).fatal).toBe(true);
    expect(importFile('notes.txt', 'just text').issues[0]!.reason).toMatch(/unsupported/);
  });
});

describe('export', () => {
  it('round-trips through JSONL without losing anything', () => {
    const articles = [
      {
        id: 'a',
        title: ' Spaced ',
        body: 'Body with <b>markup</b> kept as text\n',
        url: 'https://x',
        language: 'de',
        tags: ['t1', 't2'],
        source: 'zendesk-help-center',
        updated: '2026-01-01T00:00:00Z',
      },
      { id: 'b', title: 'Only title', body: '', source: 'file:kb.csv' },
    ];
    const back = importFile('export.jsonl', exportJsonl(articles));
    expect(back.issues).toEqual([]);
    expect(back.articles).toEqual(articles);
  });
});
