// A loopback stand-in for the helpdesks: serves the fixture pages under their real paths (the
// browser maps *.zendesk.com and *.freshdesk.com here), their same-origin REST API from JSON files,
// and the real editors (CKEditor 5, Froala) from node_modules. Used by browser tests, the demo and
// the benchmarks.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');

const STATIC_MOUNTS: Record<string, string> = {
  '/vendor/ckeditor5/': join(ROOT, 'node_modules/ckeditor5/dist/browser/'),
  '/vendor/froala/': join(ROOT, 'node_modules/froala-editor/'),
  '/fixtures/shared/': join(FIXTURES, 'shared/'),
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

interface Routes {
  pages: Record<string, string>;
  api?: Record<string, string>;
}

export type HelpdeskHost = 'zendesk' | 'freshdesk';

function loadRoutes(helpdesk: HelpdeskHost): Routes {
  const file = join(FIXTURES, helpdesk, 'routes.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Routes) : { pages: {} };
}

function helpdeskOf(host: string | undefined): HelpdeskHost | null {
  const name = (host ?? '').split(':')[0]!;
  if (name.endsWith('.zendesk.com')) return 'zendesk';
  if (name.endsWith('.freshdesk.com')) return 'freshdesk';
  return null;
}

/** Resolves `relative` under `base`, refusing paths that climb out of it. */
function inside(base: string, relative: string): string | null {
  const path = normalize(join(base, decodeURIComponent(relative)));
  return path.startsWith(base) ? path : null;
}

export interface FixtureServer {
  port: number;
  /** Every API path the pages requested, for assertions. */
  apiRequests: string[];
  /** When each API answer was written (Date.now()), for benches that time what follows the REST reading. */
  apiAnsweredAt: number[];
  /** Delay for API answers (ms), to exercise the DOM-first, API-later path. */
  setApiDelay(ms: number): void;
  /** Make the REST API fail, to exercise the DOM fallback. */
  setApiFailure(failing: boolean): void;
  /** The next request for this API path (with its query) gets this status and headers, e.g. 429 with Retry-After. */
  answerOnce(path: string, status: number, headers?: Record<string, string>): void;
  /** Answer this API path (with its query) from another fixture file (relative to the helpdesk's folder), e.g. after a deletion; null restores routes.json. */
  serveApi(path: string, file: string | null): void;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  port?: number;
  /** Serve other fixture files at some paths, e.g. a fully expanded thread for a benchmark. */
  pageOverrides?: Partial<Record<HelpdeskHost, Record<string, string>>>;
  /** Which helpdesk answers requests to the bare loopback address (Node's fetch cannot set Host). */
  loopbackHelpdesk?: HelpdeskHost;
  /** Headers every helpdesk page is served with (not the API or the editors), e.g. a Content-Security-Policy. */
  pageHeaders?: Record<string, string>;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const routes = { zendesk: loadRoutes('zendesk'), freshdesk: loadRoutes('freshdesk') };
  for (const helpdesk of ['zendesk', 'freshdesk'] as const) Object.assign(routes[helpdesk].pages, options.pageOverrides?.[helpdesk]);
  const apiRequests: string[] = [];
  const apiAnsweredAt: number[] = [];
  let apiDelay = 0;
  let apiFailing = false;
  const onceAnswers = new Map<string, { status: number; headers: Record<string, string> }>();
  const apiOverrides = new Map<string, string>();

  async function sendFile(res: ServerResponse, path: string | null, extraHeaders: Record<string, string> = {}) {
    if (!path || !existsSync(path)) return notFound(res);
    const body = await readFile(path);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...extraHeaders,
    });
    res.end(body);
  }

  function notFound(res: ServerResponse) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // Firefox comes through a PAC proxy (./firefox.ts) and asks for absolute URLs
    // ("GET http://acme.zendesk.com/agent/tickets/1"); URL() reads their path the same, and the Host
    // header still names the helpdesk. Nothing is ever fetched for other hosts: this is no open proxy.
    const url = new URL(req.url ?? '/', 'http://fixture');
    for (const [prefix, dir] of Object.entries(STATIC_MOUNTS)) {
      // The editors are megabytes of unchanging code: let the browser keep them.
      if (url.pathname.startsWith(prefix))
        return sendFile(res, inside(dir, url.pathname.slice(prefix.length)), { 'cache-control': 'max-age=3600' });
    }
    const helpdesk = helpdeskOf(req.headers.host) ?? options.loopbackHelpdesk ?? null;
    if (!helpdesk) return notFound(res);
    const { pages, api = {} } = routes[helpdesk];
    if (url.pathname.startsWith('/api/')) {
      apiRequests.push(url.pathname + url.search);
      if (apiDelay) await new Promise((done) => setTimeout(done, apiDelay));
      const once = onceAnswers.get(url.pathname + url.search);
      if (once) {
        onceAnswers.delete(url.pathname + url.search);
        res.writeHead(once.status, { 'content-type': 'application/json', ...once.headers });
        return res.end(`{"error":"HTTP ${once.status}"}`);
      }
      if (apiFailing) {
        res.writeHead(503, { 'content-type': 'application/json' });
        return res.end('{"error":"unavailable"}');
      }
      const file = apiOverrides.get(url.pathname + url.search) ?? api[url.pathname + url.search] ?? api[url.pathname];
      await sendFile(res, file ? inside(join(FIXTURES, helpdesk), file) : null);
      apiAnsweredAt.push(Date.now());
      return;
    }
    const page = pages[url.pathname];
    return sendFile(res, page ? inside(join(FIXTURES, helpdesk), page) : null, options.pageHeaders);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    apiRequests,
    apiAnsweredAt,
    setApiDelay: (ms) => (apiDelay = ms),
    setApiFailure: (failing) => (apiFailing = failing),
    answerOnce: (path, status, headers = {}) => void onceAnswers.set(path, { status, headers }),
    serveApi: (path, file) => void (file === null ? apiOverrides.delete(path) : apiOverrides.set(path, file)),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
