// Firefox reaches the fixture pages through a PAC proxy (tests/support/firefox.ts), so the fixture
// server receives absolute-form request targets ("GET http://acme.zendesk.com/… HTTP/1.1"), as a proxy
// does. It serves those by path and Host, and never fetches anything for a host that is not a helpdesk.
import { request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { pacScript } from '../support/firefox.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

function viaProxy(url: string): Promise<{ status: number; body: string }> {
  const { host } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: url, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

it('serves a helpdesk page and its REST API asked for by absolute URL', async () => {
  const page = await viaProxy('http://acme.zendesk.com/agent/tickets/1');
  expect(page.status).toBe(200);
  expect(page.body).toContain('INV-2291');
  const api = await viaProxy('http://acme.freshdesk.com/api/v2/tickets/101?include=requester');
  expect(api.status).toBe(200);
  expect(server.apiRequests).toContain('/api/v2/tickets/101?include=requester');
});

it('answers 404 for any other host: it is no open proxy', async () => {
  expect((await viaProxy('http://example.com/agent/tickets/1')).status).toBe(404);
});

it('the PAC script sends only the helpdesk hosts to the fixture server', () => {
  const pac = pacScript(4321);
  expect(pac).toContain('"*.zendesk.com"');
  expect(pac).toContain('"*.freshdesk.com"');
  expect(pac).toContain('PROXY 127.0.0.1:4321');
  expect(pac).toMatch(/return "DIRECT";\s*}$/);
});
