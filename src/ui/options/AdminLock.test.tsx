// The options page under an admin's policy: the managed fields show the admin's values, disabled, with
// "Set by your admin" in the page's language; the others stay the agent's to change.
import { expect, test, vi } from 'vitest';
import { DEFAULT_DRAFT_SETTINGS } from '../../drafts/settings';
import { parseManagedPolicy } from '../../settings/managed';
import { applyManagedDraftSettings } from '../../settings/managed-drafts';
import { applyManagedSettings } from '../../settings/managed';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { mount } from '../test-dom';
import { AskContext, type AskFn } from './ask';
import { OptionsApp } from './OptionsApp';

const POLICY = parseManagedPolicy({
  providerKind: 'compatible',
  providerBaseUrl: 'https://llm.acme.example/v1',
  providerModel: 'team-model',
  holdoutShare: 0.1,
  statsRetentionDays: 365,
  readingWhenHeld: true,
  draftSettings: { signature: 'The ACME support team' },
  linkAllowlist: ['status.acme.example'],
});

// The background answers with the admin's values in place, as src/background/provider-store.ts does.
const background = (async (request) =>
  request.kind === 'provider-get'
    ? {
        ok: true,
        data: { config: { kind: 'compatible', model: 'team-model', baseUrl: 'https://llm.acme.example/v1' }, hasKey: false, keyHint: null },
      }
    : request.kind === 'draft-settings-get'
      ? { ok: true, data: applyManagedDraftSettings(DEFAULT_DRAFT_SETTINGS, POLICY) }
      : { ok: true, data: { articles: [], total: 0 } }) as AskFn;

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function renderManaged(uiLanguage: Settings['uiLanguage']) {
  const initial = applyManagedSettings({ ...DEFAULT_SETTINGS, uiLanguage }, POLICY);
  const view = mount(
    <AskContext.Provider value={background}>
      <OptionsApp
        initial={initial}
        services={{ update: vi.fn(async () => initial), requestOrigin: vi.fn(), removeOrigin: vi.fn(), managed: POLICY }}
        navigatorLanguages={['en-US']}
        prefersDark={false}
      />
    </AskContext.Provider>,
  );
  await flush();
  await flush();
  return view;
}

const field = (root: Element, name: string) => root.querySelector(`[name="${name}"]`) as HTMLInputElement;
const noteOf = (root: Element, name: string) =>
  field(root, name).closest('label')?.querySelector('[data-testid="set-by-admin"]')?.textContent ?? null;

test("managed fields show the admin's values, disabled, with the note; the agent's own stay editable", async () => {
  const { root } = await renderManaged('en');
  expect(root.querySelector('[data-testid="managed-notice"]')!.textContent).toMatch(/set by your admin's policy/);
  for (const [name, value] of [
    ['holdoutShare', '10'],
    ['statsRetentionDays', '365'],
    ['baseUrl', 'https://llm.acme.example/v1'],
    ['model', 'team-model'],
    ['signature', 'The ACME support team'],
    ['allowlist', 'status.acme.example'],
  ] as const) {
    expect(field(root, name).value, name).toBe(value);
    expect(field(root, name).disabled, name).toBe(true);
    expect(noteOf(root, name), name).toBe('Set by your admin');
  }
  // The opt-in to the held-back ticket's reading: the admin's choice, ticked and locked.
  expect(field(root, 'readingWhenHeld').hasAttribute('checked')).toBe(true);
  expect(field(root, 'readingWhenHeld').disabled).toBe(true);
  expect(noteOf(root, 'readingWhenHeld')).toBe('Set by your admin');
  // A <select>'s value is a property the test DOM does not reflect; locked all the same.
  expect(field(root, 'kind').disabled).toBe(true);
  expect(noteOf(root, 'kind')).toBe('Set by your admin');
  for (const name of ['theme', 'agentName', 'tone', 'embeddingModel', 'holdDraftsWhenHandlePersonally']) {
    expect(field(root, name).disabled, name).toBe(false);
    expect(noteOf(root, name), name).toBeNull();
  }
});

test("the note is in the page's language, Arabic included", async () => {
  const { root } = await renderManaged('ar');
  expect(noteOf(root, 'holdoutShare')).toBe('يحدّده المسؤول لديك');
  const german = await renderManaged('de');
  expect(noteOf(german.root, 'baseUrl')).toBe('Von Ihrer Administration festgelegt');
});

test('without a policy nothing is locked and no notice shows', () => {
  const { root } = mount(
    <AskContext.Provider value={background}>
      <OptionsApp
        initial={DEFAULT_SETTINGS}
        services={{ update: vi.fn(), requestOrigin: vi.fn(), removeOrigin: vi.fn() }}
        navigatorLanguages={['en-US']}
        prefersDark={false}
      />
    </AskContext.Provider>,
  );
  expect(root.querySelector('[data-testid="managed-notice"]')).toBeNull();
  expect(root.querySelectorAll('[data-testid="set-by-admin"]')).toHaveLength(0);
  expect(field(root, 'holdoutShare').disabled).toBe(false);
});
