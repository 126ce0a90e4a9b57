import { describe, expect, it } from 'vitest';
import type { Ticket } from '../ticket/schema';
import { findEntities, redactText, redactTicket } from './redact';
import { emptyVault, findLeftoverPlaceholders, restore } from './vault';
import { ibanValid, luhnValid } from './checksums';

const types = (text: string, names: string[] = []) => findEntities(text, names).map((e) => `${e.type}:${e.value}`);

describe('checksums', () => {
  it('accepts valid cards and IBANs and rejects one wrong digit', () => {
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid('4111 1111 1111 1112')).toBe(false);
    expect(ibanValid('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(ibanValid('DE89 3704 0044 0532 0130 01')).toBe(false);
  });
});

describe('findEntities', () => {
  it('finds structured data in several formats', () => {
    expect(types('Mail me at anna.schmidt@example.de or call +49 30 1234567.')).toEqual(['EMAIL:anna.schmidt@example.de', 'PHONE:+49 30 1234567']);
    expect(types('Card 4111-1111-1111-1111, IBAN NL91 ABNA 0417 1643 00, from 192.168.10.4')).toEqual([
      'CARD:4111-1111-1111-1111',
      'IBAN:NL91 ABNA 0417 1643 00',
      'IP:192.168.10.4',
    ]);
  });
  it('finds compressed IPv6 addresses but not clock times', () => {
    expect(types('from fe80::1ff:fe23:4567:890a at 10:30:00')).toEqual(['IP:fe80::1ff:fe23:4567:890a']);
  });
  it('leaves order numbers, dates, amounts and invalid cards alone', () => {
    expect(types('Order #4711-2023-0815 from 15.03.2024 for €49.99, ref 1234567890123 (not a card), Bestellung 0123456789')).toEqual([]);
  });
  it('finds addresses in several languages', () => {
    expect(types('Lieferadresse: Hauptstraße 5, 10115 Berlin').map((t) => t.split(':')[0])).toEqual(['ADDRESS', 'ADDRESS']);
    expect(types('Envoyez à 12 rue de la Paix, 75002 Paris')).toHaveLength(2);
    expect(types('Rua da Prata, 45, 1100-420 Lisboa')).toHaveLength(2);
  });
  it('finds names from greetings, signatures and known names', () => {
    expect(types('Hi Anna,\n\nthanks.\n\nBest regards,\nJohn Miller')).toEqual(['NAME:Anna', 'NAME:John Miller']);
    expect(types('Sehr geehrte Frau Müller,\nLiebe Grüße\nTeam')).toEqual(['NAME:Müller']);
    expect(types('Ich habe mit Kevin gesprochen.', ['Kevin Brandt'])).toEqual(['NAME:Kevin']);
  });
});

describe('placeholders', () => {
  it('gives the same value the same placeholder and restores it', () => {
    const vault = emptyVault();
    const text = redactText('Write to a@b.com, yes a@b.com, not c@d.org', vault);
    expect(text).toBe('Write to ⟦EMAIL_1⟧, yes ⟦EMAIL_1⟧, not ⟦EMAIL_2⟧');
    expect(restore(text, vault)).toBe('Write to a@b.com, yes a@b.com, not c@d.org');
  });
  it('restores garbled placeholders it knows and reports the rest', () => {
    const vault = emptyVault();
    redactText('a@b.com', vault);
    const restored = restore('[[EMAIL_1]] and ⟦EMAIL 1⟧ and ⟦EMAIL_7⟧ and NAME_3', vault);
    expect(restored).toBe('a@b.com and a@b.com and ⟦EMAIL_7⟧ and NAME_3');
    expect(findLeftoverPlaceholders(restored)).toEqual(['⟦EMAIL_7⟧', 'NAME_3']);
  });
});

describe('redactTicket', () => {
  it('redacts every text field and keeps the structure', () => {
    const ticket: Ticket = {
      id: '42', helpdesk: 'zendesk', url: 'https://x.zendesk.com/agent/tickets/42', subject: 'Refund for Anna Schmidt',
      requester: { name: 'Anna Schmidt', email: 'anna@example.com' }, status: 'open', priority: null, tags: [], language: 'de',
      messages: [{ id: 'm1', author: { name: 'Anna Schmidt' }, role: 'customer', visibility: 'public', createdAt: null,
        text: 'Hallo, meine Nummer ist 0171 2345678, Mail anna@example.com.', signature: 'Anna Schmidt\nHauptstraße 5' }],
      warnings: [], source: 'dom',
    };
    const { ticket: redacted, vault } = redactTicket(ticket);
    const sent = JSON.stringify(redacted);
    for (const secret of ['Anna', 'Schmidt', 'anna@example.com', '2345678', 'Hauptstraße']) expect(sent).not.toContain(secret);
    expect(redacted.requester.email).toBe('⟦EMAIL_1⟧');
    expect(restore(redacted.messages[0]!.text, vault)).toBe(ticket.messages[0]!.text);
  });
});
