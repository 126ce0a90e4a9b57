import { expect, test } from 'vitest';
import { checkForm, EMPTY_FORM, formFromConfig, presetOf } from './provider-form';

test('the optional embedding model is trimmed, sent when set, and read back', () => {
  const form = { ...EMPTY_FORM, model: 'gpt-4o-mini', embeddingModel: ' text-embedding-3-small ' };
  const checked = checkForm(form);
  expect(checked).toEqual({
    ok: true,
    config: { kind: 'openai', model: 'gpt-4o-mini', timeoutMs: 60_000, embeddingModel: 'text-embedding-3-small' },
  });
  expect(checked.ok && formFromConfig(checked.config).embeddingModel).toBe('text-embedding-3-small');
  expect(checkForm({ ...form, embeddingModel: '' })).toEqual({
    ok: true,
    config: { kind: 'openai', model: 'gpt-4o-mini', timeoutMs: 60_000 },
  });
});

test('an OpenAI-compatible server needs an http(s) base URL and a model', () => {
  expect(checkForm({ ...EMPTY_FORM, kind: 'compatible' })).toEqual({ ok: false, problems: { model: 'required', baseUrl: 'required' } });
  expect(checkForm({ ...EMPTY_FORM, kind: 'compatible', model: 'llama3', baseUrl: 'ftp://x/v1' })).toEqual({
    ok: false,
    problems: { baseUrl: 'url' },
  });
  expect(
    checkForm({ ...EMPTY_FORM, kind: 'compatible', model: ' llama3 ', baseUrl: 'http://localhost:11434/v1', maxTokens: '800' }),
  ).toEqual({
    ok: true,
    config: { kind: 'compatible', model: 'llama3', baseUrl: 'http://localhost:11434/v1', timeoutMs: 60_000, maxTokens: 800 },
  });
});

test('Azure needs endpoint, API version and deployment, and sends no base URL', () => {
  const azure = { ...EMPTY_FORM, kind: 'azure' as const, azureApiVersion: '', baseUrl: 'https://ignored.example' };
  expect(checkForm(azure)).toEqual({ ok: false, problems: { model: 'required', azureEndpoint: 'required', azureApiVersion: 'required' } });
  const ok = checkForm({ ...azure, model: 'gpt-4o-prod', azureEndpoint: 'https://acme.openai.azure.com', azureApiVersion: '2024-10-21' });
  expect(ok).toEqual({
    ok: true,
    config: {
      kind: 'azure',
      model: 'gpt-4o-prod',
      azureEndpoint: 'https://acme.openai.azure.com',
      azureApiVersion: '2024-10-21',
      timeoutMs: 60_000,
    },
  });
});

test('limits are range-checked', () => {
  const base = { ...EMPTY_FORM, model: 'gpt-4o-mini' };
  expect(checkForm({ ...base, timeoutSeconds: '0' })).toEqual({ ok: false, problems: { timeoutSeconds: 'timeout' } });
  expect(checkForm({ ...base, timeoutSeconds: 'soon' })).toEqual({ ok: false, problems: { timeoutSeconds: 'timeout' } });
  expect(checkForm({ ...base, maxTokens: '12.5' })).toEqual({ ok: false, problems: { maxTokens: 'maxTokens' } });
  expect(checkForm({ ...base, timeoutSeconds: '', maxTokens: '' })).toEqual({ ok: true, config: { kind: 'openai', model: 'gpt-4o-mini' } });
});

test('a stored configuration fills the form, and its URL names its preset', () => {
  const form = formFromConfig({ kind: 'compatible', model: 'qwen', baseUrl: 'http://localhost:1234/v1', timeoutMs: 30_000 });
  expect(form).toMatchObject({ kind: 'compatible', model: 'qwen', timeoutSeconds: '30', maxTokens: '' });
  expect(presetOf(form.baseUrl)).toBe('lmstudio');
  expect(presetOf('https://openrouter.ai/api/v1/')).toBe('openrouter');
  expect(presetOf('http://gpu-box:9000/v1')).toBe('custom');
  expect(formFromConfig(null)).toEqual(EMPTY_FORM);
});

test('a remote plain-http address needs the allowance, which is bound to its host', () => {
  const lan = { ...EMPTY_FORM, kind: 'compatible' as const, model: 'm', baseUrl: 'http://10.0.0.7:8000/v1' };
  expect(checkForm(lan)).toEqual({ ok: false, problems: { baseUrl: 'insecure' } });
  expect(checkForm({ ...lan, allowHttp: true })).toMatchObject({ ok: true, config: { allowHttpHost: '10.0.0.7' } });
  expect(checkForm({ ...EMPTY_FORM, kind: 'azure', model: 'd', azureEndpoint: 'http://res.openai.azure.com' })).toEqual({
    ok: false,
    problems: { azureEndpoint: 'insecure' },
  });
  expect(formFromConfig({ kind: 'compatible', model: 'm', baseUrl: lan.baseUrl, allowHttpHost: '10.0.0.7' }).allowHttp).toBe(true);
});
