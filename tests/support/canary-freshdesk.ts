// The canary wire test's Freshdesk ticket (modelled on tests/fixtures/freshdesk/standard.html and api/ticket-101*.json):
// its REST answers (the ticket, its conversations, the requester's earlier tickets) and the page's reading of the same
// thread, read by the content script's reader from the fixture page with the thread's items replaced.
//
// The conversations API gives each reply and note a `private` flag, `true` on a private note: live evidence, a
// public client's recorded answer (pbrane/freshdesk-api-client, src/main/resources/documents/tickets/
// ticket-7-conversation.json: a note "private... not visible to the contact" with `"private": true`, `"source": 2`).
import { freshdeskAdapter } from '../../src/helpdesks/freshdesk/adapter';
import { loadPage } from '../../src/helpdesks/freshdesk/test-support';
import { fill } from '../../src/helpdesks/page-notes-support';
import { readPage } from '../../src/helpdesks/page-text';
import { HIDDEN_HTML, OPENING, PII_TEXT, type CanaryDesk } from './canary-text';

const TAB = { id: 8, url: 'https://acme.freshdesk.com/a/tickets/101' };
const JANE = { id: 5001, name: 'Jane Doe', email: 'jane.doe@example.com' };
const CC = 'kestrel.cc@example.net';
const REPLY = 'We are checking with the carrier today.';

/** One conversation of the thread: how the page shows it (classes, header) and what the API says of it. */
interface Conversation {
  id: number;
  author: 'jane' | 'sam' | 'priya';
  html: string;
  /** The item's classes besides `ticket-details__item`, and the header after the author's link. */
  classes?: string;
  header: string;
  /** The API's flag; undefined: the field is missing. */
  private: boolean | undefined;
  source: number;
  cc?: string[];
}

function thread(last: string): Conversation[] {
  return [
    // The live marker and action line of a private note (standard.html).
    {
      id: 101000000003,
      author: 'priya',
      html: 'KESTRELNOTE: fraud risk, no refund without the manager.',
      classes: 'ticket-details__privatenote',
      header: action('added a private note'),
      private: true,
      source: 2,
    },
    // A forward to the carrier (source 8): `private: false`, yet the customer never sees it (read-api.ts).
    {
      id: 101000000005,
      author: 'sam',
      html: 'KESTRELFORWARD claims: please check parcel 48213.',
      header: action('forwarded'),
      private: false,
      source: 8,
    },
    // A public reply with a Cc list: its text is public, the copied-in address is not the ticket's text.
    {
      id: 101000000006,
      author: 'sam',
      html: REPLY,
      header: `${action('replied')}<div class="emails-info">Cc: ${CC}</div>`,
      private: false,
      source: 0,
      cc: [CC],
    },
    // round13 and read23's shape: a German reply line ("hat geantwortet") whose only note label is a lock's title.
    {
      id: 101000000007,
      author: 'priya',
      html: 'KESTRELGERMAN Kunde steht auf der Betrugsliste.',
      header: `${action('hat geantwortet')}<i class="ficon-lock" title="Interne Notiz"></i>`,
      private: true,
      source: 2,
    },
    // rev-leak22's shape: a merge note under a reply line, "merged into this ticket" in its header only.
    {
      id: 101000000008,
      author: 'sam',
      html: 'Ticket #812 "Parcel lost" KESTRELMERGED was on the fraud list.',
      header: `${action('replied')}<span>Merged into this ticket</span>`,
      private: true,
      source: 2,
    },
    // No marker at all on the page: only the REST reading's `private: true` keeps it back.
    {
      id: 101000000009,
      author: 'sam',
      html: 'KESTRELNOMARKER the courier admitted the loss.',
      header: action('replied'),
      private: true,
      source: 2,
    },
    // An e-mail the page does not call a reply, and an API answer without the flag: kept back by both readings.
    {
      id: 101000000010,
      author: 'sam',
      html: 'KESTRELUNPROVEN we are on it.',
      header: action('sent an email'),
      private: undefined,
      source: 0,
    },
    {
      id: 101000000004,
      author: 'jane',
      html: last,
      classes: 'ticket-details__requestor',
      header: action('replied'),
      private: false,
      source: 0,
    },
  ];
}

function action(words: string) {
  return `<span class="conversation-action" data-test-id="conversation-status">${words}</span>`;
}

const PEOPLE = {
  jane: { href: `/a/contacts/${JANE.id}`, name: JANE.name, userId: JANE.id },
  sam: { href: '/a/agents/9001', name: 'Sam Rivera', userId: 9001 },
  priya: { href: '/a/agents/9002', name: 'Priya Nair', userId: 9002 },
};

function item(noteId: string | number, c: Pick<Conversation, 'author' | 'html' | 'classes' | 'header'>, extra = '') {
  const who = PEOPLE[c.author];
  return `<div class="ticket-details__item ${c.classes ?? ''}"${extra}>
    <div class="conversation-header"><div class="sender-info">
      <a data-test-id="user-name" href="${who.href}" class="ember-view">${who.name}</a>${c.header}</div>
      <div class="conversation-time"><time datetime="2026-11-21T08:45:00Z">2 days ago</time></div></div>
    <div class="ticket-details__item__content"><div class="ticket_note" data-note-id="${noteId}" dir="auto">${c.html}</div></div>
  </div>`;
}

const DESCRIPTION = `<div>${OPENING} ${PII_TEXT}</div>${HIDDEN_HTML}`;

function page(last: string) {
  const { doc, url } = loadPage('standard');
  const list = doc.querySelector('.ticket-details__items')!;
  const replyBox = list.querySelector('.reply-box')!;
  const description = item(
    '101000000001',
    { author: 'jane', html: DESCRIPTION, header: action('reported via email') },
    ' data-test-id="ticket-description"',
  );
  fill(list, [description, ...thread(last).map((c) => item(c.id, c))].join(''));
  list.append(replyBox);
  // The same tags as the API's (the fixture's "vip" would hold the ticket back, and nothing would be sent).
  const tags = [...doc.querySelectorAll('li.tag')];
  tags.slice(1).forEach((tag) => tag.remove());
  tags[0]!.querySelector('.tag-options')!.textContent = 'shipping';
  return readPage(freshdeskAdapter.readFromDom, doc, url);
}

function api(last: string): Record<string, unknown> {
  const conversations = thread(last).map((c) => ({
    id: c.id,
    body: `<div>${c.html}</div>`,
    body_text: c.html,
    incoming: c.author === 'jane',
    ...(c.private === undefined ? {} : { private: c.private }),
    user_id: PEOPLE[c.author].userId,
    source: c.source,
    cc_emails: c.cc ?? [],
    created_at: '2026-11-21T08:45:00Z',
    automation_id: null,
    auto_response: false,
    ticket_id: 101,
  }));
  return {
    '/api/v2/tickets/101?include=requester': {
      id: 101,
      subject: 'My order never arrived',
      status: 2,
      priority: 3,
      tags: ['shipping'],
      source: 1,
      requester_id: JANE.id,
      requester: JANE,
      created_at: '2026-11-20T09:14:00Z',
      description: DESCRIPTION,
      // Freshdesk's plain text of the HTML keeps the hidden spans' words: the reader must read the HTML as shown.
      description_text: DESCRIPTION.replace(/<[^>]+>/g, ' '),
    },
    '/api/v2/tickets/101/conversations?per_page=100': conversations,
    [`/api/v2/tickets?requester_id=${JANE.id}&updated_since=2000-01-01T00:00:00Z&order_by=created_at&order_type=desc&per_page=100`]: [
      {
        id: 88,
        subject: 'KESTRELEARLIER subject',
        description_text: 'KESTRELEARLIER private note copied into the description',
        status: 2,
        priority: 1,
        requester_id: JANE.id,
        created_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
        updated_at: new Date(Date.now() - 3 * 86_400_000).toISOString(),
        tags: [],
      },
    ],
  };
}

export const freshdeskCanary: CanaryDesk = {
  name: 'Freshdesk',
  tab: TAB,
  api,
  page,
  planted: ['KESTRELNOTE', 'KESTRELFORWARD', 'KESTRELGERMAN', 'KESTRELMERGED', 'KESTRELNOMARKER', 'KESTRELUNPROVEN'],
  onlyRestSees: ['KESTRELNOMARKER'],
  publicText: [OPENING, REPLY],
};
