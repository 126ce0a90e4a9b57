// Attacks on the gate's key rule (rev-egress22): look-alike hosts, a config whose fields disagree about where it
// goes, and redirects. A fake fetch records what the SDK would send; nothing leaves the machine.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderConfig } from '../drafts/client';
import { checkEndpoint } from '../settings/provider-endpoint';
import { listModelIds, sendChat, sendEmbeddings } from './gate';

const compatible = (baseUrl: string, allowHttpHost?: string) => ({ kind: 'compatible' as const, baseUrl, allowHttpHost });

describe('the endpoint rule against look-alikes', () => {
  it('refuses plain http to hosts that only look like loopback or like the allowed host', () => {
    for (const url of [
      'http://localhost.evil.com/v1',
      'http://127.0.0.1.nip.io/v1',
      'http://127.0.0.1.evil.com./v1',
      'http://localhost@evil.com/v1',
      'http://evil.com#@localhost/v1',
      'http://evil.com\\@localhost/v1',
      'http://0.0.0.0:11434/v1',
      'http://[::ffff:c000:20a]/v1',
    ])
      expect(checkEndpoint(compatible(url)).ok, url).toBe(false);
    expect(checkEndpoint(compatible('http://lan-box.evil.com/v1', 'lan-box')).ok).toBe(false);
    expect(checkEndpoint(compatible('http://lan-box.example./v1', 'lan-box.example')).ok).toBe(false);
    expect(checkEndpoint(compatible('https://x@evil.example/v1')).ok).toBe(false);
  });

  it('reads loopback and the allowed host however they are spelled (case, numeric forms)', () => {
    for (const url of ['HTTP://LOCALHOST:11434/v1', 'http://127.1:8000/v1', 'http://0x7f.0.0.1/v1', 'http://[0:0:0:0:0:0:0:1]/v1'])
      expect(checkEndpoint(compatible(url)), url).toMatchObject({ ok: true, plainHttp: 'loopback' });
    expect(checkEndpoint(compatible('http://LAN-Box.Example:8080/v1', 'lan-box.example'))).toMatchObject({
      ok: true,
      plainHttp: 'allowed',
    });
  });
});

describe('the gate sends a key only where the rule was checked', () => {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return new Response(JSON.stringify({ choices: [{ message: { content: 'ok' } }], data: [] }), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  const base = { model: 'm', apiKey: 'sk-canary', fetch: fakeFetch, timeoutMs: 2000 } as const;
  const chat = (config: ProviderConfig) => sendChat(config, { model: 'm', messages: [{ role: 'user', content: 'hi' }] }, {});

  it('an Azure config without its endpoint but with an http base URL: the SDK would send there, so the check must too', async () => {
    calls.length = 0;
    const config: ProviderConfig = { ...base, kind: 'azure', baseUrl: 'http://192.0.2.10:8080/openai' };
    await expect(chat(config)).rejects.toThrow();
    expect(calls.map((c) => c.url)).toEqual([]);
  });

  // rev-egress23 (modelled: a config built by hand, as a new caller or the CLI could): the key rule only ran when there
  // was a key, so a keyless config (a local Ollama needs none) to a plain-http host nobody allowed got the ticket.
  it('a config without a key: the ticket goes only where the endpoint rule allows, key or no key', async () => {
    calls.length = 0;
    const { apiKey: _none, ...keyless } = base;
    const refused: ProviderConfig[] = [
      { ...keyless, kind: 'compatible', baseUrl: 'http://192.0.2.10:11434/v1' },
      { ...keyless, kind: 'compatible', baseUrl: 'http://lan-box.evil.com/v1', allowHttpHost: 'lan-box' },
      { ...keyless, kind: 'azure', azureEndpoint: 'http://192.0.2.10:8080' },
      { ...keyless, kind: 'compatible', baseUrl: 'ftp://192.0.2.10/v1' },
    ];
    for (const config of refused) {
      await expect(chat(config)).rejects.toThrow(/plain http|not a valid provider address/);
      await expect(sendEmbeddings({ ...config, embeddingModel: 'e' }, ['TICKETCANARY'])).rejects.toThrow();
      await expect(listModelIds(config)).rejects.toThrow();
    }
    expect(calls.map((c) => c.url)).toEqual([]);
    // Still sent: loopback, https and the host the admin allowed, without a key as with one.
    await chat({ ...keyless, kind: 'compatible', baseUrl: 'http://127.0.0.1:11434/v1' });
    await chat({ ...keyless, kind: 'compatible', baseUrl: 'http://lan-box:11434/v1', allowHttpHost: 'lan-box' });
    await chat({ ...keyless, kind: 'compatible', baseUrl: 'https://llm.example.com/v1' });
    expect(calls.map((c) => new URL(c.url).host)).toEqual(['127.0.0.1:11434', 'lan-box:11434', 'llm.example.com']);
  });

  it('a chat, an embedding and the model list each refuse to follow a redirect', async () => {
    calls.length = 0;
    const config: ProviderConfig = { ...base, kind: 'compatible', baseUrl: 'https://llm.example.com/v1' };
    await chat(config);
    await sendEmbeddings({ ...config, embeddingModel: 'e' }, ['x']).catch(() => undefined);
    await listModelIds(config).catch(() => undefined);
    expect(calls.length).toBe(3);
    for (const call of calls) expect(call.init?.redirect, call.url).toBe('error');
  });
});

describe('a provider that redirects (a real server on loopback)', () => {
  let origin: Server, elsewhere: Server;
  const reached: { url: string | undefined; auth: string | undefined; body: string }[] = [];
  const bodyOf = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => resolve(text));
    });
  const listen = (server: Server) =>
    new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  let originPort = 0;

  beforeAll(async () => {
    elsewhere = createServer(async (req, res) => {
      reached.push({ url: req.url, auth: req.headers.authorization, body: await bodyOf(req) });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ choices: [{ message: { content: 'from elsewhere' } }] }));
    });
    const elsewherePort = await listen(elsewhere);
    origin = createServer(async (req, res) => {
      await bodyOf(req);
      // 307 keeps the method and the body: the redacted ticket would be posted again, to the other address.
      res.writeHead(307, { location: `http://localhost:${elsewherePort}${req.url}` }).end();
    });
    originPort = await listen(origin);
  });
  afterAll(() => {
    origin.close();
    elsewhere.close();
  });

  it('the ticket and the key never reach the address a redirect names', async () => {
    const config: ProviderConfig = {
      kind: 'compatible',
      baseUrl: `http://127.0.0.1:${originPort}/v1`,
      model: 'm',
      apiKey: 'sk-canary',
      timeoutMs: 5000,
    };
    const answer = sendChat(config, { model: 'm', messages: [{ role: 'user', content: 'TICKETCANARY' }] }, {});
    await expect(answer).rejects.toThrow();
    expect(reached).toEqual([]);
  });
});

describe('the team stats request', () => {
  it('refuses to follow a redirect (it carries the Basic auth and the events)', async () => {
    const { sendStatsRequest } = await import('./gate');
    let init: RequestInit | undefined;
    const fetch = (async (_url: string | URL | Request, given?: RequestInit) => (
      (init = given),
      new Response('Ok.')
    )) as typeof globalThis.fetch;
    await sendStatsRequest({ url: 'https://ch.example.com:8443/', user: 'agent', password: 'pw', fetch }, 'SELECT 1');
    expect(init?.redirect).toBe('error');
  });
});
