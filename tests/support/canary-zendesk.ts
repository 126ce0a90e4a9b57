// The canary wire test's Zendesk ticket (modelled): its REST answers (the ticket, its comments, the requester's earlier
// tickets) and the page's reading of the same thread (the note marked, the hidden spans in the HTML).
import { readPageText } from '../../src/helpdesks/page-text';
import type { PageTicket } from '../../src/ticket/page-ticket';
import { HIDDEN_HTML, OPENING, PII_TEXT, type CanaryDesk } from './canary-text';

const TAB = { id: 7, url: 'https://acme.zendesk.com/agent/tickets/1' };

const comment = (id: number, author: number, html: string, pub: boolean | null) => ({
  id,
  type: 'Comment',
  author_id: author,
  body: html.replace(/<[^>]+>/g, ''),
  html_body: `<div class="zd-comment" dir="auto">${html}</div>`,
  public: pub,
  created_at: `2026-11-1${id % 10}T09:00:00Z`,
  via: { channel: 'email' },
  attachments: [],
});
const users = [
  { id: 9001, name: 'Wren Halloway', email: 'wren.halloway@example.org', role: 'end-user', locale: 'en-US' },
  { id: 501, name: 'Tom Becker', email: 'tom@acme.example', role: 'agent', locale: 'en-US' },
];

function api(last: string): Record<string, unknown> {
  return {
    '/api/v2/tickets/1.json': {
      ticket: { id: 1, subject: 'My order never arrived', status: 'open', priority: 'high', tags: ['shipping'], requester_id: 9001 },
    },
    '/api/v2/tickets/1/comments.json?include=users': {
      comments: [
        comment(1, 9001, `<p>${OPENING} ${PII_TEXT}</p>${HIDDEN_HTML}`, true),
        comment(2, 501, '<p>KESTRELNOTE: fraud risk, no refund without the manager.</p>', false),
        comment(3, 501, '<p>KESTRELUNPROVEN we are on it.</p>', null),
        // The note Zendesk writes when another request is merged into this one: private unless the agent chose otherwise.
        comment(5, 501, '<p>Request #812 "Parcel lost" was closed and merged into this request. KESTRELMERGED fraud list.</p>', false),
        comment(6, 501, '<p>KESTRELNOMARKER the courier admitted the loss.</p>', false),
        comment(4, 9001, `<p>${last}</p>`, true),
      ],
      users,
      next_page: null,
    },
    '/api/v2/users/9001/tickets/requested.json?sort_by=created_at&sort_order=desc': {
      tickets: [
        {
          id: 77,
          subject: 'KESTRELEARLIER subject',
          description: 'KESTRELEARLIER private note copied into the description',
          status: 'open',
          priority: 'low',
          requester_id: 9001,
          created_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
          updated_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
          tags: [],
        },
      ],
      next_page: null,
    },
  };
}

function page(last: string) {
  const msg = (id: string, role: 'customer' | 'agent', visibility: 'public' | 'internal', html: string, name: string) => ({
    id,
    author: { name },
    role,
    visibility,
    createdAt: null,
    html: `<div class="zd-comment">${html}</div>`,
    context: [],
  });
  return readPageText({
    id: '1',
    helpdesk: 'zendesk',
    url: TAB.url,
    subject: 'My order never arrived',
    requester: { name: 'Wren Halloway', email: 'wren.halloway@example.org' },
    status: 'open',
    priority: 'high',
    tags: ['shipping'],
    language: 'en',
    warnings: [],
    source: 'dom',
    messages: [
      msg('1', 'customer', 'public', `<p>${OPENING} ${PII_TEXT}</p>${HIDDEN_HTML}`, 'Wren Halloway'),
      msg('2', 'agent', 'internal', '<p>KESTRELNOTE: fraud risk, no refund without the manager.</p>', 'Tom Becker'),
      // As a page could show a private comment with no marker: only the REST reading's `public: false` keeps it back.
      msg('6', 'agent', 'public', '<p>KESTRELNOMARKER the courier admitted the loss.</p>', 'Tom Becker'),
      msg('4', 'customer', 'public', `<p>${last}</p>`, 'Wren Halloway'),
    ],
  } as PageTicket);
}

export const zendeskCanary: CanaryDesk = {
  name: 'Zendesk',
  tab: TAB,
  api,
  page,
  planted: ['KESTRELNOTE', 'KESTRELUNPROVEN', 'KESTRELMERGED', 'KESTRELNOMARKER'],
  onlyRestSees: ['KESTRELNOMARKER'],
  publicText: [OPENING],
};
