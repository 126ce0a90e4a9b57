// Fail-safe visibility and roles on a page marked only as live Freshdesk marks messages
// (tests/fixtures/freshdesk/unmarked-roles.html): public only on positive evidence, private-note
// markers win, an unknown author is never the customer, and the REST reading settles the rest.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { FetchJson } from '../adapter';
import { keptBackMessageIds } from '../kept-back';
import { freshdeskAdapter } from './adapter';
import { loadJson, loadPage } from './test-support';
import { readFreshdeskApi } from './read-api';
import { warningLine } from '../../ticket/warning';
import { readPage } from '../page-text';

const WATCH_LIST = 'Customer is on the watch list';

function readUnmarked() {
  const { doc, url } = loadPage('unmarkedRoles');
  return readPage(freshdeskAdapter.readFromDom, doc, url);
}

describe('Freshdesk page reading: visibility and roles from evidence', () => {
  const ticket = readUnmarked();
  const byId = Object.fromEntries(ticket.messages.map((m) => [m.id, m]));

  it('reads each message by the live markers alone', () => {
    expect(ticket.messages.map((m) => [m.id, m.author.name, m.role, m.visibility])).toEqual([
      ['description', 'Mia Keller', 'customer', 'public'],
      ['125000000002', 'Sam Rivera', 'agent', 'public'], // data-test-is-agent, "replied"
      ['125000000003', 'Priya Nair', 'agent', 'internal'], // ticket-details__privatenote
      ['125000000004', 'Carrier Desk', 'system', 'internal'], // third party's reply filed as a note
      ['125000000005', 'Mia Keller', 'customer', 'public'], // ticket-details__requestor
      ['125000000006', 'Alex Virtanen', 'system', 'internal'], // nothing we can read: kept back
    ]);
  });

  it('names the kept-back message and the authors whose role the page does not show', () => {
    expect(keptBackMessageIds(ticket.warnings)).toEqual(['125000000006']);
    expect(ticket.warnings.map(warningLine)).toContain('message 125000000004: author role not shown; not read as the customer’s');
    expect(ticket.warnings.map(warningLine)).toContain('message 125000000006: author role not shown; not read as the customer’s');
  });

  it('never reads an unmarked message as public or as the customer’s', () => {
    const unmarked = byId['125000000006']!;
    expect(unmarked.text).toContain(WATCH_LIST);
    expect(unmarked.visibility).toBe('internal');
    expect(unmarked.role).not.toBe('customer');
  });

  it('keeps a note internal when its header also says "replied"', () => {
    expect(byId['125000000004']!.visibility).toBe('internal');
  });
});

/** Each case is one conversation item; the rest of the page is the standard fixture's. */
function readItem(itemHtml: string) {
  const { doc, url } = loadPage('standard');
  const items = doc.querySelector('.ticket-details__items')!;
  const reply = items.querySelector('.reply-box')!;
  const { document } = parseHTML(`<div>${itemHtml}</div>`);
  reply.before(doc.importNode(document.querySelector('div > div')!, true));
  const message = readPage(freshdeskAdapter.readFromDom, doc, url).messages.at(-1)!;
  expect(message.id).toBe('777');
  return message;
}

const item = (cls: string, header: string) => `
  <div class="ticket-details__item ${cls}">
    <div class="conversation-header">${header}<time datetime="2026-11-22T10:00:00Z">now</time></div>
    <div class="ticket_note" data-note-id="777">Refund approved internally, do not tell the customer yet.</div>
  </div>`;

describe('Freshdesk page reading: one marker at a time', () => {
  it.each([
    [
      'the live private-note class',
      item('ticket-details__privatenote', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> replied'),
    ],
    [
      'the header text alone (English)',
      item(
        '',
        '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> <span data-test-id="conversation-status">added a private note</span>',
      ),
    ],
    [
      'the header text alone (Dutch)',
      item(
        '',
        '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> <span data-test-id="conversation-status">heeft een privénotitie toegevoegd</span>',
      ),
    ],
    [
      'the modelled label',
      item(
        '',
        '<span data-test-id="private-note-label">Private note</span><a data-test-id="user-name" href="/a/agents/9001">Sam</a> replied',
      ),
    ],
    [
      '"sent an email" (an email may go to someone else than the requester)',
      item('', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> <span data-test-id="conversation-status">sent an email</span>'),
    ],
    [
      '"E-mail verzonden" (the same, Dutch)',
      item(
        '',
        '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> <span data-test-id="conversation-status">E-mail verzonden</span>',
      ),
    ],
    [
      'a private-note class on an element around the item',
      `<div class="ticket-details__privatenote">${item('', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> replied')}</div>`,
    ],
    ['no evidence at all', item('', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a>')],
    // Round 11: a note that also carries the requester class (a third party's e-mail filed as a note), its marker moved.
    [
      'a private-note modifier class of another spelling',
      item('ticket-details__requestor ticket-details__item--private', '<a data-test-id="user-name" href="/a/contacts/5001">Jane</a>'),
    ],
    [
      'a private-note test id on the item only',
      item('ticket-details__requestor" data-test-id="private-note', '<a data-test-id="user-name" href="/a/contacts/5001">Jane</a>'),
    ],
    [
      'a private-note class on the note body',
      item('ticket-details__requestor', '<a data-test-id="user-name" href="/a/contacts/5001">Jane</a>').replace(
        'class="ticket_note"',
        'class="ticket_note private-note-body"',
      ),
    ],
    ['a reply-like author name', item('', '<a data-test-id="user-name" href="/a/agents/9001">Replied Ltd</a>')],
  ])('%s: internal', (_case, html) => {
    expect(readItem(html).visibility).toBe('internal');
  });

  // Round 12 (page12), on main the German one read public: a third party's e-mail filed as a note (the requester class),
  // marked only by its action line in the agent's language.
  // Review of round 12: a no-break space before "Notiz" (as a template joins words it must not wrap), a compound.
  for (const label of [
    'hat eine interne Notiz hinzugefügt',
    'a ajouté une note privée',
    'أضاف ملاحظة داخلية',
    'hat eine interne\u00a0Notiz hinzugefügt',
    'hat eine Privatnotiz hinzugefügt',
  ]) {
    it(`round 12, the action line "${label}" on an item with the requester class: internal`, () => {
      const html = item(
        'ticket-details__requestor',
        `<a data-test-id="user-name" href="/a/contacts/5001">Jane</a> <span data-test-id="conversation-status">${label}</span>`,
      );
      expect(readItem(html).visibility).toBe('internal');
    });
  }

  it.each([
    [
      '"replied" in the action line',
      item('', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> <span data-test-id="conversation-status">replied</span>'),
    ],
    ['"replied" as bare header text (older layout)', item('', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> replied')],
    ['the requester class', item('ticket-details__requestor', '<a data-test-id="user-name" href="/a/contacts/5001">Jane</a>')],
    // Review of round 11: a class or test id naming "private" in the text its writer sent (an e-mail keeps its
    // classes) says nothing about the message.
    [
      "the customer's e-mail: a class naming private",
      item('ticket-details__requestor', '<a data-test-id="user-name" href="/a/contacts/5001">Jane</a>').replace(
        'Refund approved',
        '<div class="private-message"><p>Please keep this between us.</p></div><span class="private">Refund approved</span>',
      ),
    ],
    [
      "the customer's e-mail: Freshdesk's own note class and label, typed into it",
      item('ticket-details__requestor', '<a data-test-id="user-name" href="/a/contacts/5001">Jane</a>').replace(
        'Refund approved',
        '<div class="ticket-details__privatenote"><span data-test-id="private-note-label">Private note</span></div>Refund approved',
      ),
    ],
  ])('%s: public', (_case, html) => {
    expect(readItem(html).visibility).toBe('public');
  });

  // leak20: the walk around an item stops at the app's layout around the ticket's header and actions too. rev-leak20: a
  // wrapper of the conversation's list alone is what a "Private notes" tab or filter view looks like, and still counts
  // (page-notes-rev-leak20.test.ts).
  it('does not read a layout class naming "private" around the whole ticket as a note marker', () => {
    const { doc, url } = loadPage('standard');
    doc.querySelector('.app-layout')!.className = 'app-layout app-layout--private-browsing';
    const before = readPage(freshdeskAdapter.readFromDom, loadPage('standard').doc, url).messages.map((m) => m.visibility);
    expect(before).toContain('public');
    expect(readPage(freshdeskAdapter.readFromDom, doc, url).messages.map((m) => m.visibility)).toEqual(before);
  });

  it('reads a wrapper inside its private item once, as the internal note it is', () => {
    const { doc, url } = loadPage('standard');
    const { document } = parseHTML(`<div>
      <div class="ticket-details__item ticket-details__privatenote"><div data-test-id="conversation-wrapper">
        <div class="conversation-header"><span data-test-id="user-name" data-test-is-agent="true">Sam</span>
          <span data-test-id="conversation-status">replied</span><time datetime="2026-11-22T10:00:00Z">now</time></div>
        <div class="ticket_note" data-note-id="777">Hold the refund until FR-5521 is fixed.</div>
      </div></div></div>`);
    doc.querySelector('.ticket-details__items .reply-box')!.before(doc.importNode(document.querySelector('div > div')!, true));
    const copies = readPage(freshdeskAdapter.readFromDom, doc, url).messages.filter((m) => m.id === '777');
    expect(copies.map((m) => m.visibility)).toEqual(['internal']);
  });

  it('reads the items of an element around several of them, not the element as one message', () => {
    const { doc, url } = loadPage('standard');
    const before = readPage(freshdeskAdapter.readFromDom, doc, url).messages.length;
    const { document } = parseHTML(`<div><div data-test-id="conversation-wrapper">
      ${item('', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> replied')}
      ${item('', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> replied').replace('777', '778')}
    </div></div>`);
    doc.querySelector('.ticket-details__items .reply-box')!.before(doc.importNode(document.querySelector('div > div')!, true));
    const messages = readPage(freshdeskAdapter.readFromDom, doc, url).messages;
    expect(messages).toHaveLength(before + 2);
    expect(messages.slice(-2).map((m) => m.id)).toEqual(['777', '778']);
  });

  it('does not read an author without a profile link or marker as the customer', () => {
    const message = readItem(item('', '<span data-test-id="user-name">Someone</span> replied'));
    expect(message.role).toBe('system');
  });
});

describe('Freshdesk: a ticket an agent opened by email (outbound)', () => {
  /** The unmarked-roles page with its description written by an agent: a name and the agent marker, no profile link. */
  function readOutbound() {
    const { doc, url } = loadPage('unmarkedRoles');
    const author = doc.querySelector('[data-test-id="ticket-description"] [data-test-id="user-name"]')!;
    const agent = doc.createElement('span');
    agent.setAttribute('data-test-id', 'user-name');
    agent.setAttribute('data-test-is-agent', 'true');
    agent.textContent = 'Sam Rivera';
    author.replaceWith(agent);
    return readPage(freshdeskAdapter.readFromDom, doc, url);
  }

  it('the page: the agent marker on the description makes it the agent’s, still public', () => {
    const description = readOutbound().messages[0]!;
    expect([description.id, description.author.name, description.role, description.visibility]).toEqual([
      'description',
      'Sam Rivera',
      'agent',
      'public',
    ]);
  });

  it('the REST reading: source 10 (outbound email) makes the description the agent’s, not the requester’s', async () => {
    const api = (source: number) => async (path: string) =>
      path.includes('/conversations')
        ? loadJson('api/ticket-125-conversations.json')
        : { ...(loadJson('api/ticket-125.json') as object), source };
    const outbound = (await readFreshdeskApi(readOutbound(), api(10))).messages[0]!;
    expect([outbound.role, outbound.author.name]).toEqual(['agent', 'Sam Rivera']);
    const emailed = (await readFreshdeskApi(readUnmarked(), api(1))).messages[0]!;
    expect([emailed.role, emailed.author.name]).toEqual(['customer', 'Mia Keller']);
  });
});

describe('Freshdesk REST reading: only private: false is public', () => {
  const fetchFrom =
    (conversations: unknown): FetchJson =>
    async (path) =>
      path.includes('/conversations') ? conversations : loadJson('api/ticket-125.json');

  it('corrects the page reading: the kept-back message is internal, the others as the API says', async () => {
    const ticket = await readFreshdeskApi(readUnmarked(), fetchFrom(loadJson('api/ticket-125-conversations.json')));
    expect(ticket.source).toBe('api');
    expect(ticket.messages.map((m) => [m.id, m.role, m.visibility])).toEqual([
      ['description', 'customer', 'public'],
      ['125000000002', 'agent', 'public'],
      ['125000000003', 'agent', 'internal'],
      ['125000000004', 'customer', 'internal'],
      ['125000000005', 'customer', 'public'],
      ['125000000006', 'agent', 'internal'],
    ]);
    expect(keptBackMessageIds(ticket.warnings)).toEqual([]);
  });

  it('reads the requester’s own conversation as the customer’s also when it is not incoming (the customer portal)', async () => {
    const conversations = loadJson('api/ticket-125-conversations.json') as Record<string, unknown>[];
    const requesterId = (loadJson('api/ticket-125.json') as { requester_id: number }).requester_id;
    const viaPortal = conversations.map((c) => (c.id === 125000000005 ? { ...c, incoming: false, user_id: requesterId } : c));
    const ticket = await readFreshdeskApi(readUnmarked(), fetchFrom(viaPortal));
    expect(ticket.messages.find((m) => m.id === '125000000005')!.role).toBe('customer');
  });

  it('keeps back a conversation whose private flag is missing, and says so', async () => {
    const conversations = loadJson('api/ticket-125-conversations.json') as Record<string, unknown>[];
    const withoutFlag = conversations.map((c) => (c.id === 125000000002 ? { ...c, private: undefined } : c));
    const ticket = await readFreshdeskApi(readUnmarked(), fetchFrom(withoutFlag));
    expect(ticket.messages.find((m) => m.id === '125000000002')!.visibility).toBe('internal');
    expect(keptBackMessageIds(ticket.warnings)).toEqual(['125000000002']);
  });
});

// Review (fdbody): the message's text is what its writer sent (a customer's HTML e-mail, a mail forwarded into a
// note); the requester class or an action line in it says nothing about the message. Each note below has own markers
// that say neither "public" nor "private note"; it stays internal (kept back) whatever its text carries.
describe('Freshdesk page reading: no public evidence from inside the message text', () => {
  it('a note whose text carries the requester class (live layout) stays internal', () => {
    const { doc, url } = loadPage('unmarkedRoles');
    const text = doc.querySelector('.ticket_note[data-note-id="125000000006"]')!;
    const quoted = doc.createElement('div');
    quoted.className = 'ticket-details__item ticket-details__requestor';
    quoted.textContent = 'Jane wrote: please call me back.';
    text.append(quoted);
    const ticket = readPage(freshdeskAdapter.readFromDom, doc, url);
    const note = ticket.messages.find((m) => m.id === '125000000006')!;
    expect([note.visibility, note.role]).toEqual(['internal', 'system']);
    expect(note.text).toContain(WATCH_LIST);
    expect(keptBackMessageIds(ticket.warnings)).toEqual(['125000000006']);
  });

  it.each([
    [
      'the action line "hat geantwortet" (German, its own line says an unknown action)',
      '<a data-test-id="user-name" href="/a/agents/9001">Lena</a> <span class="conversation-action">hat eine Notiz hinzugefügt</span>',
      '<div><span data-test-id="conversation-status">Jana hat geantwortet</span></div>',
    ],
    [
      '"replied" in a made-up action line (its own header shows no action)',
      '<a data-test-id="user-name" href="/a/agents/9001">Sam</a>',
      '<div class="conversation-header"><span class="conversation-action">replied</span></div>',
    ],
  ])('a note whose text carries %s stays internal', (_case, header, inText) => {
    const note = readItem(item('', header).replace('Refund approved internally', `${inText}Refund approved internally`));
    expect(note.visibility).toBe('internal');
  });

  it('a customer e-mail whose text carries the reply box’s editor class is still read, as the requester’s', () => {
    const message = readItem(
      item('ticket-details__requestor', '<a data-test-id="user-name" href="/a/contacts/5001">Jane</a>').replace(
        'Refund approved',
        '<div class="rich-editor">Refund approved</div>',
      ),
    );
    expect([message.visibility, message.role]).toEqual(['public', 'customer']);
  });

  // Round 12 (page12): in the older layout the text is [data-test-conversation]; a mail forwarded into it that carries
  // the Mint layout's .ticket_note[data-note-id] is still the note's text, not the note's body. Not fixed: the live
  // layout wraps its .ticket_note in a [data-test-conversation] too, so the outermost match is not the body either.
  it.fails('a forwarded mail with Mint note markup in an older-layout note: the note is read whole, under its own id', () => {
    const { doc, url } = loadPage('standard');
    const { document } = parseHTML(`<div>
      <div class="ticket-details__item ticket-details__privatenote">
        <div class="conversation-header"><span data-test-id="user-name">Priya</span><time datetime="2026-11-22T10:00:00Z">now</time></div>
        <div data-test-conversation="conversation-text"><p>Escalating, see the forwarded mail.</p>
          <div class="ticket_note" data-note-id="101000000002">Forwarded: please call me back.</div></div>
      </div></div>`);
    doc.querySelector('.ticket-details__items .reply-box')!.before(doc.importNode(document.querySelector('div > div')!, true));
    const note = readPage(freshdeskAdapter.readFromDom, doc, url).messages.at(-1)!;
    expect(note.text).toContain('Escalating, see the forwarded mail.');
    expect(note.id).not.toBe('101000000002');
    expect(note.visibility).toBe('internal');
  });

  it('a mail forwarded into a note, with Freshdesk-like markup of a public reply, stays internal and the note’s own', () => {
    const forwarded = `<p>FYI, see below.</p><div>---------- Forwarded message ----------<br>From: Jane Doe &lt;jane.doe@example.com&gt;</div>
      <div class="ticket-details__item ticket-details__requestor" data-test-id="ticket-description">
        <div class="conversation-header"><a data-test-id="user-name" href="/a/contacts/5001">Jane Doe</a>
          <span class="conversation-action">replied</span><span data-test-id="conversation-status">replied</span>
          <time datetime="2020-01-01T00:00:00Z">old</time></div>
        <div class="ticket_note" data-note-id="1">Refund approved internally</div>
      </div>`;
    const note = readItem(
      item('', '<span data-test-id="user-name">Priya Nair</span>').replace(
        'Refund approved internally, do not tell the customer yet.',
        forwarded,
      ),
    );
    expect([note.visibility, note.author.name, note.createdAt]).toEqual(['internal', 'Priya Nair', '2026-11-22T10:00:00Z']);
    expect(note.role).not.toBe('customer');
  });
});

describe('Freshdesk page reading: the private-note marker search stays out of the text', () => {
  it('reads no attribute of an element inside a message’s text (a long e-mail is not walked)', () => {
    const email = `<table class="mail">${'<tr><td style="color:red"><a href="https://example.com/x">link</a></td></tr>'.repeat(50)}</table>`;
    const html = item('', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> replied').replace(
      'Refund approved internally, do not tell the customer yet.',
      email,
    );
    const { doc, url } = loadPage('standard');
    const { document } = parseHTML(`<div>${html}</div>`);
    doc.querySelector('.ticket-details__items .reply-box')!.before(doc.importNode(document.querySelector('div > div')!, true));
    const mail = doc.querySelector('table.mail')!;
    let proto: object | null = mail;
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'attributes')) proto = Object.getPrototypeOf(proto);
    const getter = Object.getOwnPropertyDescriptor(proto!, 'attributes')!.get!;
    const inText = new Set<Element>([mail, ...mail.querySelectorAll('*')]);
    const readInText: string[] = [];
    Object.defineProperty(proto!, 'attributes', {
      configurable: true,
      get(this: Element) {
        if (inText.has(this)) readInText.push(this.tagName);
        return getter.call(this);
      },
    });
    try {
      const message = readPage(freshdeskAdapter.readFromDom, doc, url).messages.at(-1)!;
      expect(message.visibility).toBe('public'); // "replied", no marker
    } finally {
      Object.defineProperty(proto!, 'attributes', { configurable: true, get: getter });
    }
    expect(readInText).toEqual([]);
  });

  it('still finds a marker on the text’s own element, and none written inside it', () => {
    const withMarker = item('', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> replied').replace(
      'class="ticket_note"',
      'class="ticket_note" data-private="true"',
    );
    expect(readItem(withMarker).visibility).toBe('internal');
    const inText = item('', '<a data-test-id="user-name" href="/a/agents/9001">Sam</a> replied').replace(
      'Refund approved internally, do not tell the customer yet.',
      '<span class="private-note">a customer’s class</span>',
    );
    expect(readItem(inText).visibility).toBe('public');
  });
});
