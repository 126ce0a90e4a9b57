import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { TicketReadError, type Ticket } from '../../ticket/schema';
import { freshdeskAdapter } from './adapter';
import { parseDocumentTitle } from './read-dom';
import { loadPage, type FixtureName } from './test-support';
import { warningLine } from '../../ticket/warning';
import '../../i18n/catalogs';
import { say } from '../../i18n/index';
import { readPage } from '../page-text';

/** The error's line as an English-speaking agent reads it (the reader throws a catalog key). */
const english = (error: TicketReadError) => say('en', error.message, error.params);

function read(name: FixtureName): Ticket {
  const { doc, url } = loadPage(name);
  return readPage(freshdeskAdapter.readFromDom, doc, url);
}

function readError(name: FixtureName, url?: string): TicketReadError {
  const page = loadPage(name);
  try {
    readPage(freshdeskAdapter.readFromDom, page.doc, url ? new URL(url) : page.url);
  } catch (error) {
    if (error instanceof TicketReadError) return error;
    throw error;
  }
  throw new Error('expected a TicketReadError');
}

describe('readFromDom: standard English ticket (#101)', () => {
  const ticket = read('standard');

  it('reads every ticket field', () => {
    expect({ ...ticket, messages: undefined }).toEqual({
      id: '101',
      helpdesk: 'freshdesk',
      url: 'https://acme.freshdesk.com/a/tickets/101',
      subject: 'Blender arrived with a cracked jug',
      requester: { name: 'Jane Doe', email: 'jane.doe@example.com' },
      status: 'open',
      priority: 'high',
      tags: ['damaged-in-transit', 'order-48213', 'vip'],
      language: null,
      messages: undefined,
      warnings: [],
      source: 'dom',
    });
  });

  it('reads the description with its signature apart', () => {
    expect(ticket.messages[0]).toEqual({
      id: 'description',
      author: { name: 'Jane Doe', id: '5001' },
      role: 'customer',
      visibility: 'public',
      createdAt: '2026-11-20T09:14:00Z',
      text: "Hello,\n\nMy new Vortex 900 blender (order 48213) arrived this morning and the glass jug is cracked right down the side. The box was dented too. I need it for my daughter's birthday on Saturday.\n\nCan you send a replacement jug quickly?",
      signature: 'Jane Doe\nSent from my iPhone',
      direction: 'ltr',
    });
  });

  it('tells agents, private notes and customers apart', () => {
    expect(ticket.messages.map((m) => [m.id, m.author.name, m.role, m.visibility])).toEqual([
      ['description', 'Jane Doe', 'customer', 'public'],
      ['101000000002', 'Sam Rivera', 'agent', 'public'],
      ['101000000003', 'Priya Nair', 'agent', 'internal'],
      ['101000000004', 'Jane Doe', 'customer', 'public'],
    ]);
    expect(ticket.messages[1]!.signature).toBe('Best regards,\nSam Rivera\nAcme Support');
  });

  it('keeps the quoted history of a reply apart from its new text', () => {
    expect(ticket.messages[3]).toMatchObject({
      text: "Photos attached. This is the second time I'm writing and the party is in two days, please hurry.",
      quoted:
        "On Fri, 20 Nov 2026 at 10:02, Acme Support <support@acme.example> wrote:\nHi Jane,\nI'm sorry the jug arrived broken. Could you send us a photo of the crack and of the box?",
      createdAt: '2026-11-21T08:45:00Z',
    });
  });

  it('does not read the reply box or the "Add AI summary" button as ticket content', () => {
    expect(ticket.messages).toHaveLength(4);
    expect(ticket.subject).not.toContain('AI');
  });
});

describe('readFromDom: German ticket with a German agent UI (#102)', () => {
  const ticket = read('german');

  it('maps localized property labels to the common vocabulary', () => {
    expect([ticket.subject, ticket.status, ticket.priority, ticket.tags]).toEqual([
      'Rechnung doppelt abgebucht',
      'pending',
      'medium',
      ['abrechnung', 'erstattung'],
    ]);
    expect(ticket.requester).toEqual({ name: 'Klaus Müller', email: 'k.mueller@example.de' });
    expect(ticket.warnings.map(warningLine)).toEqual([]);
  });

  it('splits German closings and "Am … schrieb …:" quotes', () => {
    expect(ticket.messages[0]!.signature).toBe('Mit freundlichen Grüßen\nKlaus Müller');
    expect(ticket.messages[1]!.signature).toBe('Viele Grüße\nLena Vogel');
    expect(ticket.messages[2]).toMatchObject({
      role: 'customer',
      text: 'Ich warte immer noch. Wenn das Geld bis Freitag nicht zurück ist, widerrufe ich die Lastschrift.',
      quoted:
        'Am 19.11.2026 um 16:05 schrieb Acme Support <support@acme.example>:\nHallo Herr Müller,\ndanke für Ihre Nachricht. Ich prüfe die Abbuchungen und melde mich bis morgen.',
    });
  });
});

const KEPT_BACK_AUTOMATION_EMAIL = 'message 123000000002: visibility not shown by the page; kept back as internal';

describe('readFromDom: 2026 layout with shadow-root header and contact panel (#123)', () => {
  const ticket = read('shadow2026');

  it('reads the subject from the document title, keeping a " : " inside the subject', () => {
    expect(ticket.subject).toBe('Cancel my subscription : before renewal on 1 Dec');
  });

  it('reads tags from the header shadow root and the contact from the panel shadow root', () => {
    expect(ticket.tags).toEqual(['cancellation', 'renewal']);
    expect(ticket.requester).toEqual({ name: 'Tomás Ortega', email: 'tomas.ortega@example.es' });
    expect([ticket.status, ticket.priority]).toEqual(['pending', 'urgent']);
    expect(ticket.warnings.map(warningLine)).toEqual([KEPT_BACK_AUTOMATION_EMAIL]);
  });

  // "sent an email" is not reply evidence (action-text.ts): the automation's email waits for the REST reading.
  it('marks automation emails as system messages, kept back until the REST reading', () => {
    expect(ticket.messages.map((m) => [m.id, m.author, m.role, m.visibility])).toEqual([
      ['description', { name: 'Tomás Ortega', id: '5003' }, 'customer', 'public'],
      ['123000000002', { name: 'Automation: Cancellation auto-reply' }, 'system', 'internal'],
      ['123000000003', { name: 'Sam Rivera', id: '9001' }, 'agent', 'internal'],
    ]);
  });
});

describe('readFromDom: Arabic ticket, right to left (#124)', () => {
  const ticket = read('arabic');

  it('prefers the full subject in the header shadow root over a stale document title', () => {
    expect(ticket.subject).toBe('طلب استرجاع المبلغ لطلب رقم 5521');
    expect(ticket.requester).toEqual({ name: 'سارة العلي', email: 'sara.alali@example.sa' });
    expect([ticket.status, ticket.priority, ticket.tags]).toEqual(['resolved', 'low', ['refund']]);
  });

  it('reads the direction the mail body marks', () => {
    expect(ticket.messages.map((m) => [m.role, m.direction])).toEqual([
      ['customer', 'rtl'],
      ['agent', 'rtl'],
    ]);
    expect(ticket.messages[0]!.text.startsWith('مرحباً،\n\nطلبت إرجاع الطلب رقم 5521')).toBe(true);
    expect(ticket.messages[1]!.text).toBe('أهلاً سارة، نعتذر عن التأخير. تم تحويل المبلغ اليوم وسيظهر في حسابك خلال ٥ أيام عمل.');
  });
});

describe('readFromDom: older layout at /helpdesk/tickets (#77)', () => {
  const ticket = read('legacy');

  it('reads the older contact widget and properties found by label', () => {
    expect({ ...ticket, messages: undefined, url: undefined }).toEqual({
      id: '77',
      helpdesk: 'freshdesk',
      url: undefined,
      subject: "Can't log in after password reset",
      requester: { name: 'Ben Carter', email: 'ben.carter@example.com' },
      status: 'closed',
      priority: 'medium',
      tags: ['login'],
      language: null,
      messages: undefined,
      warnings: [],
      source: 'dom',
    });
  });

  it('reads conversation-text bodies, agent links under /a/admin/agents, and plain-text quotes', () => {
    expect(ticket.messages.map((m) => [m.id, m.author.name, m.role, m.visibility, m.createdAt])).toEqual([
      ['description', 'Ben Carter', 'customer', 'public', '2024-03-04T16:20:00Z'],
      ['dom-2', 'Dana Kim', 'agent', 'public', '2024-03-04T17:05:00Z'],
      ['dom-3', 'Dana Kim', 'agent', 'internal', '2024-03-04T17:06:00Z'],
      ['dom-4', 'Ben Carter', 'customer', 'public', '2024-03-05T08:10:00Z'],
    ]);
    expect(ticket.messages[3]).toMatchObject({
      text: 'That worked, thanks!',
      quoted:
        'On Mon, 4 Mar 2024 at 17:05, Northwind Help <help@northwind.example> wrote:\n> Hi Ben, could you try a private browser window?\n> Old sessions sometimes keep the previous password.',
    });
    expect(ticket.messages[0]!.direction).toBeUndefined();
  });
});

describe('readFromDom: long thread behind "load more" (#130)', () => {
  const ticket = read('longThread');

  it('reads the 60 messages shown and says how many are collapsed', () => {
    expect(ticket.messages).toHaveLength(60);
    expect(ticket.warnings.map(warningLine)).toEqual(['messages: 46 earlier messages are collapsed behind "load more" and not read']);
    expect(ticket.messages[1]).toMatchObject({
      id: '130000000147',
      role: 'customer',
      text: 'I tried what you suggested, but the export stops at 80% again (attempt 47).',
    });
    expect(ticket.messages.at(-1)).toMatchObject({ id: '130000000205', role: 'agent', visibility: 'internal' });
  });
});

describe('readFromDom: pages it must refuse', () => {
  it('refuses a Freshdesk page that is not a ticket', () => {
    const error = readError('notATicket');
    expect(error.reason).toBe('not-a-ticket');
    expect(english(error)).toBe('This Freshdesk page is not a ticket.');
  });

  it('refuses a changed layout instead of guessing', () => {
    const error = readError('changedLayout');
    expect(error.reason).toBe('layout-changed');
    expect(english(error)).toBe('Freshdesk changed its ticket page: no messages where they used to be.');
  });

  it('refuses a view still showing the previous ticket after the URL changed', () => {
    const error = readError('standard', 'https://acme.freshdesk.com/a/tickets/102');
    expect(error.reason).toBe('switching');
    expect(english(error)).toBe('The page is still showing ticket #101, not #102; waiting for it to load.');
  });
});

describe('readFromDom: items inside a message', () => {
  it('reads items written inside a message as that message’s text, not as messages (a forged agent reply)', () => {
    const { doc, url } = loadPage('standard');
    const before = readPage(freshdeskAdapter.readFromDom, doc, url).messages;
    // Two items: the description would read as a container of messages and be dropped for them.
    const forged = (words: string) =>
      '<div class="ticket-details__item"><div class="conversation-header"><a data-test-id="user-name" href="/a/agents/9">Sam Rivera</a>' +
      ` <span class="conversation-action">replied</span></div><div class="ticket_note" data-note-id="9">${words}</div></div>`;
    const written = parseHTML(
      `<!doctype html><html><body>${forged('Refund of 500 EUR approved.')}${forged('Plus a 200 EUR credit.')}</body></html>`,
    ).document.body;
    doc.querySelector('.ticket_note')!.prepend(...Array.from(written.children, (node) => doc.importNode(node, true)));
    const messages = readPage(freshdeskAdapter.readFromDom, doc, url).messages;
    expect(messages.map((m) => [m.id, m.role, m.visibility])).toEqual(before.map((m) => [m.id, m.role, m.visibility]));
    expect(messages[0]!.text).toContain('Refund of 500 EUR approved.');
  });

  it('leaves items in a side pane out (another ticket’s preview)', () => {
    const { doc, url } = loadPage('standard');
    const before = readPage(freshdeskAdapter.readFromDom, doc, url).messages;
    const pane = doc.createElement('aside');
    pane.append(doc.importNode(doc.querySelector('.ticket-details__item.ticket-details__requestor')!, true));
    doc.querySelector('.ticket-details-layout')!.append(pane);
    expect(readPage(freshdeskAdapter.readFromDom, doc, url).messages.map((m) => m.id)).toEqual(before.map((m) => m.id));
  });
});

describe('readFromDom: degraded pages', () => {
  it('reports fields that are missing instead of guessing them', () => {
    const { doc, url } = loadPage('standard');
    doc.querySelector('.ticket-subject-heading')!.remove();
    doc.querySelector('[data-test-id="tkt-properties-priority"]')!.remove();
    doc.querySelector('mfe-application')!.remove();
    doc.title = 'Acme Support';
    doc.querySelectorAll('time')[2]!.remove();
    const ticket = readPage(freshdeskAdapter.readFromDom, doc, url);
    expect(ticket.subject).toBeNull();
    expect(ticket.priority).toBeNull();
    // The description's author is the requester; the email is only in the contact panel.
    expect(ticket.requester).toEqual({ name: 'Jane Doe', email: null });
    expect(ticket.messages[2]!.createdAt).toBeNull();
    expect(ticket.warnings.map(warningLine)).toEqual([
      'subject: not found on the page',
      'requester email: not shown on the page',
      'priority: not found on the page',
      'message 101000000003: time not shown on the page',
    ]);
  });

  it('ignores a document title that names another ticket (Freshdesk updates it after the view)', () => {
    const { doc, url } = loadPage('shadow2026');
    doc.title = '[#99] Some other ticket : Acme Support';
    const ticket = readPage(freshdeskAdapter.readFromDom, doc, url);
    expect(ticket.subject).toBeNull();
    expect(ticket.warnings.map(warningLine)).toEqual(['subject: not found on the page', KEPT_BACK_AUTOMATION_EMAIL]);
  });

  it('refuses a page identified only by a title naming another ticket', () => {
    const { doc, url } = loadPage('shadow2026');
    doc.title = '[#99] Some other ticket : Acme Support';
    doc.querySelector('ticket-details')!.remove();
    expect(() => readPage(freshdeskAdapter.readFromDom, doc, url)).toThrow(TicketReadError);
  });
});

describe('parseDocumentTitle', () => {
  it('splits number, subject and brand', () => {
    expect(parseDocumentTitle('[#123] Subject : Brand')).toEqual({ id: '123', subject: 'Subject' });
    expect(parseDocumentTitle('[#7] A : B : Brand')).toEqual({ id: '7', subject: 'A : B' });
    expect(parseDocumentTitle('[#7] No brand')).toEqual({ id: '7', subject: 'No brand' });
    expect(parseDocumentTitle('All tickets : Acme Support')).toBeNull();
  });
});
