// The history fetch against a real loopback HTTP server: 429 with Retry-After is retried once after
// the delay, a wait beyond the bound is not, and 401/403 or a non-JSON page are said plainly.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyFetch, MAX_RETRY_WAIT_MS, retryDelayMs } from './fetch-retry';

let server: Server;
let origin = '';
const hits = new Map<string, number[]>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const times = hits.get(path) ?? [];
    times.push(Date.now());
    hits.set(path, times);
    if (path === '/limited-once' && times.length === 1) return res.writeHead(429, { 'retry-after': '1' }).end();
    if (path === '/limited-always') return res.writeHead(429, { 'retry-after': '0' }).end();
    if (path === '/limited-long') return res.writeHead(429, { 'retry-after': String(MAX_RETRY_WAIT_MS / 1000 + 60) }).end();
    if (path === '/forbidden') return res.writeHead(403).end();
    if (path === '/html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: Error) => `${e.name}: ${e.message}`,
  );

describe('historyFetch', () => {
  it('retries a 429 once, after Retry-After', async () => {
    await expect(historyFetch(origin)('/limited-once')).resolves.toEqual({ ok: true });
    const [first, second] = hits.get('/limited-once')!;
    expect(hits.get('/limited-once')).toHaveLength(2);
    expect(second! - first!).toBeGreaterThanOrEqual(950);
  });

  it('gives up after one retry, and at once when the wait is beyond the bound', async () => {
    expect(await reasonOf(historyFetch(origin)('/limited-always'))).toBe('HistoryProblem: rate-limited');
    expect(hits.get('/limited-always')).toHaveLength(2);
    expect(await reasonOf(historyFetch(origin)('/limited-long'))).toBe('HistoryProblem: rate-limited');
    expect(hits.get('/limited-long')).toHaveLength(1);
  });

  it('names a refused session, a page that is not the API, and no server at all', async () => {
    expect(await reasonOf(historyFetch('http://127.0.0.1:9')('/api/v2/tickets'))).toBe('HistoryProblem: unreachable');
    expect(await reasonOf(historyFetch(origin)('/forbidden'))).toBe('HistoryProblem: not-allowed');
    expect(await reasonOf(historyFetch(origin)('/html'))).toBe('HistoryProblem: unreachable');
  });

  it('refuses another origin before any request', async () => {
    await expect(historyFetch(origin)('https://elsewhere.example/api/v2/tickets')).rejects.toThrow('cross-origin');
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryDelayMs('2')).toBe(2000);
    expect(retryDelayMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryDelayMs(null)).toBe(1000);
    expect(retryDelayMs('soon')).toBe(1000);
  });
});
