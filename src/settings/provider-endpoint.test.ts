import { describe, expect, it } from 'vitest';
import { checkEndpoint, keyOrigin } from './provider-endpoint';

const compatible = (baseUrl: string, allowHttpHost?: string) => ({ kind: 'compatible' as const, baseUrl, allowHttpHost });

describe('provider endpoint', () => {
  it('accepts https anywhere and plain http only on loopback', () => {
    expect(checkEndpoint(compatible('https://openrouter.ai/api/v1'))).toMatchObject({ ok: true, plainHttp: 'no' });
    for (const url of ['http://localhost:11434/v1', 'http://127.0.0.1:8000/v1', 'http://[::1]:1234/v1', 'http://ollama.localhost/v1']) {
      expect(checkEndpoint(compatible(url)), url).toMatchObject({ ok: true, plainHttp: 'loopback' });
    }
    expect(checkEndpoint(compatible('http://192.168.1.20:11434/v1'))).toEqual({ ok: false, problem: 'insecure' });
    expect(checkEndpoint(compatible('http://api.example.com/v1'))).toEqual({ ok: false, problem: 'insecure' });
    // A look-alike of loopback is not loopback.
    expect(checkEndpoint(compatible('http://127.0.0.1.evil.example/v1'))).toEqual({ ok: false, problem: 'insecure' });
    expect(checkEndpoint({ kind: 'azure', azureEndpoint: 'http://res.openai.azure.com' })).toEqual({ ok: false, problem: 'insecure' });
  });

  it('allows plain http to exactly the host an admin named, and nothing else', () => {
    expect(checkEndpoint(compatible('http://192.168.1.20:11434/v1', '192.168.1.20'))).toMatchObject({ ok: true, plainHttp: 'allowed' });
    expect(checkEndpoint(compatible('http://192.168.1.21:11434/v1', '192.168.1.20'))).toEqual({ ok: false, problem: 'insecure' });
  });

  it('refuses other schemes and credentials in the address', () => {
    expect(checkEndpoint(compatible('ftp://example.com/v1'))).toEqual({ ok: false, problem: 'url' });
    expect(checkEndpoint(compatible('https://user:pw@example.com/v1'))).toEqual({ ok: false, problem: 'url' });
    expect(checkEndpoint(compatible('not a url'))).toEqual({ ok: false, problem: 'url' });
  });

  it('binds the key to the origin: OpenAI without a base URL is api.openai.com; a port change is another origin', () => {
    expect(keyOrigin({ kind: 'openai' })).toBe('https://api.openai.com');
    expect(keyOrigin(compatible('http://localhost:11434/v1'))).not.toBe(keyOrigin(compatible('http://localhost:8000/v1')));
    expect(keyOrigin(compatible('http://10.0.0.5/v1'))).toBeNull();
  });
});
