import { expect, test, vi } from 'vitest';
import { DEFAULT_DRAFT_SETTINGS, type DraftSettings } from '../../../drafts/settings';
import type { UiLocale } from '../../../i18n/index';
import { BackgroundRequest, type Reply } from '../../../messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../settings/schema';
import { normalizeDraftSettings } from '../../../settings/draft-settings';
import { mount } from '../../test-dom';
import { AskContext, type AskFn } from '../ask';
import { DraftSettingsSection } from './DraftSettingsSection';

const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 30));
};

/** The background's draft-settings handlers over memory; every request is checked like the router does. */
function fakeBackground(initial: DraftSettings) {
  let stored = initial;
  const saved: DraftSettings[] = [];
  const ask = (async (raw: unknown): Promise<Reply<unknown>> => {
    const parsed = BackgroundRequest.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'malformed request' };
    const request = parsed.data;
    if (request.kind === 'draft-settings-get') return { ok: true, data: stored };
    if (request.kind === 'draft-settings-save') {
      stored = normalizeDraftSettings(request.settings);
      saved.push(stored);
      return { ok: true, data: stored };
    }
    return { ok: false, error: `unexpected ${request.kind}` };
  }) as AskFn;
  return { ask, saved, stored: () => stored };
}

async function render(background: ReturnType<typeof fakeBackground>, locale: UiLocale = 'en') {
  const view = mount(
    <AskContext.Provider value={background.ask}>
      <DraftSettingsSection
        settings={DEFAULT_SETTINGS}
        locale={locale}
        update={vi.fn()}
        services={{ update: vi.fn(), requestOrigin: vi.fn(), removeOrigin: vi.fn() }}
      />
    </AskContext.Provider>,
  );
  await settle();
  const field = (name: string) => view.root.querySelector(`[name="${name}"]`) as HTMLInputElement;
  const save = async () => {
    view.fire(view.root.querySelector('form'), 'submit');
    await settle();
  };
  const status = () => view.byTestId('team-status')[0]?.textContent ?? '';
  return { ...view, field, save, status };
}

const TEAM: DraftSettings = {
  ...DEFAULT_DRAFT_SETTINGS,
  tone: 'warm and brief',
  signature: 'The Acme team',
  companyFacts: ['We ship from Hamburg.', 'Support hours 9–17.'],
  formality: { de: 'informal' },
  phrasing: { de: { greeting: 'Hallo {name},', closing: 'Liebe Grüße' } },
};

test('the stored settings fill the form', async () => {
  const view = await render(fakeBackground(TEAM));
  expect(view.field('tone').value).toBe('warm and brief');
  expect(view.field('signature').value).toBe('The Acme team');
  expect(view.field('facts').value).toBe('We ship from Hamburg.\nSupport hours 9–17.');
  expect(view.field('formality-de').getAttribute('value') ?? view.field('formality-de').value).toBe('informal');
  view.choose(view.field('phrasingLanguage'), 'de');
  expect(view.field('phrase-greeting').value).toBe('Hallo {name},');
  expect(view.field('phrase-closing').value).toBe('Liebe Grüße');
  expect(view.field('phrase-greetingNoName').value).toBe('');
});

test('edits are saved through the background, validated, facts one per line, du/Sie per language', async () => {
  const background = fakeBackground(DEFAULT_DRAFT_SETTINGS);
  const view = await render(background);
  view.type(view.field('tone'), 'plain, kind');
  view.type(view.field('facts'), 'We ship from Hamburg.\n\n  Returns within 30 days.  ');
  view.type(view.field('allowlist'), 'status.acme.example\n +44 20 7946 0018 ');
  view.type(view.field('signature'), 'Acme Support');
  view.choose(view.field('draftCount'), '3');
  view.choose(view.field('formality-de'), 'informal');
  view.choose(view.field('formality-nl'), 'unset');
  view.choose(view.field('phrasingLanguage'), 'sv');
  view.type(view.field('phrase-greeting'), 'Hej {name}!');
  view.type(view.field('phrase-acknowledge'), 'Du skrev ”{quote}”, och det förstår jag.');
  await view.save();
  expect(view.status()).toBe('Draft settings saved.');
  expect(background.saved).toHaveLength(1);
  const saved = background.stored();
  expect(saved.tone).toBe('plain, kind');
  expect(saved.companyFacts).toEqual(['We ship from Hamburg.', 'Returns within 30 days.']);
  expect(saved.allowlist).toEqual(['status.acme.example', '+44 20 7946 0018']);
  expect(saved.signature).toBe('Acme Support');
  expect(saved.draftCount).toBe(3);
  expect(saved.formality.de).toBe('informal');
  expect(saved.formality.nl).toBeUndefined();
  expect(saved.formality.fr).toBe('formal');
  expect(saved.phrasing.sv).toEqual({ greeting: 'Hej {name}!', acknowledge: 'Du skrev ”{quote}”, och det förstår jag.' });
});

test('too long values are shown at their field and nothing is saved', async () => {
  const background = fakeBackground(DEFAULT_DRAFT_SETTINGS);
  const view = await render(background);
  view.type(view.field('tone'), 'x'.repeat(301));
  view.choose(view.field('phrasingLanguage'), 'nl');
  view.type(view.field('phrase-closing'), 'y'.repeat(301));
  view.choose(view.field('phrasingLanguage'), 'en');
  await view.save();
  expect(background.saved).toHaveLength(0);
  expect(view.status()).toBe('Some fields need attention.');
  expect(view.field('tone').getAttribute('aria-invalid')).toBe('true');
  expect(view.root.textContent).toContain('Too long: at most 300 characters.');
  // The phrasing with the problem is shown, not the language that was open.
  expect(view.field('phrase-closing').value).toBe('y'.repeat(301));
  expect(view.field('phrase-closing').getAttribute('aria-invalid')).toBe('true');
});

test('a failed save says why; the section is localized (Arabic)', async () => {
  const failing = { ask: (async () => ({ ok: false, error: 'storage full' })) as AskFn, saved: [], stored: () => DEFAULT_DRAFT_SETTINGS };
  const view = await render(failing, 'ar');
  expect(view.status()).toBe('تعذّر الحفظ: storage full');
  expect(view.root.querySelector('legend')!.textContent).toMatch(/[\u0600-\u06FF]/);
});
