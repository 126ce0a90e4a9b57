import { describe, expect, test, vi } from 'vitest';
import { keptBackWarning } from '../helpdesks/kept-back';
import { mount } from '../ui/test-dom';
import { PREVIEW_SAMPLES, loggingActions, type PreviewSampleName } from './preview';
import { Sidebar, type SidebarProps } from './Sidebar';
import { initialSidebarState, type SidebarState } from './state';
import type { TicketWarning } from '../ticket/warning';
import { apiWarning, notFoundWarning } from '../helpdesks/warning-text';

function renderSidebar(overrides: Partial<SidebarProps> & { sample?: PreviewSampleName } = {}) {
  const sample = PREVIEW_SAMPLES[overrides.sample ?? 'english-angry'];
  const calls: [string, unknown[]][] = [];
  const props: SidebarProps = {
    state: sample.state,
    actions: loggingActions((name, args) => calls.push([name, args])),
    locale: sample.locale,
    theme: 'light',
    collapsed: false,
    width: 360,
    onToggleCollapsed: vi.fn(),
    onResize: vi.fn(),
    shortcutTarget: null,
    ...overrides,
  };
  return { ...mount(<Sidebar {...props} />), calls, props };
}

const withState = (patch: Partial<SidebarState>): SidebarState => ({
  ...PREVIEW_SAMPLES['english-angry'].state,
  ...patch,
});

describe('a readable ticket', () => {
  test('shows every public test id', () => {
    const view = renderSidebar();
    for (const id of ['sidebar', 'ticket-subject', 'cue', 'handle-personally', 'insert-draft', 'copy-draft', 'rate-up', 'rate-down']) {
      expect(view.byTestId(id).length, id).toBeGreaterThan(0);
    }
    expect(view.byTestId('ticket-subject')[0]!.textContent).toBe('Charged twice for the March invoice');
    expect(view.byTestId('snippet')).toHaveLength(2);
    expect(view.byTestId('draft')).toHaveLength(2);
    expect(view.byTestId('error')).toHaveLength(0);
  });

  test('the header shows requester, language, helpdesk, composer mode and warnings', () => {
    const text = renderSidebar().root.querySelector('header')!.textContent!;
    expect(text).toContain('Dana Whitfield');
    expect(text).toContain('dana.whitfield@example.com');
    expect(text).toContain('English');
    expect(text).toContain('Zendesk');
    expect(text).toContain('Reply box: public reply');
    expect(text).toContain('priority: not found on the page');
  });

  test('messages kept back as internal are said in one line, not one warning each', () => {
    const ticket = PREVIEW_SAMPLES['english-angry'].state.ticket;
    if (ticket.status !== 'ready') throw new Error('the sample has a ticket');
    const keptBack = (ids: string[]) => ids.map((id) => keptBackWarning(id, 'the page'));
    const render = (warnings: TicketWarning[], locale: SidebarProps['locale'] = 'en') =>
      renderSidebar({ locale, state: withState({ ticket: { status: 'ready', data: { ...ticket.data, warnings } } }) });

    const priority = notFoundWarning('priority');
    const none = render([priority]);
    expect(none.byTestId('kept-back')).toHaveLength(0);

    const one = render([...keptBack(['dom-4']), priority]);
    expect(one.byTestId('kept-back').map((el) => el.textContent)).toEqual([
      '1 message kept back: its visibility is unknown, so it is treated as internal.',
    ]);
    expect(one.root.querySelector('.sf-warnings')!.textContent).not.toContain('dom-4');

    const three = render(keptBack(['dom-1', 'dom-2', '7']), 'de');
    expect(three.byTestId('kept-back')[0]!.textContent).toContain('3 Nachrichten');
    expect(three.root.querySelector('.sf-warnings')).toBeNull();
  });

  test('internal note mode is said as such', () => {
    const view = renderSidebar({ state: withState({ composerMode: 'internal' }) });
    expect(view.root.querySelector('.sf-composer')!.textContent).toBe('Reply box: internal note');
  });

  test('the cue shows emotion, urgency, trend, triggers, and each evidence phrase highlighted', () => {
    const view = renderSidebar();
    const cue = view.byTestId('cue')[0]!;
    expect(cue.textContent).toContain('Angry');
    expect(cue.textContent).toContain('Urgent');
    expect(cue.textContent).toContain('escalating');
    expect(cue.textContent).toContain('repeated contact');
    expect(cue.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).toBe('82');
    const evidence = view.byTestId('cue-evidence');
    expect(evidence.map((e) => e.textContent)).toEqual([
      'the third time I am writing',
      'charged me twice',
      'I will cancel my subscription',
    ]);
    expect(evidence.every((e) => e.tagName.toLowerCase() === 'mark')).toBe(true);
  });

  test('the handle-personally banner lists its reasons in the UI language', () => {
    const en = renderSidebar().byTestId('handle-personally')[0]!.textContent;
    expect(en).toContain('complaint or conflict');
    expect(en).toContain('strong negative emotion');
    const de = renderSidebar({ locale: 'de' }).byTestId('handle-personally')[0]!.textContent;
    expect(de).toContain('Beschwerde oder Konflikt');
  });

  test('matched words in a snippet are <mark> spans and the passage text is intact', () => {
    const snippet = renderSidebar().byTestId('snippet')[0]!;
    const passage = snippet.querySelector('.sf-passage')!;
    expect([...passage.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['charged', 'twice', 'invoice', 'refund', 'refund']);
    expect(passage.textContent).toMatch(/^If a customer was charged twice .* within 5–10 business days\.$/);
    expect(snippet.querySelector('a')!.getAttribute('href')).toBe('https://help.example.com/hc/en-us/articles/360001');
    expect(snippet.querySelector('a')!.getAttribute('rel')).toContain('noopener');
  });

  test('drafts keep their line breaks as text, list citations by title and show flags next to the draft', () => {
    const [first, second] = renderSidebar().byTestId('draft');
    expect(first!.querySelector('.sf-draft-text')!.textContent).toContain('Hi Dana,\n\nI am sorry');
    expect(first!.querySelector('.sf-citations')!.textContent).toContain('Refunding a duplicate charge');
    expect(second!.querySelector('.sf-flags')!.textContent).toContain('Unbacked promise: Promises a discount');
  });

  test('a streaming draft says so and cannot be inserted or copied yet', () => {
    const second = renderSidebar().byTestId('draft')[1]!;
    expect(second.getAttribute('aria-busy')).toBe('true');
    expect(second.querySelector('[role="status"]')!.textContent).toContain('Writing…');
    expect(second.querySelector('[data-testid="insert-draft"]')!.hasAttribute('disabled')).toBe(true);
    expect(second.querySelector('[data-testid="copy-draft"]')!.hasAttribute('disabled')).toBe(true);
  });
});

describe('untrusted text', () => {
  const payload = '<img src=x onerror=alert(1)>';
  test('ticket, cue, snippet and draft text with markup render as text, never as elements', () => {
    const base = PREVIEW_SAMPLES['english-angry'].state;
    if (base.ticket.status !== 'ready' || base.cue.status !== 'ready') throw new Error('sample changed');
    const state = withState({
      ticket: { status: 'ready', data: { ...base.ticket.data, subject: payload, warnings: [{ field: 'subject', text: payload }] } },
      cue: { status: 'ready', data: { ...base.cue.data, evidence: [payload], cue: payload } },
      snippets: {
        status: 'ready',
        data: [
          {
            id: 'x',
            score: 1,
            title: payload,
            snippet: `before ${payload} after`,
            matches: ['onerror', 'img'],
            url: 'javascript:alert(1)',
          },
        ],
      },
      drafts: {
        status: 'ready',
        data: [
          {
            id: 'd',
            text: `<script>alert(1)</script>${payload}`,
            streaming: false,
            citations: [],
            flags: [{ kind: 'k', detail: payload }],
          },
        ],
      },
    });
    const view = renderSidebar({ state });
    expect(view.root.querySelectorAll('img, script')).toHaveLength(0);
    expect(view.byTestId('ticket-subject')[0]!.textContent).toBe(payload);
    expect(view.byTestId('cue-evidence')[0]!.textContent).toBe(payload);
    expect(view.byTestId('snippet')[0]!.querySelector('.sf-passage')!.textContent).toBe(`before ${payload} after`);
    expect(view.byTestId('draft')[0]!.querySelector('.sf-draft-text')!.textContent).toBe(`<script>alert(1)</script>${payload}`);
    // A javascript: URL is not a link.
    expect(view.byTestId('snippet')[0]!.querySelector('a')).toBeNull();
  });
});

describe('scripted events from the page', () => {
  test('clicks a page script dispatches (isTrusted false) insert, copy, rate, send, search or open nothing', () => {
    const calls: string[] = [];
    const view = renderSidebar({
      holdDraftsWhenHandlePersonally: true,
      actions: { ...loggingActions((name) => calls.push(name)), openDashboard: () => calls.push('openDashboard') },
    });
    view.scriptedClick([...view.root.querySelectorAll('button')].find((b) => b.textContent === 'Show drafts anyway'));
    expect(view.byTestId('draft')).toHaveLength(0);
    view.click([...view.root.querySelectorAll('button')].find((b) => b.textContent === 'Show drafts anyway'));
    const first = view.byTestId('draft')[0]!;
    const snippet = view.byTestId('snippet')[0]!;
    for (const button of [
      first.querySelector('[data-testid="insert-draft"]'),
      first.querySelector('[data-testid="copy-draft"]'),
      ...snippet.querySelectorAll('button'),
      view.byTestId('open-dashboard')[0],
      ...view.byTestId('cue')[0]!.querySelectorAll('button'),
    ]) {
      view.scriptedClick(button);
    }
    view.scriptedClick(first.querySelector('[data-testid="rate-up"]'));
    view.scriptedClick(first.querySelector('[data-testid="rate-down"]'));
    view.fire(view.root.querySelector('input[type="search"]'), 'input', { isTrusted: false });
    view.fire(view.root.querySelector('form'), 'submit', { isTrusted: false });
    view.unmount();
    expect(calls.filter((name) => name !== 'showHeldDrafts')).toEqual([]);
  });

  test('the same buttons still work for the agent (trusted clicks)', () => {
    const calls: string[] = [];
    const view = renderSidebar({
      actions: { ...loggingActions((name) => calls.push(name)), openDashboard: () => calls.push('openDashboard') },
    });
    view.click(view.byTestId('snippet')[0]!.querySelector('button'));
    view.click(view.byTestId('open-dashboard')[0]);
    expect(calls).toEqual(['insert', 'openDashboard']);
  });
});

describe('actions', () => {
  test('draft buttons call insert and copy with the draft; a thumb is reported once, with the reason picked', () => {
    const view = renderSidebar();
    const first = view.byTestId('draft')[0]!;
    const text = first.querySelector('.sf-draft-text')!.textContent;
    view.click(first.querySelector('[data-testid="insert-draft"]'));
    view.click(first.querySelector('[data-testid="copy-draft"]'));
    view.click(first.querySelector('[data-testid="rate-up"]'));
    // Changing their mind before answering "why?" replaces the thumb; nothing is reported yet.
    view.click(first.querySelector('[data-testid="rate-down"]'));
    expect(view.calls.map(([name]) => name)).toEqual(['insert', 'copy']);
    const reasons = first.querySelector('[data-testid="rate-reasons"]')!;
    expect([...reasons.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Wrong facts',
      'Wrong tone',
      'Too long',
      'Other',
      'Skip',
    ]);
    view.click(reasons.querySelector('[data-reason="too-long"]'));
    expect(view.calls).toEqual([
      ['insert', [text, { kind: 'draft', id: 'd1' }]],
      ['copy', [text, { kind: 'draft', id: 'd1' }]],
      ['rateDraft', ['d1', 'down', 'too-long']],
    ]);
    expect(first.querySelector('[data-testid="rate-reasons"]')).toBeNull();
    expect(first.querySelector('[data-testid="rate-down"]')!.getAttribute('aria-pressed')).toBe('true');
  });

  test('a thumb without a reason is reported on skip, or when the card goes away', () => {
    const view = renderSidebar({ locale: 'de' });
    const [first, second] = view.byTestId('draft');
    view.click(first!.querySelector('[data-testid="rate-up"]'));
    const reasons = first!.querySelector('[data-testid="rate-reasons"]')!;
    expect(reasons.textContent).toContain('Warum? (optional)');
    view.click(reasons.querySelector('[data-reason=""]'));
    view.click(second!.querySelector('[data-testid="rate-down"]'));
    view.unmount();
    expect(view.calls).toEqual([
      ['rateDraft', ['d1', 'up', undefined]],
      ['rateDraft', ['d2', 'down', undefined]],
    ]);
  });

  test('snippet buttons insert and copy the passage and toggle the pin', () => {
    const view = renderSidebar();
    const [pinned, other] = view.byTestId('snippet');
    const buttons = (card: HTMLElement) => [...card.querySelectorAll('button')];
    view.click(buttons(pinned!)[0]);
    view.click(buttons(pinned!)[1]);
    view.click(buttons(pinned!)[2]);
    view.click(buttons(other!)[2]);
    expect(view.calls.map(([name, args]) => [name, name === 'pinSnippet' ? args : args[1]])).toEqual([
      ['insert', { kind: 'snippet', id: 'kb-refund-duplicate' }],
      ['copy', { kind: 'snippet', id: 'kb-refund-duplicate' }],
      ['pinSnippet', ['kb-refund-duplicate', false]],
      ['pinSnippet', ['kb-cancel', true]],
    ]);
    expect(buttons(pinned!)[2]!.getAttribute('aria-label')).toBe('Unpin “Refunding a duplicate charge”');
  });

  test('without a pinSnippet action there are no pin buttons', () => {
    const { pinSnippet: _omit, ...actions } = loggingActions();
    const view = renderSidebar({ actions });
    expect(view.root.querySelectorAll('[aria-pressed][aria-label^="Pin"], [aria-label^="Unpin"]')).toHaveLength(0);
  });

  test('the search box searches on Enter with the trimmed query', () => {
    const view = renderSidebar();
    const input = view.root.querySelector('input[type="search"]')!;
    view.type(input, '  refund policy ');
    view.fire(view.root.querySelector('form'), 'submit', { isTrusted: true });
    expect(view.calls).toContainEqual(['search', ['refund policy']]);
  });

  test('cue feedback calls rateCue and thanks the agent', () => {
    const view = renderSidebar();
    const cue = view.byTestId('cue')[0]!;
    view.click(cue.querySelector('button[aria-label="Not helpful"]'));
    expect(view.calls).toEqual([['rateCue', [false]]]);
    expect(cue.textContent).toContain('Thanks for the feedback.');
  });

  test('local state (ratings) does not carry over to the next ticket', () => {
    const view = renderSidebar();
    view.click(view.byTestId('cue')[0]!.querySelector('button[aria-label="Helpful"]'));
    expect(view.byTestId('cue')[0]!.textContent).toContain('Thanks for the feedback.');
    const base = PREVIEW_SAMPLES['english-angry'].state;
    if (base.ticket.status !== 'ready') throw new Error('sample changed');
    const next = withState({ ticket: { status: 'ready', data: { ...base.ticket.data, id: '4822', subject: 'Another ticket' } } });
    view.rerender(<Sidebar {...view.props} state={next} />);
    expect(view.byTestId('ticket-subject')[0]!.textContent).toBe('Another ticket');
    expect(view.byTestId('cue')[0]!.textContent).not.toContain('Thanks for the feedback.');
  });

  test('a notice is shown and can be dismissed', () => {
    const view = renderSidebar({ state: withState({ notice: { kind: 'warning', text: 'Copied: the reply box was not found' } }) });
    const notice = view.byTestId('notice')[0]!;
    expect(notice.textContent).toContain('Copied: the reply box was not found');
    view.click(notice.querySelector('button'));
    expect(view.calls).toEqual([['dismissNotice', []]]);
  });
});

describe('page and panel states', () => {
  test('an unreadable page shows a one-line reason and a retry, and no ticket panels', () => {
    const view = renderSidebar({
      state: {
        ...initialSidebarState,
        ticket: { status: 'error', message: 'Layout changed: no ticket found\n    at readTicket (adapter.ts:12)' },
      },
    });
    const error = view.byTestId('error')[0]!;
    expect(error.textContent).toContain('Souffleur cannot read this page');
    expect(error.textContent).toContain('Layout changed: no ticket found');
    expect(error.textContent).not.toContain('adapter.ts');
    expect(view.byTestId('cue')).toHaveLength(0);
    view.click(error.querySelector('button'));
    expect(view.calls).toEqual([['retry', ['ticket']]]);
  });

  test('while the ticket loads, nothing of a previous ticket is shown', () => {
    const view = renderSidebar({ sample: 'loading' });
    expect(view.root.textContent).toContain('Ticket wird gelesen…');
    expect(view.byTestId('ticket-subject')).toHaveLength(0);
  });

  test('panels show localized loading, empty and error states; errors retry their panel', () => {
    const view = renderSidebar({
      locale: 'nl',
      state: withState({
        cue: { status: 'loading' },
        snippets: { status: 'empty' },
        drafts: { status: 'error', message: 'Timed out after 30 s' },
      }),
    });
    expect(view.byTestId('cue')[0]!.textContent).toContain('Toon van de klant wordt gelezen…');
    expect(view.root.textContent).toContain('Geen passende artikelen.');
    const panelError = view.byTestId('panel-error')[0]!;
    expect(panelError.textContent).toContain('Timed out after 30 s');
    view.click(panelError.querySelector('button'));
    expect(view.calls).toEqual([['retry', ['drafts']]]);
  });

  test('drafts are held back on handle-personally tickets when the setting says so, until the agent asks', () => {
    const view = renderSidebar({ holdDraftsWhenHandlePersonally: true });
    expect(view.byTestId('draft')).toHaveLength(0);
    expect(view.root.textContent).toContain('Drafts are held back');
    view.click([...view.root.querySelectorAll('button')].find((b) => b.textContent === 'Show drafts anyway'));
    expect(view.byTestId('draft')).toHaveLength(2);
  });

  test('a holdout ticket says plainly why it has no drafts; cue and snippets still show', () => {
    const view = renderSidebar({ locale: 'de', state: withState({ holdout: true, drafts: { status: 'empty' } }) });
    expect(view.byTestId('drafts-holdout')[0]!.textContent).toBe('Keine Entwürfe für dieses Ticket: Es gehört zur Vergleichsgruppe.');
    expect(view.byTestId('draft')).toHaveLength(0);
    expect(view.byTestId('cue')).toHaveLength(1);
    expect(view.byTestId('snippet')).toHaveLength(2);
  });
});

describe('the stats dashboard button', () => {
  test('opens the dashboard, labelled in the UI language; absent without the action', () => {
    const opened: string[] = [];
    const view = renderSidebar({ locale: 'sv', actions: { ...loggingActions(), openDashboard: () => opened.push('dashboard') } });
    const button = view.byTestId('open-dashboard')[0]!;
    expect(button.getAttribute('aria-label')).toBe('Öppna acceptansstatistiken');
    view.click(button);
    expect(opened).toEqual(['dashboard']);
    expect(renderSidebar().byTestId('open-dashboard')).toHaveLength(0);
  });
});

describe('layout', () => {
  test('Arabic is laid out right to left with Arabic UI text', () => {
    const view = renderSidebar({ sample: 'arabic' });
    const root = view.byTestId('sidebar')[0]!;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(view.root.querySelector('.sf-composer')!.textContent).toBe('مربع الرد: ملاحظة داخلية');
    expect(view.byTestId('cue-evidence').map((e) => e.textContent)).toEqual(['للمرة الثالثة', 'تم خصم المبلغ مرتين']);
  });

  test('English is left to right; theme and width are on the root', () => {
    const root = renderSidebar({ theme: 'dark', width: 9999 }).byTestId('sidebar')[0]!;
    expect(root.getAttribute('dir')).toBe('ltr');
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.getAttribute('style')).toMatch(/width:\s*640px/);
  });

  test('collapsed, only a labelled tab remains, and it expands', () => {
    const view = renderSidebar({ collapsed: true });
    expect(view.byTestId('sidebar')).toHaveLength(1);
    expect(view.byTestId('cue')).toHaveLength(0);
    const tab = view.root.querySelector('button')!;
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(tab.getAttribute('aria-label')).toBe('Show Souffleur sidebar');
    view.click(tab);
    expect(view.props.onToggleCollapsed).toHaveBeenCalledTimes(1);
  });

  test('the collapse button collapses', () => {
    const view = renderSidebar();
    view.click(view.root.querySelector('button[aria-label="Hide sidebar"]'));
    expect(view.props.onToggleCollapsed).toHaveBeenCalledTimes(1);
  });

  test('every button has an accessible name', () => {
    const view = renderSidebar();
    for (const button of view.root.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label') || button.textContent!.trim(), button.className).toBeTruthy();
    }
  });
});

describe('the model summary button', () => {
  test('is offered once the whole thread is read (REST reading, or the API said it could not), not on the page’s partial reading', () => {
    const sample = PREVIEW_SAMPLES['english-angry'].state;
    const ticket = sample.ticket;
    if (ticket.status !== 'ready') throw new Error('the sample has a ticket');
    const summary: SidebarState['threadSummary'] = {
      status: 'ready',
      data: { asked: [], team: [], open: { waitingOn: 'team', text: null }, usesInternal: false, messages: 6, words: 0 },
    };
    const askButtons = (source: 'dom' | 'api', warnings: TicketWarning[]) =>
      renderSidebar({
        actions: { ...loggingActions(), askModelSummary: () => {} },
        state: withState({
          ticket: { status: 'ready', data: { ...ticket.data, source, warnings } },
          threadSummary: summary,
          draftsInfo: { ...(sample.draftsInfo ?? {}), providerConfigured: true } as never,
          holdout: false,
        }),
      }).byTestId('model-summary-ask').length;
    expect(askButtons('dom', [])).toBe(0);
    expect(askButtons('api', [])).toBe(1);
    expect(askButtons('dom', [apiWarning('Zendesk', 'HTTP 403')])).toBe(1);
    expect(askButtons('dom', [notFoundWarning('priority')])).toBe(0);
  });
});
