import { describe, expect, test, vi } from 'vitest';
import { mount } from '../ui/test-dom';
import { PREVIEW_SAMPLES, loggingActions } from './preview';
import { Sidebar, type SidebarProps } from './Sidebar';
import type { DraftView, DraftsInfo, SidebarState } from './state';

const draft = (id: string, patch: Partial<DraftView> = {}): DraftView => ({
  id,
  text: `Hello from ${id}`,
  streaming: false,
  citations: [],
  flags: [],
  ...patch,
});
const REQUEST = {
  model: 'gpt-test',
  messages: [
    { role: 'system', label: 'x', content: 'You are Souffleur…', chars: 18 },
    { role: 'user', label: 'y', content: 'requester ⟦EMAIL_1⟧ wrote: <b>hi</b>', chars: 36 },
  ],
  totalChars: 54,
  approxTokens: 14,
  redacted: { EMAIL: 1, NAME: 2 },
};

function render(patch: Partial<SidebarState>, overrides: Partial<SidebarProps> = {}) {
  const calls: [string, unknown[]][] = [];
  const state: SidebarState = {
    ...PREVIEW_SAMPLES['english-angry'].state,
    drafts: { status: 'ready', data: [draft('d1'), draft('d2')] },
    ...patch,
  };
  const view = mount(
    <Sidebar
      state={state}
      actions={loggingActions((name, args) => calls.push([name, args]))}
      locale="en"
      theme="light"
      collapsed={false}
      width={360}
      onToggleCollapsed={vi.fn()}
      onResize={vi.fn()}
      shortcutTarget={null}
      {...overrides}
    />,
  );
  return { ...view, calls };
}
const info = (patch: Partial<DraftsInfo> = {}): DraftsInfo => ({ providerConfigured: true, ...patch });
const tool = (card: HTMLElement, name: string) => card.querySelector<HTMLButtonElement>(`[data-testid="draft-tool-${name}"]`)!;

describe('tools on a draft', () => {
  test('with a provider every tool is offered and asks for that draft', () => {
    const view = render({ draftsInfo: info() });
    const second = view.byTestId('draft')[1]!;
    expect([...second.querySelectorAll('.sf-tools button')].map((b) => b.textContent)).toEqual([
      'Regenerate',
      'Shorter',
      'Friendlier',
      'More formal',
      'Translate',
    ]);
    view.click(tool(second, 'shorter'));
    view.click(tool(second, 'translate'));
    expect(view.calls).toEqual([
      ['reviseDraft', ['d2', 'shorter']],
      ['reviseDraft', ['d2', 'translate']],
    ]);
  });

  test('offline, tools that need a model are disabled and say why; regenerate still works', () => {
    const view = render({ draftsInfo: info({ providerConfigured: false }) });
    const first = view.byTestId('draft')[0]!;
    for (const name of ['shorter', 'friendlier', 'more-formal', 'translate']) {
      expect(tool(first, name).disabled, name).toBe(true);
      expect(tool(first, name).getAttribute('title')).toBe('Needs a model provider, set in Souffleur’s options');
    }
    expect(tool(first, 'regenerate').disabled).toBe(false);
    expect(tool(first, 'regenerate').getAttribute('title')).toBeNull();
  });

  test('while a draft is rewritten, it says so and no other tool starts', () => {
    const view = render({
      draftsInfo: info(),
      drafts: { status: 'ready', data: [draft('d1', { revising: 'shorter', streaming: true }), draft('d2')] },
    });
    const [first, second] = view.byTestId('draft');
    expect(first!.getAttribute('aria-busy')).toBe('true');
    expect(first!.querySelector('.sf-streaming')!.textContent).toBe('Rewriting…');
    expect(tool(second!, 'friendlier').disabled).toBe(true);
    expect(first!.querySelector<HTMLButtonElement>('[data-testid="insert-draft"]')!.disabled).toBe(true);
  });

  test('a failed tool keeps the draft and says why, localized, with the detail', () => {
    const view = render(
      {
        draftsInfo: info(),
        drafts: {
          status: 'ready',
          data: [draft('d1', { error: { kind: 'timeout', message: 'The model did not answer in time.\n  at stack' } })],
        },
      },
      { locale: 'de' },
    );
    const error = view.byTestId('draft-tool-error')[0]!;
    expect(error.textContent).toContain('Dieser Entwurf konnte nicht umgeschrieben werden. Das Modell hat nicht rechtzeitig geantwortet.');
    expect(error.textContent).not.toContain('at stack');
    expect(view.byTestId('draft')[0]!.querySelector('.sf-draft-text')!.textContent).toBe('Hello from d1');
  });
});

describe('what was sent', () => {
  test('is a collapsed section with the model, the placeholder count and each message as text', () => {
    const view = render({ draftsInfo: info({ request: REQUEST }) });
    const sent = view.byTestId('what-was-sent')[0]!;
    expect(sent.tagName.toLowerCase()).toBe('details');
    expect(sent.hasAttribute('open')).toBe(false);
    expect(sent.querySelector('summary')!.textContent).toBe('What was sent');
    expect(sent.textContent).toContain('To gpt-test: about 14 tokens. Personal data replaced by placeholders: 3.');
    const texts = [...sent.querySelectorAll('pre')].map((p) => p.textContent);
    expect(texts).toEqual(['You are Souffleur…', 'requester ⟦EMAIL_1⟧ wrote: <b>hi</b>']);
    expect(sent.querySelector('b')).toBeNull(); // text, never HTML
  });

  test('is absent for offline drafts (nothing was sent)', () => {
    expect(render({ draftsInfo: info({ providerConfigured: false }) }).byTestId('what-was-sent')).toHaveLength(0);
  });
});

describe('the model’s status', () => {
  test('a busy provider shows the wait before the retry', () => {
    const view = render({ drafts: { status: 'loading' }, draftsInfo: info({ retryAt: Date.now() + 4200 }) });
    expect(view.byTestId('drafts-retrying')[0]!.textContent).toBe('Provider busy, retrying in 5 s');
  });

  test('offline drafts after a model failure show the reason and a button to try the model again', () => {
    const view = render({
      draftsInfo: info({ error: { kind: 'malformed', message: "The model's answer did not match the drafts format." } }),
    });
    const failed = view.byTestId('drafts-model-error')[0]!;
    expect(failed.getAttribute('role')).toBe('alert');
    expect(failed.textContent).toContain(
      'The model could not write drafts; these are offline drafts. The model’s answer was not in the drafts format.',
    );
    view.click(failed.querySelector('button'));
    expect(view.calls).toEqual([['retry', ['drafts']]]);
    expect(view.byTestId('draft')).toHaveLength(2);
  });

  test('a failed request with no drafts says why in the agent’s language', () => {
    const view = render(
      {
        drafts: { status: 'error', message: 'The model server refused the API key.' },
        draftsInfo: info({ error: { kind: 'auth', message: 'The model server refused the API key.' } }),
      },
      { locale: 'sv' },
    );
    expect(view.byTestId('panel-error')[0]!.textContent).toContain('Leverantören avvisade API-nyckeln.');
  });
});

describe('the content script’s own drafts errors, sent as catalog keys', () => {
  test('the extension not answering is said in the agent’s language, never as the key', () => {
    const view = render({ drafts: { status: 'error', message: 'err.lost' }, draftsInfo: info() }, { locale: 'de' });
    const error = view.byTestId('panel-error')[0]!.textContent!;
    expect(error).toContain('Die Erweiterung antwortet nicht mehr; bitte erneut versuchen.');
    expect(error).not.toContain('err.');
  });

  test('a tool without a revision says so under the tool’s failure', () => {
    const view = render(
      { draftsInfo: info(), drafts: { status: 'ready', data: [draft('d1', { error: { kind: 'server-error', message: 'err.noRev' } })] } },
      { locale: 'en' },
    );
    expect(view.byTestId('draft-tool-error')[0]!.textContent).toContain('No revised draft came back.');
  });

  test('a drafts key its catalog lacks adds no line rather than the bare key', () => {
    const view = render(
      {
        draftsInfo: info(),
        drafts: { status: 'ready', data: [draft('d1', { error: { kind: 'network', message: 'err.notYetInCatalogs' } })] },
      },
      { locale: 'en' },
    );
    const error = view.byTestId('draft-tool-error')[0]!.textContent!;
    expect(error).toContain('This draft could not be rewritten.');
    expect(error).not.toContain('err.');
  });
});

describe('held back on a handle-personally ticket', () => {
  test('"show anyway" asks for the drafts that were not requested', () => {
    const view = render({ drafts: { status: 'empty' }, draftsInfo: info({ held: true }) }, { holdDraftsWhenHandlePersonally: true });
    view.click(view.byTestId('show-held-drafts')[0]);
    expect(view.calls).toEqual([['showHeldDrafts', []]]);
  });

  test("the model's reading asked for the held ticket (opt-in) is listed under What was sent", () => {
    const reading = {
      model: 'm',
      kind: 'chat' as const,
      messages: [{ role: 'user', label: 'Ticket (redacted)', content: 'message 1 (customer ⟦NAME_1⟧)', chars: 30 }],
      totalChars: 30,
      approxTokens: 8,
      redacted: { NAME: 1 },
    };
    const held = { drafts: { status: 'empty' as const }, draftsInfo: info({ held: true }) };
    expect(render(held, { holdDraftsWhenHandlePersonally: true }).byTestId('what-was-sent')).toHaveLength(0);
    const view = render({ ...held, sent: [reading] }, { holdDraftsWhenHandlePersonally: true });
    expect(view.byTestId('show-held-drafts')).toHaveLength(1);
    expect(view.byTestId('sent-request')[0]!.textContent).toContain('message 1 (customer ⟦NAME_1⟧)');
  });
});
