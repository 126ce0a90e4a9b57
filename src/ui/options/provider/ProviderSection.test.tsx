import { expect, test, vi } from 'vitest';
import type { ProviderSummary, StoredProvider } from '../../../messaging/responses';
import type { ConnectionVerdict } from '../../../drafts/provider';
import type { UiLocale } from '../../../i18n/index';
import type { BackgroundRequest, Reply } from '../../../messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../settings/schema';
import { mount } from '../../test-dom';
import { AskContext, type AskFn } from '../ask';
import { ProviderSection } from './ProviderSection';

const SECRET = 'sk-test-1234567890abcd';
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 40));
};

/** The background's provider handlers over memory, with a scripted test verdict and model list. */
function fakeProvider(
  stored: { config: StoredProvider; apiKey: string | null } | null,
  models: string[] = [],
  verdict?: ConnectionVerdict,
) {
  let row = stored;
  const requests: BackgroundRequest[] = [];
  const summary = (): ProviderSummary => ({
    config: row?.config ?? null,
    hasKey: !!row?.apiKey,
    keyHint: row?.apiKey ? `…${row.apiKey.slice(-4)}` : null,
  });
  const ask = (async (request: BackgroundRequest): Promise<Reply<unknown>> => {
    requests.push(request);
    switch (request.kind) {
      case 'provider-get':
        return { ok: true, data: summary() };
      case 'provider-models':
        return { ok: true, data: models };
      case 'provider-test':
        return { ok: true, data: verdict ?? { ok: true, message: 'Connected.', models } };
      case 'provider-save':
        row = { config: request.config, apiKey: request.apiKey === undefined ? (row?.apiKey ?? null) : request.apiKey };
        return { ok: true, data: summary() };
      case 'provider-remove':
        row = null;
        return { ok: true, data: undefined };
      default:
        return { ok: false, error: `unexpected ${request.kind}` };
    }
  }) as AskFn;
  return { ask, requests, row: () => row, sent: (kind: string) => requests.filter((r) => r.kind === kind) };
}

async function render(background: ReturnType<typeof fakeProvider>, locale: UiLocale = 'en') {
  const services = { update: vi.fn(), requestOrigin: vi.fn(), removeOrigin: vi.fn() };
  const view = mount(
    <AskContext.Provider value={background.ask}>
      <ProviderSection settings={DEFAULT_SETTINGS} locale={locale} update={vi.fn()} services={services} />
    </AskContext.Provider>,
  );
  await settle();
  const field = (name: string) => view.root.querySelector(`[name="${name}"]`) as HTMLInputElement | null;
  const button = (label: string) => [...view.root.querySelectorAll('button')].find((b) => b.textContent === label);
  const click = async (label: string) => {
    view.click(button(label));
    await settle();
  };
  const text = (testId: string) => view.byTestId(testId)[0]?.textContent ?? '';
  // linkedom neither submits a form from its submit button nor reflects a select's value as a property.
  const save = async () => {
    view.fire(view.root.querySelector('form'), 'submit');
    await settle();
  };
  const selected = (name: string) => field(name)?.getAttribute('value');
  return { ...view, field, button, click, text, save, selected };
}

const ollama: StoredProvider = { kind: 'compatible', model: 'llama3.1', baseUrl: 'http://localhost:11434/v1', timeoutMs: 30_000 };

test('a stored provider fills the form; its key shows only as a hint, never in a field', async () => {
  const view = await render(fakeProvider({ config: ollama, apiKey: SECRET }, ['llama3.1', 'qwen2.5']));
  expect(view.selected('kind')).toBe('compatible');
  expect(view.selected('preset')).toBe('ollama');
  expect(view.field('baseUrl')!.value).toBe('http://localhost:11434/v1');
  expect(view.field('timeoutSeconds')!.value).toBe('30');
  expect(view.text('provider-key')).toContain('Key set (…abcd)');
  expect(view.field('apiKey')).toBeNull();
  expect(view.root.textContent).not.toContain(SECRET);
  // The model list came from the server.
  expect([...view.root.querySelectorAll('select[name="model"] option')].map((o) => o.textContent)).toEqual(['llama3.1', 'qwen2.5']);
  expect(view.text('provider-privacy')).toContain('replaced by placeholders');
});

test('presets fill the base URL; bad input is explained and nothing is sent', async () => {
  const background = fakeProvider(null);
  const view = await render(background);
  view.choose(view.field('kind'), 'compatible');
  view.choose(view.field('preset'), 'lmstudio');
  expect(view.field('baseUrl')!.value).toBe('http://localhost:1234/v1');
  view.type(view.field('baseUrl'), 'localhost:1234');
  view.type(view.field('maxTokens'), '5');
  await view.click('Test connection');
  expect(background.sent('provider-test')).toHaveLength(0);
  expect(view.field('baseUrl')!.getAttribute('aria-invalid')).toBe('true');
  expect(view.root.textContent).toContain('Use an http:// or https:// address.');
  expect(view.root.textContent).toContain('A whole number from 16 to 32000.');
  expect(view.root.textContent).toContain('Required.'); // the model

  view.choose(view.field('kind'), 'azure');
  expect(view.field('baseUrl')).toBeNull();
  view.type(view.field('azureEndpoint'), '');
  await view.save();
  expect(background.sent('provider-save')).toHaveLength(0);
  expect(view.text('provider-status')).toBe('Check the highlighted fields.');
});

test('test connection gives a clear verdict, with the models it found', async () => {
  const background = fakeProvider(null, ['gpt-4o', 'gpt-4o-mini', 'o3']);
  const view = await render(background);
  view.type(view.field('model'), 'gpt-4o-mini');
  view.type(view.field('apiKey'), 'sk-new-key-9999');
  await view.click('Test connection');
  expect(background.sent('provider-test')).toEqual([
    { kind: 'provider-test', config: { kind: 'openai', model: 'gpt-4o-mini', timeoutMs: 60_000 }, apiKey: 'sk-new-key-9999' },
  ]);
  expect(view.text('provider-verdict')).toBe('Connected. Models available: 3.');
  expect((view.field('model') as unknown as HTMLSelectElement).tagName).toBe('SELECT');
});

test('a failed test names the kind of error and the server’s reason', async () => {
  const verdict: ConnectionVerdict = { ok: false, kind: 'auth', message: '401 Incorrect API key provided.' };
  const view = await render(fakeProvider({ config: { kind: 'openai', model: 'gpt-4o-mini' }, apiKey: SECRET }, [], verdict));
  await view.click('Test connection');
  expect(view.text('provider-verdict')).toBe('Key refused: 401 Incorrect API key provided.');
  expect(view.byTestId('provider-verdict')[0]!.className).toBe('sf-field-error');
});

test('saving sends the config with a new key only when one was typed; removing the key sends null', async () => {
  const background = fakeProvider({ config: ollama, apiKey: SECRET }, []);
  const view = await render(background);
  view.type(view.field('model'), 'qwen2.5');
  await view.save();
  expect(background.sent('provider-save').at(-1)).toEqual({ kind: 'provider-save', config: { ...ollama, model: 'qwen2.5' } });
  expect(view.text('provider-status')).toBe('Provider saved.');

  await view.click('Replace');
  expect(view.field('apiKey')!.value).toBe('');
  view.type(view.field('apiKey'), 'sk-replacement-7777');
  await view.save();
  expect(background.row()?.apiKey).toBe('sk-replacement-7777');
  expect(view.text('provider-key')).toContain('Key set (…7777)');

  await view.click('Remove key');
  expect(view.text('provider-key')).toContain('The key will be removed when you save.');
  await view.save();
  expect(background.sent('provider-save').at(-1)).toMatchObject({ apiKey: null });
  expect(background.row()?.apiKey).toBeNull();
  expect(view.field('apiKey')).not.toBeNull();
});

test('remove provider asks first, then clears the form', async () => {
  const background = fakeProvider({ config: ollama, apiKey: SECRET });
  const view = await render(background);
  await view.click('Remove provider');
  expect(background.sent('provider-remove')).toHaveLength(0);
  await view.click('Yes, remove');
  expect(background.row()).toBeNull();
  expect(view.text('provider-status')).toBe('Provider removed. Drafts are offline now.');
  expect(view.selected('kind')).toBe('openai');
  expect(view.button('Remove provider')).toBeUndefined();
});

test('Arabic labels', async () => {
  const view = await render(fakeProvider(null), 'ar');
  expect(view.root.textContent).toContain('اختبار الاتصال');
  expect(view.field('baseUrl')!.getAttribute('dir')).toBe('ltr');
});

test('changing the host asks for the key again: Test connection and Save do not use the stored key', async () => {
  const background = fakeProvider({ config: ollama, apiKey: SECRET }, []);
  const view = await render(background);
  expect(view.byTestId('provider-key-new-host')).toHaveLength(0);
  view.type(view.field('baseUrl'), 'http://localhost:8000/v1');
  expect(view.field('apiKey')).not.toBeNull();
  expect(view.text('provider-key-new-host')).toContain('never sent to a different host');
  await view.click('Test connection');
  expect(background.sent('provider-test').at(-1)).toMatchObject({ config: { baseUrl: 'http://localhost:8000/v1' }, apiKey: '' });
  await view.save();
  expect(background.sent('provider-save').at(-1)).toMatchObject({ config: { baseUrl: 'http://localhost:8000/v1' }, apiKey: null });
  // Back to the saved host, the stored key applies again.
  view.type(view.field('baseUrl'), 'http://localhost:11434/v1');
  expect(view.byTestId('provider-key-new-host')).toHaveLength(0);
});

test('plain http to a LAN host is refused until the admin allows that host, then warned about', async () => {
  const background = fakeProvider(null, []);
  const view = await render(background);
  view.choose(view.field('kind'), 'compatible');
  view.type(view.field('baseUrl'), 'http://192.168.1.20:11434/v1');
  view.type(view.field('model'), 'llama3.1');
  await view.click('Test connection');
  expect(background.sent('provider-test')).toHaveLength(0);
  expect(view.root.textContent).toContain('Plain http is only for this computer');
  expect(view.byTestId('provider-http-warning')).toHaveLength(0);

  const allow = view.field('allowHttp')!;
  allow.checked = true;
  view.fire(allow, 'change');
  expect(view.text('provider-http-warning')).toContain('travel unencrypted to 192.168.1.20');
  await view.click('Test connection');
  expect(background.sent('provider-test').at(-1)).toMatchObject({
    config: { baseUrl: 'http://192.168.1.20:11434/v1', allowHttpHost: '192.168.1.20' },
  });
  // https needs no allowance, and none is sent.
  view.type(view.field('baseUrl'), 'https://gpu.example/v1');
  expect(view.byTestId('provider-allow-http')).toHaveLength(0);
  await view.click('Test connection');
  expect(background.sent('provider-test').at(-1)!).not.toHaveProperty('config.allowHttpHost');
});
