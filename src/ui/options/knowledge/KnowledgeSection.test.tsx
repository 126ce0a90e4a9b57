import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import { startOpenAiTestServer, TEST_MODELS, type OpenAiTestServer } from '../../../../tests/server/openai-server';
import { testBackground } from '../../../../tests/unit/knowledge-background';
import type { UiLocale } from '../../../i18n/index';
import type { Article } from '../../../knowledge/types';
import { DEFAULT_SETTINGS } from '../../../settings/schema';
import { mount } from '../../test-dom';
import { AskContext } from '../ask';
import { KnowledgeSection } from './KnowledgeSection';

/** Lets file reads, the import queue, re-renders and effects (Preact runs those ~35 ms after a render in Node) finish. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 40));
};
/** Settles until `done()` holds (the real knowledge base indexes thousands of articles at its own pace), at most ~10 s. */
const until = async (done: () => boolean) => {
  for (let i = 0; i < 80 && !done(); i++) await settle();
};

// The real knowledge handlers answer (tests/unit/knowledge-background.ts); embeddings come from the loopback server.
let server: OpenAiTestServer;
beforeAll(async () => {
  server = await startOpenAiTestServer();
});
afterAll(() => server.close());
afterEach(() => server.setEmbeddings({ kind: 'vectors' }));
const withEmbeddings = () => ({
  kind: 'compatible' as const,
  baseUrl: server.url,
  model: TEST_MODELS[0]!,
  embeddingModel: 'souffleur-embed',
});

async function render(initial: Article[] = [], locale: UiLocale = 'en') {
  const background = await testBackground(initial);
  const download = vi.fn();
  const services = { update: vi.fn(), requestOrigin: vi.fn(), removeOrigin: vi.fn() };
  const view = mount(
    <AskContext.Provider value={background.ask}>
      <KnowledgeSection settings={DEFAULT_SETTINGS} locale={locale} update={vi.fn()} services={services} download={download} />
    </AskContext.Provider>,
  );
  const text = (testId: string) => view.byTestId(testId).map((el) => el.textContent?.trim());
  const button = (label: string) =>
    [...view.root.querySelectorAll('button')].find((b) => b.textContent === label || b.getAttribute('aria-label') === label);
  /** Picks files and returns at once (for a test that holds the import on purpose). */
  const startPick = (...files: File[]) => {
    const input = view.byTestId('kb-file-input')[0]!;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    view.fire(input, 'change');
  };
  const pick = async (...files: File[]) => {
    const before = view.root.textContent;
    startPick(...files);
    // Until the pick has shown (reading, reports or a summary) and the panel is no longer busy: a fixed wait
    // failed on a loaded machine (3 of 17 with the load average at 12).
    const panel = view.byTestId('kb-import-panel')[0]!;
    await until(() => view.root.textContent !== before && panel.getAttribute('aria-busy') === 'false');
    await settle();
  };
  return { ...view, background, download, text, button, pick, startPick };
}

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

test('picked files are read, reported per file, imported at once when clean, and listed', async () => {
  const view = await render();
  await settle();
  expect(view.root.textContent).toContain('The knowledge base is empty.');
  await view.pick(
    csv('faq.csv', 'id,title,body\nr1,Refunds,Refunds take 5 days.\nr2,Shipping,We ship daily.\n'),
    new File(['# Passwords\n\nUse the reset link.'], 'reset.md'),
  );
  expect(view.text('kb-file-report')).toEqual([expect.stringContaining('faq.csv'), expect.stringContaining('reset.md')]);
  expect(view.text('kb-file-report')[0]).toContain('Articles found: 2');
  const imports = view.background.requests.filter((r) => r.kind === 'knowledge-import');
  expect(imports.map((r) => r.kind === 'knowledge-import' && [r.source, r.articles.length])).toEqual([
    ['file:faq.csv', 2],
    ['file:reset.md', 1],
  ]);
  expect(view.text('kb-import-summary')).toEqual(['3 added, 0 updated.']);
  expect(view.byTestId('kb-article').map((li) => li.querySelector('.sf-article-title')!.textContent)).toEqual([
    'Refunds',
    'Shipping',
    'Passwords',
  ]);

  // The same file again updates instead of duplicating.
  await view.pick(csv('faq.csv', 'id,title,body\nr1,Refunds,Refunds take 3 days.\nr2,Shipping,We ship daily.\n'));
  expect(view.text('kb-import-summary')).toEqual(['0 added, 2 updated.']);
  expect(await view.background.storedIds()).toHaveLength(3);
});

test('Markdown can be split into one article per heading', async () => {
  const view = await render();
  await settle();
  const guide = '# Returns\n\nSend it back within 30 days.\n\n# Exchanges\n\nSwap for another size.\n';
  const box = view.root.querySelector('input[name="markdownSplit"]') as HTMLInputElement;
  box.checked = true;
  view.fire(box, 'change');
  await view.pick(new File([guide], 'guide.md'), new File([guide], 'guide.md'));
  expect(view.text('kb-file-report')).toEqual([expect.stringContaining('Articles found: 2'), expect.stringContaining('Articles found: 2')]);
  expect((await view.background.stored()).map((a) => a.title).sort()).toEqual(['Returns', 'Returns › Exchanges']);
  // Two files of the same name each get their own report, both marked imported.
  expect(view.byTestId('kb-file-report').map((li) => li.textContent)).toEqual([
    expect.stringContaining('Imported'),
    expect.stringContaining('Imported'),
  ]);
});

test('a dropped malformed file imports nothing and says where and why', async () => {
  const view = await render();
  await settle();
  const drop = view.root.querySelector('.sf-drop');
  view.fire(drop, 'drop', { dataTransfer: { files: [new File(['{"title":"a","body":"b"}\n{"title": oops}\n'], 'broken.jsonl')] } });
  await settle();
  const report = view.byTestId('kb-file-report')[0]!;
  expect(report.getAttribute('data-state')).toBe('fatal');
  expect(report.textContent).toContain('Nothing imported');
  expect(report.textContent).toContain('broken.jsonl line 2: not valid JSON');
  expect(view.background.kinds()).not.toContain('knowledge-import');
});

test('a partly valid file waits for the admin, then imports only its valid rows', async () => {
  const view = await render();
  await settle();
  await view.pick(csv('mixed.csv', 'id,title,body\na,One,First\nb,Two\nc,Three,Third\n'));
  const report = view.byTestId('kb-file-report')[0]!;
  expect(report.textContent).toContain('Valid articles: 2. Rows with problems: 1.');
  expect(report.textContent).toContain('mixed.csv line 3');
  expect(view.background.kinds()).not.toContain('knowledge-import');
  const partial = view.byTestId('kb-import-partial')[0]!;
  expect(partial.textContent).toBe('Import the 2 valid articles');
  view.click(partial);
  await settle();
  expect(await view.background.storedIds()).toEqual(['a', 'c']);
  expect(view.text('kb-import-summary')).toEqual(['2 added, 0 updated.']);
  expect(view.byTestId('kb-import-partial')).toHaveLength(0);
});

test('unrecognized columns can be mapped and the file read again', async () => {
  const view = await render();
  await settle();
  await view.pick(csv('fragen.csv', 'Frage;Antwort\nWo ist mein Paket?;Im Versand.\n'));
  expect(view.byTestId('kb-file-report')[0]!.textContent).toContain('no title or body column among: Frage, Antwort');
  view.choose(view.root.querySelector('select[name="map-title"]'), 'Frage');
  view.choose(view.root.querySelector('select[name="map-body"]'), 'Antwort');
  view.fire(view.root.querySelector('form.sf-mapping'), 'submit');
  await settle();
  const [stored] = await view.background.stored();
  expect(stored).toMatchObject({ title: 'Wo ist mein Paket?', body: 'Im Versand.' });
  expect(view.text('kb-import-summary')).toEqual(['1 added, 0 updated.']);
});

test('JSON lines are parsed as a stream from the file (never read whole), and can be mapped and read again', async () => {
  const view = await render();
  await settle();
  const file = new File(
    ['{"Frage":"Wo ist mein Paket?","Antwort":"Im Versand."}\n{"Frage":"Retoure?","Antwort":"30 Tage."}\n'],
    'fragen.jsonl',
  );
  file.arrayBuffer = () => Promise.reject(new Error('JSON lines must be streamed'));
  file.text = () => Promise.reject(new Error('JSON lines must be streamed'));
  await view.pick(file);
  expect(view.root.querySelector('select[name="map-title"]')).not.toBeNull();
  view.choose(view.root.querySelector('select[name="map-title"]'), 'Frage');
  view.choose(view.root.querySelector('select[name="map-body"]'), 'Antwort');
  view.fire(view.root.querySelector('form.sf-mapping'), 'submit');
  await settle();
  expect((await view.background.stored()).map((a) => a.title).sort()).toEqual(['Retoure?', 'Wo ist mein Paket?']);
});

test('large imports go in chunks of at most 2000 articles', { timeout: 30_000 }, async () => {
  const view = await render();
  await settle();
  const lines = Array.from({ length: 4500 }, (_, i) => JSON.stringify({ id: `a${i}`, title: `Article ${i}`, body: 'Text' })).join('\n');
  await view.pick(new File([lines], 'big.jsonl'));
  await until(() => view.text('kb-import-summary').length > 0 && view.root.textContent!.includes('Articles 1–50'));
  const sizes = view.background.requests.flatMap((r) => (r.kind === 'knowledge-import' ? [r.articles.length] : []));
  expect(sizes).toEqual([2000, 2000, 500]);
  expect(view.text('kb-import-summary')).toEqual(['4500 added, 0 updated.']);
  expect(view.root.textContent).toContain('Articles 1–50 of 4500');
});

test('progress shows while chunks are on their way', async () => {
  const view = await render();
  await settle();
  // Hold the second chunk's answer until the test has looked at the page.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const answer = view.background.ask;
  let chunks = 0;
  const slow = (async (request: Parameters<typeof answer>[0]) => {
    if (request.kind === 'knowledge-import' && ++chunks === 2) await held;
    return answer(request);
  }) as typeof answer;
  view.rerender(
    <AskContext.Provider value={slow}>
      <KnowledgeSection
        settings={DEFAULT_SETTINGS}
        locale="en"
        update={vi.fn()}
        services={{ update: vi.fn(), requestOrigin: vi.fn(), removeOrigin: vi.fn() }}
        download={view.download}
      />
    </AskContext.Provider>,
  );
  const lines = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ id: `p${i}`, title: `T${i}`, body: 'B' })).join('\n');
  view.startPick(new File([lines], 'two-chunks.jsonl'));
  await until(() => view.root.textContent!.includes('Importing… 2000 of 2500'));
  expect(view.root.textContent).toContain('Importing… 2000 of 2500');
  expect(view.root.querySelector('progress')!.getAttribute('value')).toBe('2000');
  release();
  await until(() => view.root.querySelector('progress') === null);
  expect(view.root.querySelector('progress')).toBeNull();
  expect(view.text('kb-import-summary')).toEqual(['2500 added, 0 updated.']);
});

test('a failed chunk stops the import and says why', async () => {
  const view = await render();
  await settle();
  view.background.failNextWith('quota exceeded');
  await view.pick(csv('faq.csv', 'title,body\nA,a\n'));
  expect(view.text('kb-import-summary')).toEqual(['0 added, 0 updated. Import stopped: quota exceeded']);
});

const article = (id: string, title: string, extra: Partial<Article> = {}): Article => ({ id, title, body: `${title} body`, ...extra });

test('articles are filtered, edited and deleted after confirmation; markup stays text', async () => {
  const view = await render([
    article('x', '<img src=x onerror=alert(1)>'),
    article('r', 'Refunds', { tags: ['billing'] }),
    article('s', 'Shipping'),
  ]);
  await settle();
  expect(view.root.querySelector('.sf-articles img')).toBeNull();
  expect(view.byTestId('kb-article').some((row) => row.textContent!.includes('<img src=x onerror=alert(1)>'))).toBe(true);

  view.type(view.root.querySelector('input[name="kb-filter"]'), 'billing');
  expect(view.byTestId('kb-article').map((li) => li.querySelector('.sf-article-title')!.textContent)).toEqual(['Refunds']);

  view.click(view.button('Edit “Refunds”'));
  view.type(view.root.querySelector('[data-testid="kb-editor"] input[name="title"]'), 'Refunds and returns');
  view.type(view.root.querySelector('[data-testid="kb-editor"] input[name="tags"]'), 'billing, returns');
  view.fire(view.root.querySelector('[data-testid="kb-editor"]'), 'submit');
  await settle();
  expect(await view.background.kb.getArticle('r')).toMatchObject({
    id: 'r',
    title: 'Refunds and returns',
    body: 'Refunds body',
    tags: ['billing', 'returns'],
  });
  expect(view.root.textContent).toContain('Article saved.');

  view.click(view.button('Delete “Refunds and returns”'));
  expect(view.background.kinds()).not.toContain('knowledge-delete');
  view.click(view.button('Yes, delete'));
  await settle();
  expect(await view.background.kb.getArticle('r')).toBeUndefined();
  expect(view.root.textContent).toContain('Article deleted.');
});

test('export downloads JSONL; deleting everything asks first', async () => {
  const view = await render([article('a', 'Alpha'), article('b', 'Beta')]);
  await settle();
  view.click(view.button('Export all (JSONL)'));
  await settle();
  expect(view.download).toHaveBeenCalledWith(
    expect.stringMatching(/^souffleur-knowledge-\d{4}-\d\d-\d\d\.jsonl$/),
    expect.stringContaining('"id":"a"'),
  );

  view.click(view.button('Delete the whole knowledge base'));
  expect(view.root.textContent).toContain('Delete all 2 articles?');
  view.click(view.button('Cancel'));
  expect(view.background.kinds()).not.toContain('knowledge-clear');
  view.click(view.button('Delete the whole knowledge base'));
  view.click(view.button('Yes, delete everything'));
  await settle();
  expect(await view.background.storedIds()).toEqual([]);
  expect(view.root.textContent).toContain('The knowledge base is empty.');
});

test('speaks the admin’s language', async () => {
  const view = await render([], 'de');
  await settle();
  expect(view.root.textContent).toContain('Dateien hierher ziehen');
});

test('embeddings: a hint without an embedding model; with one, the button runs and shows progress, then the count', async () => {
  const articles = ['a', 'b', 'c'].map((id) => ({ id, title: id, body: `Body ${id}` }));
  const off = await render(articles);
  await settle();
  expect(off.root.textContent).toContain('Set an embedding model in the provider settings');
  expect(off.button('Compute embeddings')).toBeUndefined();

  // Slow enough vectors that the page shows the run under way.
  server.setEmbeddings({ kind: 'vectors', delayMs: 400 });
  const background = await testBackground(articles, { provider: withEmbeddings() });
  const view = mount(
    <AskContext.Provider value={background.ask}>
      <KnowledgeSection
        settings={DEFAULT_SETTINGS}
        locale="en"
        update={vi.fn()}
        services={{ update: vi.fn(), requestOrigin: vi.fn(), removeOrigin: vi.fn() }}
      />
    </AskContext.Provider>,
  );
  await settle();
  const status = () => view.byTestId('kb-embed-status')[0]?.textContent;
  expect(status()).toBe('Passages with embeddings: 0');
  const button = [...view.root.querySelectorAll('button')].find((b) => b.textContent === 'Compute embeddings')!;
  view.fire(button, 'click');
  await settle();
  expect(status()).toMatch(/^Embedding passages: \d+ of \d+…$/);
  for (let i = 0; i < 30 && status()?.startsWith('Embedding'); i++) await settle();
  expect(status()).toBe('Passages with embeddings: 3');
  expect(background.kinds().filter((k) => k === 'knowledge-embed')).toHaveLength(1);
});

test('embeddings: a failing run says why', async () => {
  const articles = ['a', 'b', 'c'].map((id) => ({ id, title: id, body: `Body ${id}` }));
  // A chat-only server: 404 on /embeddings.
  server.setEmbeddings({ kind: 'absent' });
  const background = await testBackground(articles, { provider: withEmbeddings() });
  const view = mount(
    <AskContext.Provider value={background.ask}>
      <KnowledgeSection
        settings={DEFAULT_SETTINGS}
        locale="en"
        update={vi.fn()}
        services={{ update: vi.fn(), requestOrigin: vi.fn(), removeOrigin: vi.fn() }}
      />
    </AskContext.Provider>,
  );
  await settle();
  view.fire(
    [...view.root.querySelectorAll('button')].find((b) => b.textContent === 'Compute embeddings')!,
    'click',
  );
  for (let i = 0; i < 30 && !view.root.textContent?.includes('stopped'); i++) await settle();
  expect(view.root.textContent).toContain('Embeddings stopped: This provider does not offer embeddings');
});

test("a file over the size limit is refused by its size, unread, in the admin's language; the others still import", async () => {
  const view = await render([], 'de');
  await settle();
  const huge = csv('huge.csv', 'id,title,body\nx,Never,read\n');
  Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 });
  huge.arrayBuffer = () => Promise.reject(new Error('a refused file must not be read'));
  await view.pick(huge, csv('faq.csv', 'id,title,body\nr1,Refunds,Refunds take 5 days.\n'));
  expect(view.text('kb-file-report')[0]).toContain('huge.csv wurde nicht gelesen: 60.0 MB, über der Grenze von 50.0 MB');
  const imports = view.background.requests.filter((r) => r.kind === 'knowledge-import');
  expect(imports.map((r) => r.kind === 'knowledge-import' && r.source)).toEqual(['file:faq.csv']);
  expect(await view.background.storedIds()).toEqual(['r1']);
});

test('imports go to all accounts by default, or only to the accounts the admin ticks or types', async () => {
  const background = await testBackground();
  const settings = {
    ...DEFAULT_SETTINGS,
    customHelpdeskOrigins: [{ origin: 'https://support.acme.com', helpdesk: 'zendesk' as const, account: 'acme' }],
  };
  const services = { update: vi.fn(), requestOrigin: vi.fn(), removeOrigin: vi.fn() };
  const view = mount(
    <AskContext.Provider value={background.ask}>
      <KnowledgeSection settings={settings} locale="en" update={vi.fn()} services={services} />
    </AskContext.Provider>,
  );
  await settle();
  const pick = async (file: File) => {
    const input = view.byTestId('kb-file-input')[0]!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    view.fire(input, 'change');
    await settle();
  };
  const lastImport = () => background.requests.filter((r) => r.kind === 'knowledge-import').at(-1);
  await pick(csv('all.csv', 'id,title,body\na1,Everyone,For all.\n'));
  expect(lastImport()).not.toHaveProperty('accounts');

  const some = view.root.querySelector('input[name="kbAccounts"][value="some"]') as HTMLInputElement;
  some.checked = true;
  view.fire(some, 'change', { isTrusted: true });
  await settle();
  const acme = view.root.querySelector('input[name="kbAccount"][value="zendesk:acme"]') as HTMLInputElement;
  acme.checked = true;
  view.fire(acme, 'change', { isTrusted: true });
  view.type(view.root.querySelector('input[name="kbAccountAddress"]'), 'globex.freshdesk.com');
  view.click([...view.root.querySelectorAll('button')].find((b) => b.textContent === 'Add'));
  view.type(view.root.querySelector('input[name="kbAccountAddress"]'), 'evil.example');
  view.click([...view.root.querySelectorAll('button')].find((b) => b.textContent === 'Add'));
  await settle();
  expect(view.root.textContent).toContain('Not a helpdesk address Souffleur knows');
  await pick(csv('two.csv', 'id,title,body\nb1,Acme and Globex,Only there.\n'));
  expect(lastImport()).toMatchObject({ accounts: ['zendesk:acme', 'freshdesk:globex'] });
});

test('after the accounts upgrade, a notice says the old articles go to all accounts until dismissed', async () => {
  // Twelve articles from before accounts existed: the real v3 upgrade moves them to all accounts.
  const background = await testBackground([], {
    legacy: Array.from({ length: 12 }, (_, i) => ({ id: `old-${i}`, title: `Old ${i}`, body: 'From before accounts.' })),
  });
  const services = { update: vi.fn(), requestOrigin: vi.fn(), removeOrigin: vi.fn() };
  const view = mount(
    <AskContext.Provider value={background.ask}>
      <KnowledgeSection settings={DEFAULT_SETTINGS} locale="sv" update={vi.fn()} services={services} />
    </AskContext.Provider>,
  );
  await settle();
  expect(view.byTestId('kb-accounts-notice')[0]!.textContent).toContain('12 artiklar från tiden före kontona');
  view.click(view.byTestId('kb-accounts-notice')[0]!.querySelector('button'));
  await settle();
  expect(view.byTestId('kb-accounts-notice')).toHaveLength(0);
  expect(background.requests.at(-1)).toEqual({ kind: 'knowledge-accounts-notice', dismiss: true });
});
