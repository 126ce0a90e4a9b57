import { describe, expect, it } from 'vitest';
import { TicketReadError } from '../../ticket/schema';
import { loadPage, pageUrl, selectTicketTab } from '../../../tests/fixtures/zendesk/load';
import { zendeskAdapter } from './adapter';
import { warningLine } from '../../ticket/warning';
import '../../i18n/catalogs';
import { say } from '../../i18n/index';
import { readPage } from '../page-text';

const read = (file: Parameters<typeof loadPage>[0], path: string, prepare?: (doc: Document) => void) => {
  const doc = loadPage(file);
  prepare?.(doc);
  return readPage(zendeskAdapter.readFromDom, doc, pageUrl(path));
};

describe('two tickets open in tabs', () => {
  const first = read('two-tabs.html', '/agent/tickets/1');

  it('reads every field of the active ticket', () => {
    expect(first).toMatchObject({
      id: '1',
      helpdesk: 'zendesk',
      url: 'https://acme.zendesk.com/agent/tickets/1',
      subject: 'Charged twice for invoice INV-2291 – third time asking',
      requester: { name: 'Dana Whitfield', email: null },
      status: 'open',
      priority: 'high',
      tags: ['billing', 'double_charge', 'repeat_contact'],
      source: 'dom',
    });
    expect(first.warnings.map(warningLine)).toEqual(['requester email: not shown on the page']);
  });

  it('reads roles, visibility, authors and times of all five messages', () => {
    expect(first.messages.map((m) => [m.role, m.visibility, m.author.name])).toEqual([
      ['customer', 'public', 'Dana Whitfield'],
      ['system', 'public', 'Answer Bot'],
      ['agent', 'public', 'Tom Becker'],
      ['customer', 'public', 'Dana Whitfield'],
      ['agent', 'internal', 'Tom Becker'],
    ]);
    expect(first.messages[0]!.author.id).toBe('9001');
    expect(first.messages[3]!.createdAt).toBe('2026-11-22T18:05:00.000Z');
  });

  it('keeps quoted history and signatures apart from what the customer wrote now', () => {
    const complaint = first.messages[3]!;
    expect(complaint.text).toMatch(/^This is the third time I'm contacting you about invoice INV-2291\./);
    expect(complaint.text).not.toContain('wrote:');
    expect(complaint.quoted).toMatch(/^On Thu, 12 Nov 2026 at 15:40, ACME Support <support@acme.example> wrote:/);
    expect(first.messages[0]).toMatchObject({ signature: 'Sent from my iPhone' });
    expect(first.messages[0]!.text).not.toContain('iPhone');
    expect(first.messages[2]!.signature).toBe('Best regards,\nTom\nACME Support');
  });

  it('never includes the hidden ticket', () => {
    const json = JSON.stringify(first);
    for (const fromTicket2 of ['Lieferadresse', 'Jonas', '58213', 'lieferung', 'Lisa Brandt']) expect(json).not.toContain(fromTicket2);
  });

  it('reads the German ticket after its tab is selected, and nothing of the first', () => {
    const second = read('two-tabs.html', '/agent/tickets/2', (doc) => selectTicketTab(doc, '2'));
    expect(second).toMatchObject({
      id: '2',
      subject: 'Lieferadresse für Bestellung 58213 ändern',
      requester: { name: 'Jonas Hartmann' },
      status: 'new',
      priority: 'normal',
      tags: ['lieferung', 'adressaenderung'],
      language: 'de',
    });
    expect(second.messages).toHaveLength(1);
    expect(second.messages[0]!.text).toBe(
      'Hallo,\n\nich bin letzte Woche umgezogen und möchte die Lieferadresse für meine Bestellung 58213 ändern. Die neue Adresse ist Lindenstraße 12, 10969 Berlin. Ist das noch möglich?',
    );
    expect(second.messages[0]!.signature).toBe('Viele Grüße\nJonas Hartmann\n\nVon meinem iPhone gesendet');
    expect(JSON.stringify(second)).not.toMatch(/INV-2291|Dana|double_charge/);
  });

  it('refuses to read while the address and the tab bar disagree', () => {
    const error = thrown(() => read('two-tabs.html', '/agent/tickets/2'));
    expect(error.reason).toBe('switching');
    expect(say('en', error.message, error.params)).toMatch(/ticket #1, not #2/);
  });
});

describe('long thread with collapsed messages', () => {
  const ticket = read('long-thread.html', '/agent/tickets/3');

  it('reads the rendered messages and says how many are collapsed', () => {
    expect(ticket.messages).toHaveLength(6);
    expect(ticket.warnings.map(warningLine)).toContain('messages: 54 earlier messages are collapsed behind "show more"');
    expect(ticket.messages.filter((m) => m.visibility === 'internal')).toHaveLength(1);
    expect(ticket.messages.every((m) => !m.text.includes('Kind regards'))).toBe(true);
  });
});

describe('Arabic complaint', () => {
  const ticket = read('arabic.html', '/agent/tickets/4');

  it('reads right-to-left messages with their language and quotes apart', () => {
    expect(ticket.subject).toBe('شكوى: الطلب لم يصل منذ ثلاثة أسابيع');
    expect(ticket.language).toBe('ar');
    expect(ticket.tags).toEqual(['شكوى', 'shipping_delay']);
    expect(ticket.messages.map((m) => m.direction)).toEqual(['rtl', 'rtl', 'rtl']);
    const last = ticket.messages[2]!;
    expect(last.text).toBe(
      'لا أريد اعتذاراً، أريد حلاً! مر يومان ولم يتغير شيء. إذا لم أسترد أموالي اليوم سأتقدم بشكوى رسمية لحماية المستهلك.',
    );
    expect(last.quoted).toContain('كتب فريق الدعم');
    expect(ticket.messages[0]!.signature).toBe('مع التحية،\nأحمد');
  });
});

describe('older layout', () => {
  const ticket = read('older-layout.html', '/agent/tickets/7');

  it('reads the ticket of the URL through the older selectors', () => {
    expect(ticket).toMatchObject({ id: '7', subject: 'Wachtwoord-resetlink verlopen', status: 'pending', priority: null, language: 'nl' });
    expect(ticket.messages.map((m) => [m.role, m.author.name])).toEqual([
      ['customer', 'Sanne de Vries'],
      ['agent', 'Tom Becker'],
    ]);
    expect(ticket.messages[0]!.signature).toBe('Met vriendelijke groet,\nSanne de Vries');
  });

  it('says what it could not read instead of guessing', () => {
    expect(ticket.warnings.map(warningLine)).toContain('priority: not found on the page');
  });

  it('never includes the other ticket kept in the DOM', () => {
    expect(JSON.stringify(ticket)).not.toMatch(/Erik|faktura|Fakturan/i);
  });

  it('reads the other ticket when the URL points to it', () => {
    const other = read('older-layout.html', '/agent/tickets/6');
    expect(other.subject).toBe('Fel på fakturan för oktober');
    expect(other.messages[0]).toMatchObject({
      text: 'Hej,\n\nFakturan för oktober har fel belopp.',
      signature: 'Med vänliga hälsningar\nErik Lindqvist',
    });
    expect(other.messages[0]!.quoted).toMatch(/^Den 1 nov\. 2026 kl\. 10:00 skrev ACME/);
  });
});

/** The reading error `read` throws (its line is a catalog key, said by src/i18n `say`). */
function thrown(read: () => unknown): TicketReadError {
  try {
    read();
  } catch (error) {
    if (error instanceof TicketReadError) return error;
    throw error;
  }
  throw new Error('expected a TicketReadError');
}

describe('unreadable pages', () => {
  it('says a views list is not a ticket', () => {
    const doc = loadPage('views-list.html');
    const error = thrown(() => readPage(zendeskAdapter.readFromDom, doc, pageUrl('/agent/filters/123')));
    expect(error.reason).toBe('not-a-ticket');
    expect(say('en', error.message, error.params)).toBe('This Zendesk page is not a ticket; open a ticket to see Souffleur.');
  });

  it('says when the selected tab is not a ticket even if the address looks like one', () => {
    const error = thrown(() => read('views-list.html', '/agent/tickets/1'));
    expect(error.reason).toBe('not-a-ticket');
    expect(say('de', error.message, error.params)).toBe('Der ausgewählte Zendesk-Tab ist kein Ticket; wählen Sie einen Ticket-Tab.');
  });

  it('reports a changed layout in one line', () => {
    let error: unknown;
    try {
      read('layout-changed.html', '/agent/tickets/9');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TicketReadError);
    expect((error as TicketReadError).reason).toBe('layout-changed');
    expect((error as TicketReadError).message).not.toContain('\n');
    expect((error as TicketReadError).message).toMatch(/#9.*layout changed/);
  });

  it('reports a missing ticket workspace as a changed layout', () => {
    const error = thrown(() =>
      read('long-thread.html', '/agent/tickets/99', (doc) =>
        doc.querySelector('[data-test-id="header-tab"]')?.setAttribute('data-entity-id', '99'),
      ),
    );
    expect(error.reason).toBe('layout-changed');
    expect(say('en', error.message, error.params)).toBe(
      "Ticket #99 is open but its workspace was not found: Zendesk's page layout changed, Souffleur needs an update.",
    );
  });
});

describe('composer', () => {
  it("finds the active ticket's editor and its mode, and none for a background ticket", () => {
    const doc = loadPage('two-tabs.html');
    const editor = zendeskAdapter.findComposer(doc, '1');
    expect(editor?.getAttribute('data-test-id')).toBe('omnicomposer-rich-text-ckeditor');
    expect(editor?.closest('[data-test-id="ticket-1-standard-layout"]')).not.toBeNull();
    expect(zendeskAdapter.composerMode(doc, '1')).toBe('public');
    expect(zendeskAdapter.findComposer(doc, '2')).toBeNull();
    expect(zendeskAdapter.findReplyOpener(doc, '1')).toBeNull();
  });

  it('reads the internal-note mode from the channel switcher', () => {
    const doc = loadPage('two-tabs.html');
    doc.querySelector('[data-test-id="ticket-1-standard-layout"] button[data-test-id="omnichannel-channel-switcher-button"]')!.textContent =
      'Internal note';
    expect(zendeskAdapter.composerMode(doc, '1')).toBe('internal');
  });

  it('finds the plain-text composer of the older layout', () => {
    const doc = loadPage('older-layout.html');
    expect(zendeskAdapter.findComposer(doc, '7')?.getAttribute('data-test-id')).toBe('omnicomposer-plain-text-ckeditor');
  });
});

describe('long thread after "show more"', () => {
  it('reads all 60 rendered messages with no collapsed warning, same as the API', async () => {
    const ticket = read('long-thread-expanded.html', '/agent/tickets/3');
    expect(ticket.messages).toHaveLength(60);
    expect(ticket.warnings.map(warningLine)).toEqual(['requester email: not shown on the page']);
    expect(ticket.messages.filter((m) => m.visibility === 'internal')).toHaveLength(6);
    expect(ticket.messages.filter((m) => m.role === 'customer')).toHaveLength(30);
    expect(ticket.messages.every((m) => m.createdAt && !m.text.includes('Kind regards'))).toBe(true);
  });
});
