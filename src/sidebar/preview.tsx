// Sample sidebar states for the sidebar's tests: an angry English ticket, an Arabic one (RTL), an
// unreadable page, and a ticket still loading, and actions that log. Invented data, no real customers.
import '../i18n/catalogs'; // previews show every language
import type { UiLocale } from '../i18n/index';
import type { Ticket } from '../ticket/schema';
import { initialSidebarState, type SidebarActions, type SidebarState } from './state';

export interface PreviewSample {
  state: SidebarState;
  locale: UiLocale;
}

const englishTicket: Ticket = {
  id: '4821',
  helpdesk: 'zendesk',
  url: 'https://acme.zendesk.com/agent/tickets/4821',
  subject: 'Charged twice for the March invoice',
  requester: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
  status: 'open',
  priority: null,
  tags: ['billing'],
  language: 'en',
  messages: [
    {
      id: 'm1',
      author: { name: 'Dana Whitfield' },
      role: 'customer',
      visibility: 'public',
      createdAt: '2026-03-04T09:12:00Z',
      text: 'This is the third time I am writing about this. You charged me twice for the March invoice and nobody has answered. If this is not fixed today I will cancel my subscription.',
    },
  ],
  warnings: [{ field: 'priority', text: 'not found on the page' }],
  source: 'dom',
};

const englishAngry: PreviewSample = {
  locale: 'en',
  state: {
    ...initialSidebarState,
    ticket: { status: 'ready', data: englishTicket },
    composerMode: 'public',
    cue: {
      status: 'ready',
      data: {
        sentiment: 'negative',
        emotion: 'anger',
        intensity: 0.82,
        urgency: true,
        evidence: ['the third time I am writing', 'charged me twice', 'I will cancel my subscription'],
        triggers: ['repeated-contact', 'churn-threat'],
        cue: 'They say this is the third time they are writing about the double charge: acknowledge the repeated effort, then confirm the refund step before anything else.',
        trend: 'escalating',
        handlePersonally: true,
        handlePersonallyReasons: ['complaint', 'strong-emotion'],
      },
    },
    snippets: {
      status: 'ready',
      data: [
        {
          id: 'kb-refund-duplicate',
          score: 12.4,
          title: 'Refunding a duplicate charge',
          snippet:
            'If a customer was charged twice for the same invoice, refund the duplicate from Billing → Payments. The refund reaches the card within 5–10 business days.',
          matches: ['charged', 'twice', 'invoice', 'refund'],
          url: 'https://help.example.com/hc/en-us/articles/360001',
          language: 'en',
        },
        {
          id: 'kb-cancel',
          score: 7.1,
          title: 'Cancelling a subscription',
          snippet:
            'Customers can cancel their subscription at any time under Account → Plan. The plan stays active until the end of the billing period.',
          matches: ['cancel', 'subscription'],
          url: 'https://help.example.com/hc/en-us/articles/360002',
          language: 'en',
        },
      ],
    },
    pinnedSnippetIds: ['kb-refund-duplicate'],
    drafts: {
      status: 'ready',
      data: [
        {
          id: 'd1',
          text: 'Hi Dana,\n\nI am sorry you have had to write three times about this. I have refunded the duplicate March charge; it reaches your card within 5–10 business days.\n\nBest regards,\nSam',
          streaming: false,
          citations: ['kb-refund-duplicate'],
          flags: [],
        },
        {
          id: 'd2',
          text: 'Hi Dana,\n\nThank you for your patience. As a goodwill gesture we have added a 20% discount to your next invoice, and',
          streaming: true,
          citations: [],
          flags: [{ kind: 'unbacked-promise', detail: 'Promises a discount that no cited snippet backs.' }],
        },
      ],
    },
  },
};

const arabicTicket: Ticket = {
  ...englishTicket,
  id: '311',
  helpdesk: 'freshdesk',
  url: 'https://acme.freshdesk.com/a/tickets/311',
  subject: 'تم خصم المبلغ مرتين ولم يرد أحد',
  requester: { name: 'ليلى حداد', email: 'laila.haddad@example.com' },
  language: 'ar',
  warnings: [],
  messages: [
    {
      id: 'a1',
      author: { name: 'ليلى حداد' },
      role: 'customer',
      visibility: 'public',
      createdAt: '2026-03-04T09:12:00Z',
      text: 'أكتب إليكم للمرة الثالثة. تم خصم المبلغ مرتين من بطاقتي ولم يرد أحد حتى الآن.',
      direction: 'rtl',
    },
  ],
};

const arabic: PreviewSample = {
  locale: 'ar',
  state: {
    ...initialSidebarState,
    ticket: { status: 'ready', data: arabicTicket },
    composerMode: 'internal',
    cue: {
      status: 'ready',
      data: {
        sentiment: 'negative',
        emotion: 'frustration',
        intensity: 0.64,
        urgency: false,
        evidence: ['للمرة الثالثة', 'تم خصم المبلغ مرتين'],
        triggers: ['repeated-contact'],
        cue: 'تذكر العميلة أنها تراسلكم للمرة الثالثة بشأن الخصم المكرر: اعترف بالجهد الذي بذلته قبل أن تشرح خطوة الاسترداد.',
        trend: 'single',
        handlePersonally: false,
        handlePersonallyReasons: [],
      },
    },
    snippets: {
      status: 'ready',
      data: [
        {
          id: 'kb-ar-refund',
          score: 9.3,
          title: 'استرداد المبلغ المخصوم مرتين',
          snippet: 'إذا تم خصم المبلغ مرتين للفاتورة نفسها، يُعاد المبلغ المكرر من صفحة المدفوعات خلال ٥ إلى ١٠ أيام عمل.',
          matches: ['خصم', 'المبلغ', 'مرتين'],
          url: 'https://help.example.com/hc/ar/articles/360101',
          language: 'ar',
        },
      ],
    },
    drafts: { status: 'loading' },
  },
};

const unreadable: PreviewSample = {
  locale: 'en',
  state: {
    ...initialSidebarState,
    ticket: { status: 'error', message: 'This page is not a ticket: open a ticket to see suggestions.' },
  },
};

const loading: PreviewSample = { locale: 'de', state: initialSidebarState };

export const PREVIEW_SAMPLES = { 'english-angry': englishAngry, arabic, error: unreadable, loading } as const;
export type PreviewSampleName = keyof typeof PREVIEW_SAMPLES;

/** Actions that only report what was called, for previews and the demo page. */
export function loggingActions(log: (name: string, args: unknown[]) => void = () => {}): SidebarActions {
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      log(name, args);
  return {
    insert: record('insert'),
    copy: record('copy'),
    rateDraft: record('rateDraft'),
    rateCue: record('rateCue'),
    retry: record('retry'),
    dismissNotice: record('dismissNotice'),
    search: record('search'),
    pinSnippet: record('pinSnippet'),
    reviseDraft: record('reviseDraft'),
    showHeldDrafts: record('showHeldDrafts'),
  };
}
