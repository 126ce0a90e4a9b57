// The customer-context and thread-summary sections on their own: states, error lines, links, the
// internal-note label, and Arabic (translated, right to left in the sidebar, ticket text in its own direction).
import { describe, expect, test } from 'vitest';
import { CATALOGS } from '../i18n/catalogs';
import { provideCatalog } from '../i18n/index';
import type { CustomerContextView } from '../context/view';
import type { ThreadSummary as Summary } from '../summary/extractive';
import { mount } from '../ui/test-dom';
import { CustomerContext } from './CustomerContext';
import { ThreadSummary } from './ThreadSummary';

provideCatalog('ar', CATALOGS.ar);

const view: CustomerContextView = {
  earlier: [
    {
      id: '44',
      subject: 'Billing address',
      status: 'pending',
      createdAt: '2026-11-06T10:00:00Z',
      path: '/agent/tickets/44',
      open: true,
      createdLabel: '6 Nov 2026',
    },
    { id: '41', subject: null, status: 'solved', createdAt: null, path: '/agent/tickets/41', open: false, createdLabel: '' },
  ],
  lastThirtyDays: 3,
  stillOpen: 1,
  repeated: { sameReference: [{ reference: 'INV-2291', ticketIds: ['41', '38'] }], recentContacts: 3 },
};

const summary: Summary = {
  asked: [{ text: 'Can you help me fix the sync?', internal: false }],
  team: [{ text: 'Escalated to engineering.', internal: true }],
  open: { waitingOn: 'team', text: { text: 'When will it work again?', internal: false } },
  usesInternal: true,
  messages: 8,
  words: 14,
};

describe('customer context', () => {
  test('rows link to the helpdesk, with status and a no-subject fallback; counts and the repeated contact', () => {
    const v = mount(<CustomerContext panel={{ status: 'ready', data: view }} locale="en" />);
    const rows = v.byTestId('earlier-ticket');
    expect(rows.map((r) => r.querySelector('a')!.getAttribute('href'))).toEqual(['/agent/tickets/44', '/agent/tickets/41']);
    expect(rows[1]!.querySelector('a')!.textContent).toBe('(no subject)');
    expect(rows[0]!.getAttribute('data-open')).toBe('true');
    expect(v.byTestId('context-counts')[0]!.textContent).toBe('Opened in the last 30 days: 3 · still open: 1');
    expect(v.byTestId('repeated-contact')[0]!.textContent).toBe(
      'Repeated contact: INV-2291 was raised before (#41, #38).Repeated contact: 3 tickets in the last 7 days.',
    );
  });

  test('each problem is one plain line; a retry is offered unless the API is not there at all', () => {
    const retried: string[] = [];
    const refused = mount(
      <CustomerContext panel={{ status: 'error', message: 'not-allowed' }} locale="en" onRetry={() => retried.push('x')} />,
    );
    expect(refused.byTestId('context-error')[0]!.textContent).toContain("the helpdesk's API refused this session");
    refused.click(refused.root.querySelector('button'));
    expect(retried).toEqual(['x']);
    const missing = mount(
      <CustomerContext panel={{ status: 'error', message: 'unreachable' }} locale="de" onRetry={() => retried.push('y')} />,
    );
    expect(missing.byTestId('context-error')[0]!.textContent).toContain('nicht erreichbar');
    expect(missing.root.querySelector('button')).toBeNull();
    const odd = mount(<CustomerContext panel={{ status: 'error', message: 'something else' }} locale="en" />);
    expect(odd.byTestId('context-error')[0]!.textContent).toBe('Earlier tickets could not be read.');
  });

  test('nothing at all when there is no requester or no ticket', () => {
    expect(mount(<CustomerContext panel={{ status: 'empty' }} locale="en" />).byTestId('customer-context')).toHaveLength(0);
    expect(mount(<CustomerContext panel={undefined} locale="en" />).byTestId('customer-context')).toHaveLength(0);
  });

  test('Arabic: translated labels; the ticket number stays left to right', () => {
    const v = mount(<CustomerContext panel={{ status: 'ready', data: view }} locale="ar" />);
    expect(v.root.querySelector('h2')!.textContent).toBe('التذاكر السابقة');
    expect(v.byTestId('context-counts')[0]!.textContent).toBe('فُتحت في آخر 30 يومًا: 3 · لا تزال مفتوحة: 1');
    expect(v.byTestId('earlier-ticket')[0]!.querySelector('[dir="ltr"]')!.textContent).toBe('#44');
  });
});

describe('thread summary', () => {
  test('asked, team and open, with the internal note marked and the section labelled', () => {
    const v = mount(<ThreadSummary panel={{ status: 'ready', data: summary }} locale="en" lang="en" onRetry={() => {}} />);
    expect([...v.root.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Asked', 'Team', 'Open']);
    expect(v.byTestId('summary-internal')[0]!.textContent).toBe('Uses internal notes');
    expect(v.root.querySelector('li[data-internal="true"]')!.textContent).toBe('Escalated to engineering. (internal note)');
    expect(v.root.querySelectorAll('dd')[2]!.textContent).toBe('Waiting on the team. When will it work again?');
  });

  test('no internal label when no line is from a note; an error has a retry', () => {
    const clean = { ...summary, team: [{ text: 'We will call you.', internal: false }], usesInternal: false };
    expect(
      mount(<ThreadSummary panel={{ status: 'ready', data: clean }} locale="en" lang="en" onRetry={() => {}} />).byTestId(
        'summary-internal',
      ),
    ).toHaveLength(0);
    let retries = 0;
    const failed = mount(
      <ThreadSummary
        panel={{ status: 'error', message: 'no answer from the extension' }}
        locale="sv"
        lang={null}
        onRetry={() => retries++}
      />,
    );
    failed.click(failed.root.querySelector('button'));
    expect(retries).toBe(1);
  });

  test('Arabic labels, quotes in the ticket language with their own direction', () => {
    const v = mount(<ThreadSummary panel={{ status: 'ready', data: summary }} locale="ar" lang="ar" onRetry={() => {}} />);
    expect(v.root.querySelector('h2')!.textContent).toBe('ملخص المحادثة');
    const quote = v.root.querySelector('q')!;
    expect(quote.getAttribute('dir')).toBe('auto');
    expect(quote.getAttribute('lang')).toBe('ar');
  });
});
