import { DEFAULT_DRAFT_SETTINGS } from '../../drafts/settings';
import { expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../settings/schema';
import { mount } from '../test-dom';
import { AskContext, type AskFn } from './ask';
import { OptionsApp } from './OptionsApp';
import type { OptionsServices } from './types';

/** Services over an in-memory store, recording permission calls. */
function fakeServices(granted = true) {
  let stored: Settings = DEFAULT_SETTINGS;
  const calls: string[] = [];
  const services: OptionsServices = {
    update: vi.fn(async (change) => (stored = normalizeSettings(change(stored)))),
    requestOrigin: vi.fn(async (origin) => (calls.push(`request ${origin}`), granted)),
    removeOrigin: vi.fn(async (origin) => (calls.push(`remove ${origin}`), true)),
  };
  return { services, calls, stored: () => stored, set: (s: Settings) => (stored = s) };
}

/** The knowledge, provider and draft sections ask the background on mount: an empty one here. */
const emptyBackground = (async (request) =>
  request.kind === 'provider-get'
    ? { ok: true, data: { config: null, hasKey: false, keyHint: null } }
    : request.kind === 'draft-settings-get'
      ? { ok: true, data: DEFAULT_DRAFT_SETTINGS }
      : { ok: true, data: { articles: [], total: 0 } }) as AskFn;

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function renderOptions(initial: Settings = DEFAULT_SETTINGS, granted = true, languages = ['en-US']) {
  const fake = fakeServices(granted);
  fake.set(initial);
  const view = mount(
    <AskContext.Provider value={emptyBackground}>
      <OptionsApp initial={initial} services={fake.services} navigatorLanguages={languages} prefersDark={false} />
    </AskContext.Provider>,
  );
  return { ...view, ...fake };
}

async function submitOrigin(view: ReturnType<typeof renderOptions>, address: string, helpdesk: string) {
  view.type(view.root.querySelector('input[name="origin"]'), address);
  view.choose(view.root.querySelector('select[name="helpdesk"]'), helpdesk);
  view.fire(view.root.querySelector('form.sf-origin-form'), 'submit');
  await flush();
  await flush();
}

test('renders every section in the browser language', () => {
  const view = renderOptions(DEFAULT_SETTINGS, true, ['sv-SE']);
  const headings = [...view.root.querySelectorAll('h2')].map((h) => h.textContent);
  expect(headings).toEqual(['Allmänt', 'Helpdesk på egen domän', 'Kunskapsbas', 'Modelleverantör', 'Svarsutkast', 'Teamstatistik']);
  expect(view.root.querySelector('.sf-options')!.getAttribute('dir')).toBe('ltr');
});

test('choosing Arabic saves it and switches the page to Arabic, right to left', async () => {
  const view = renderOptions();
  view.choose(view.root.querySelector('select[name="uiLanguage"]'), 'ar');
  await flush();
  expect(view.stored().uiLanguage).toBe('ar');
  const root = view.root.querySelector('.sf-options')!;
  expect(root.getAttribute('dir')).toBe('rtl');
  expect(root.querySelector('h1')!.textContent).toBe('إعدادات Souffleur');
  expect(view.root.querySelector('[role="status"]')!.textContent).toBe('تم الحفظ.');
});

test('theme and hold-drafts are saved', async () => {
  const view = renderOptions();
  view.choose(view.root.querySelector('select[name="theme"]'), 'dark');
  await flush();
  const hold = view.root.querySelector('input[name="holdDraftsWhenHandlePersonally"]') as HTMLInputElement;
  hold.checked = true;
  view.fire(hold, 'change');
  await flush();
  expect(view.stored().theme).toBe('dark');
  expect(view.stored().holdDraftsWhenHandlePersonally).toBe(true);
  expect(view.root.querySelector('.sf-options')!.getAttribute('data-theme')).toBe('dark');
});

test("the held-back ticket's reading is off until the agent ticks it", async () => {
  const view = renderOptions();
  const reading = view.root.querySelector('input[name="readingWhenHeld"]') as HTMLInputElement;
  expect(reading.hasAttribute('checked')).toBe(false);
  expect(reading.closest('label')!.textContent).toContain('Off: nothing about a held-back ticket leaves the browser.');
  reading.checked = true;
  view.fire(reading, 'change');
  await flush();
  expect(view.stored().readingWhenHeld).toBe(true);
});

test("the stats' display name and holdout share are saved, the share clamped to 0–50 %", async () => {
  const view = renderOptions();
  const name = view.root.querySelector('input[name="agentName"]') as HTMLInputElement;
  name.value = '  Ana B. ';
  view.fire(name, 'change');
  await flush();
  expect(view.stored().agentName).toBe('Ana B.');
  const share = view.root.querySelector('input[name="holdoutShare"]') as HTMLInputElement;
  expect(share.value).toBe('0');
  share.value = '20';
  view.fire(share, 'change');
  await flush();
  expect(view.stored().holdoutShare).toBe(0.2);
  share.value = '80';
  view.fire(share, 'change');
  await flush();
  expect(view.stored().holdoutShare).toBe(0.5);
  expect(share.value).toBe('50');
});

test('adding a helpdesk origin asks for exactly that origin and saves it once granted', async () => {
  const view = renderOptions();
  await submitOrigin(view, 'Support.Example.com/', 'freshdesk');
  expect(view.calls).toEqual(['request https://support.example.com']);
  expect(view.stored().customHelpdeskOrigins).toEqual([{ origin: 'https://support.example.com', helpdesk: 'freshdesk' }]);
  expect(view.byTestId('custom-origin')[0]!.textContent).toContain('https://support.example.com');
});

test('an own domain can be mapped to the hosted account it fronts (one account for knowledge); a bad name is refused', async () => {
  const view = renderOptions();
  view.type(view.root.querySelector('input[name="account"]'), 'not a name');
  await submitOrigin(view, 'support.acme.com', 'zendesk');
  expect(view.calls).toEqual([]);
  view.type(view.root.querySelector('input[name="account"]'), ' Acme ');
  await submitOrigin(view, 'support.acme.com', 'zendesk');
  expect(view.stored().customHelpdeskOrigins).toEqual([{ origin: 'https://support.acme.com', helpdesk: 'zendesk', account: 'acme' }]);
  expect(view.byTestId('custom-origin-account')[0]!.textContent).toBe('same account as acme.zendesk.com');
});

test('an invalid address is explained and nothing is requested', async () => {
  const view = renderOptions();
  await submitOrigin(view, 'http://support.example.com', 'zendesk');
  expect(view.calls).toEqual([]);
  expect(view.root.querySelector('[role="alert"]')!.textContent).toBe('Use an https:// address.');
  expect(view.root.querySelector('input[name="origin"]')!.getAttribute('aria-invalid')).toBe('true');
  await submitOrigin(view, 'https://support.example.com/agent', 'zendesk');
  expect(view.root.querySelector('[role="alert"]')!.textContent).toContain('without a path');
});

test('a denied permission saves nothing and says so', async () => {
  const view = renderOptions(DEFAULT_SETTINGS, false);
  await submitOrigin(view, 'https://help.example.org', 'zendesk');
  expect(view.stored().customHelpdeskOrigins).toEqual([]);
  expect(view.root.querySelector('[role="alert"]')!.textContent).toBe(
    'Permission was not granted, so https://help.example.org was not added.',
  );
});

test('removing an origin gives the permission back and forgets it', async () => {
  const initial = { ...DEFAULT_SETTINGS, customHelpdeskOrigins: [{ origin: 'https://a.example.com', helpdesk: 'zendesk' as const }] };
  const view = renderOptions(initial);
  view.click(view.root.querySelector('button[aria-label="Remove https://a.example.com"]'));
  await flush();
  expect(view.calls).toEqual(['remove https://a.example.com']);
  expect(view.stored().customHelpdeskOrigins).toEqual([]);
  expect(view.byTestId('custom-origin')).toHaveLength(0);
});

test('a failed save is shown with its reason', async () => {
  const view = renderOptions();
  view.services.update = vi.fn(async () => {
    throw new Error('QUOTA_BYTES quota exceeded');
  });
  // The app reads services from props on every call; re-render with the failing one.
  view.rerender(
    <AskContext.Provider value={emptyBackground}>
      <OptionsApp initial={DEFAULT_SETTINGS} services={view.services} navigatorLanguages={['en']} prefersDark={false} />
    </AskContext.Provider>,
  );
  view.choose(view.root.querySelector('select[name="theme"]'), 'light');
  await flush();
  expect(view.root.querySelector('[role="status"]')!.textContent).toBe('Could not save: QUOTA_BYTES quota exceeded');
});
