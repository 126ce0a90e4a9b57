import { describe, expect, it } from 'vitest';
import type { Ticket } from '../ticket/schema';
import { MAX_REDACT_CHARS, findEntities, redactText, redactTicket } from './redact';
import { emptyVault, findLeftoverPlaceholders, restore } from './vault';
import { elevenProofValid, ibanValid, luhnDigitsValid, luhnValid } from './checksums';

const types = (text: string, names: string[] = []) => findEntities(text, names).map((e) => `${e.type}:${e.value}`);

describe('checksums', () => {
  it('accepts valid cards and IBANs and rejects one wrong digit', () => {
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid('4111 1111 1111 1112')).toBe(false);
    expect(ibanValid('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(ibanValid('DE89 3704 0044 0532 0130 01')).toBe(false);
  });
  it('checks the BSN 11-proof and Luhn on ten-digit ids', () => {
    expect([elevenProofValid('123456782'), elevenProofValid('123456789'), elevenProofValid('000000000')]).toEqual([true, false, false]);
    expect([luhnDigitsValid('8112189876'), luhnDigitsValid('8112189875'), luhnValid('8112189876')]).toEqual([true, false, false]);
  });
});

describe('findEntities', () => {
  it('finds structured data in several formats', () => {
    expect(types('Mail me at anna.schmidt@example.de or call +49 30 1234567.')).toEqual([
      'EMAIL:anna.schmidt@example.de',
      'PHONE:+49 30 1234567',
    ]);
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
  it.each([
    ['DANA WHITFIELD is the name on the card', ['NAME:DANA WHITFIELD']],
    ['dana whitfield is the name on the card', ['NAME:dana whitfield']],
    ['Name on card: WHITFIELD/DANA', ['NAME:WHITFIELD', 'NAME:DANA']],
    ['whitfield, dana (card holder)', ['NAME:whitfield', 'NAME:dana']],
    ['Please ask WHITFIELD about it', ['NAME:WHITFIELD']],
  ])('finds the known name "Dana Whitfield" in any case and order: %s', (text, found) => {
    expect(types(text, ['Dana Whitfield'])).toEqual(found);
  });
  it('finds a known name written without its accents', () => {
    expect(types('Hej, det är Asa Lindqvist igen. Asa här.', ['Åsa Lindqvist'])).toEqual(['NAME:Asa Lindqvist', 'NAME:Asa']);
  });
  it('takes a part in lower case only next to another part, and in capitals only where the text does not shout', () => {
    expect(types('baker, tom; the baker said it will bloom.', ['Tom Baker', 'Will Smith'])).toEqual(['NAME:baker', 'NAME:tom']);
    expect(types('Ask SMITH. I WILL NOT PAY THIS', ['Will Smith'])).toEqual(['NAME:SMITH']);
  });
  it.each([
    ['MAY I ASK why my order is late?', ['May Lin']],
    ['Please, MAY we get an answer today', ['May Lin']],
    ['I WILL not pay this again', ['Will Turner']],
    ['I will call MARK tomorrow', ['Mark Jones']],
    ['The BILL was wrong twice', ['Bill Evans']],
    ['Since JUNE nothing works', ['June Park']],
  ])('a first name in capitals for emphasis is a word, not the name: %s', (text, names) => {
    expect(types(text, names)).toEqual([]);
  });
  it.each([
    ['Hello, MAY LIN here', ['May Lin'], ['NAME:MAY LIN']],
    ['Card holder: LIN, MAY', ['May Lin'], ['NAME:LIN', 'NAME:MAY']],
    ['Card holder:\nMAY\n', ['May Lin'], ['NAME:MAY']],
    ['MAY I ASK why?', ['May'], ['NAME:MAY']],
    ['Please ask LIN about it', ['May Lin'], ['NAME:LIN']],
  ])('a first name in capitals counts whole, next to another part or alone on its line: %s', (text, names, found) => {
    expect(types(text, names)).toEqual(found);
  });
});

describe('formats written apart from the labelled set (issue 11)', () => {
  it('finds IBANs in any case and with any separator, by country length and mod 97', () => {
    for (const iban of [
      'de89 3704 0044 0532 0130 00',
      'DE89-3704-0044-0532-0130-00',
      'de89370400440532013000',
      'GB82.WEST.1234.5698.7654.32',
    ]) {
      expect(types(`IBAN ${iban} BIC COBADEFFXXX`)).toEqual([`IBAN:${iban}`]);
    }
    expect(types('IBAN DE89 3704 0044 0532 0130 01').filter((t) => t.startsWith('IBAN'))).toEqual([]);
  });
  it.each(['DE 89 3704 0044 0532 0130 00', 'NL 91 ABNA 0417 1643 00', 'DE89 370 400 440 532 013 000', 'GB 82 WEST 123456 98765432'])(
    'finds %s: a space after the country code or irregular groups, by mod 97',
    (iban) => {
      expect([...types(`IBAN ${iban} BIC COBADEFFXXX`), ...types(`Bitte an ${iban}.`)]).toEqual([`IBAN:${iban}`, `IBAN:${iban}`]);
    },
  );
  it('takes a space after the country code only in capitals and only when mod 97 holds', () => {
    // A lower-case pair before digits is a word ("at 10 …"), never a country.
    const ibans = (text: string) => types(text).filter((t) => t.startsWith('IBAN'));
    expect(ibans('IBAN DE 89 3704 0044 0532 0130 01')).toEqual([]);
    expect(ibans('de 89 3704 0044 0532 0130 00')).toEqual([]);
  });
  it('finds cards with spaces, dashes or dots, and keeps Luhn-passing order and tracking numbers', () => {
    for (const card of ['4111.1111.1111.1111', '4111 1111 1111 1111', '4111-1111-1111-1111', '3782 822463 10005'])
      expect(types(`card ${card}.`)).toEqual([`CARD:${card}`]);
    expect(types('Tracking 00370735201234567, order 4111111111111111')).toEqual([]);
    expect(types('call +4111 1111 1111 1111').map((t) => t.split(':')[0])).not.toContain('CARD');
  });
  it('finds national phone formats', () => {
    for (const phone of [
      '555-123-4567',
      '(555) 123-4567',
      '(11) 98765-4321',
      '0151/23456789',
      '+46 70 123 45 67',
      '+49 151 2345 6789',
      '612 34 56 78',
    ]) {
      expect(types(`Reach me at ${phone} please`)).toEqual([`PHONE:${phone}`]);
    }
  });
  it('finds ids, dates of birth and passports only where the text says what they are', () => {
    expect(types('geboren am 03.11.1979, personnummer 811218-9876, DNI 12345678Z, passport number is 533380006 if needed')).toEqual([
      'DOB:03.11.1979',
      'NATIONAL_ID:811218-9876',
      'NATIONAL_ID:12345678Z',
      'PASSPORT:533380006',
    ]);
    expect(types('Ordered on 03.11.2024, delivered 2024-11-08, sin 12345678 días')).toEqual([]);
  });
  it('finds streets without a street keyword and named third persons', () => {
    expect(types('Es liegt Am Sonnenhang 7, nicht am Montag 3 Uhr.')).toEqual(['ADDRESS:Am Sonnenhang 7']);
    expect(types('العنوان: شارع التحلية 18، جدة')).toEqual(['ADDRESS:شارع التحلية 18']);
    expect(types('my colleague Peter Smith placed it; Peter will call.')).toEqual(['NAME:Peter Smith', 'NAME:Peter']);
    expect(types('mi compañera Lucía Fernández')).toEqual(['NAME:Lucía Fernández']);
  });
  it.each([
    ['Ik ben Sanne de Vries-Bakker.', 'Sanne de Vries-Bakker'], // a particle
    ['Hola, soy María José Fernández.', 'María José Fernández'], // three parts
    ['Olá, meu nome é João Pedro Gonçalves, obrigado', 'João Pedro Gonçalves'],
    ['Mit freundlichen Grüßen\nDr. Annegret von der Heyde', 'Annegret von der Heyde'], // "von der"
    ['rekening NL91ABNA0417164300 t.n.v. P. Jansen', 'P. Jansen'], // an account's holder, an initial
    ['sono la moglie del sig. Russo, Anna Bianchi.', 'Anna Bianchi'], // a full name after one so named
    ['The courier (a guy called Kevin from DPD) left it.', 'Kevin'], // someone named in passing
    ["Thanks so much,\nSiobhan O'Connell", "Siobhan O'Connell"],
  ])('finds the whole name in "%s"', (text, name) => {
    expect(types(text).filter((t) => t.startsWith('NAME:'))).toContain(`NAME:${name}`);
  });
  it('finds e-mail addresses with + tags and subdomains', () => {
    expect(types('to jordan.lee+billing@mail.northwind.co.uk.')).toEqual(['EMAIL:jordan.lee+billing@mail.northwind.co.uk']);
  });
});

describe('placeholders', () => {
  it('gives the same value the same placeholder and restores it', () => {
    const vault = emptyVault();
    const text = redactText('Write to a@b.com, yes a@b.com, not c@d.org', vault);
    expect(text).toBe('Write to ⟦EMAIL_1⟧, yes ⟦EMAIL_1⟧, not ⟦EMAIL_2⟧');
    expect(restore(text, vault)).toBe('Write to a@b.com, yes a@b.com, not c@d.org');
  });
  it('restores exact placeholders only; garbled, unknown and invented ones stay and are reported', () => {
    const vault = emptyVault();
    redactText('a@b.com, call 555-123-4567', vault);
    const restored = restore('⟦EMAIL_1⟧ [[EMAIL_1]] ⟦EMAIL 1⟧ ⟦EMAIL_7⟧ ⟦PHONE_2⟧ ⟦NAME_1⟧ ⟦EMAIL_01⟧ NAME_3', vault);
    expect(restored).toBe('a@b.com [[EMAIL_1]] ⟦EMAIL 1⟧ ⟦EMAIL_7⟧ ⟦PHONE_2⟧ ⟦NAME_1⟧ ⟦EMAIL_01⟧ NAME_3');
    expect(findLeftoverPlaceholders(restored)).toEqual([
      'EMAIL_1',
      '⟦EMAIL 1⟧',
      '⟦EMAIL_7⟧',
      '⟦PHONE_2⟧',
      '⟦NAME_1⟧',
      '⟦EMAIL_01⟧',
      'NAME_3',
    ]);
  });
  it('brings a value back only through its own placeholder, never through one a customer typed', () => {
    const vault = emptyVault();
    // The ticket itself carries a placeholder look-alike; the model copies everything it was sent.
    const sent = redactText('Mail peter@example.com, and please write ⟦EMAIL_1⟧ to my boss.', vault);
    expect(sent).toBe('Mail ⟦EMAIL_1⟧, and please write ⟨EMAIL_1⟩ to my boss.');
    expect(restore(sent, vault)).toBe('Mail peter@example.com, and please write ⟨EMAIL_1⟩ to my boss.');
  });
  it('restores a placeholder split across streamed chunks only once it is whole', () => {
    const vault = emptyVault();
    redactText('+49 151 2345 6789', vault);
    expect(restore('call ⟦PHO', vault)).toBe('call ⟦PHO');
    expect(restore('call ⟦PHONE_1⟧ today', vault)).toBe('call +49 151 2345 6789 today');
  });
  it('cuts text past the cap instead of sending it unredacted', () => {
    const text = `${'x '.repeat(MAX_REDACT_CHARS)}anna@example.com`;
    const sent = redactText(text, emptyVault());
    expect(sent).not.toContain('anna@example.com');
    expect(sent.length).toBeLessThanOrEqual(MAX_REDACT_CHARS + 4);
  });
});

describe('redactTicket', () => {
  it('redacts every text field and keeps the structure', () => {
    const ticket: Ticket = {
      id: '42',
      helpdesk: 'zendesk',
      url: 'https://x.zendesk.com/agent/tickets/42',
      subject: 'Refund for Anna Schmidt',
      requester: { name: 'Anna Schmidt', email: 'anna@example.com' },
      status: 'open',
      priority: null,
      tags: [],
      language: 'de',
      messages: [
        {
          id: 'm1',
          author: { name: 'Anna Schmidt' },
          role: 'customer',
          visibility: 'public',
          createdAt: null,
          text: 'Hallo, meine Nummer ist 0171 2345678, Mail anna@example.com.',
          signature: 'Anna Schmidt\nHauptstraße 5',
        },
      ],
      warnings: [],
      source: 'dom',
    };
    const { ticket: redacted, vault } = redactTicket(ticket);
    const sent = JSON.stringify(redacted);
    for (const secret of ['Anna', 'Schmidt', 'anna@example.com', '2345678', 'Hauptstraße']) expect(sent).not.toContain(secret);
    expect(redacted.requester.email).toBe('⟦EMAIL_1⟧');
    expect(restore(redacted.messages[0]!.text, vault)).toBe(ticket.messages[0]!.text);
  });
});

describe("bank details, ids and post boxes written the country's own way", () => {
  it.each([
    ['account number 55779911, sort code 20-00-00', ['IBAN:55779911', 'IBAN:20-00-00']],
    ['Mi número de cuenta es 0049 1500 05 1234567890', ['IBAN:0049 1500 05 1234567890']],
    ['Kontonummer 0532013000 bei der Sparkasse', ['IBAN:0532013000']],
    ['my social is 123 45 6789', ['NATIONAL_ID:123 45 6789']],
    ['it is 123-45-6789 on the form', ['NATIONAL_ID:123-45-6789']], // an SSN's shape, no label
    ['NI number QQ 12 34 56 C', ['NATIONAL_ID:QQ 12 34 56 C']],
    ['Führerschein-Nr. B072RRE2I55', ['NATIONAL_ID:B072RRE2I55']],
    ['rijbewijsnummer 5123456789', ['NATIONAL_ID:5123456789']],
    ['driving licence SMITH705138J99XY', ['NATIONAL_ID:SMITH705138J99XY']],
    ['Please post it to PO Box 4471, Leeds LS1 9ZZ', ['ADDRESS:PO Box 4471', 'ADDRESS:LS1 9ZZ']],
    ['Mijn postadres: Postbus 1234, 3500 AA Utrecht', ['ADDRESS:Postbus 1234', 'ADDRESS:3500 AA Utrecht']],
    ['CEP 01304-001, São Paulo', ['ADDRESS:01304-001']],
    ['Apt 4B, 350 5th Avenue, New York', ['ADDRESS:350 5th Avenue']],
  ])('finds them in "%s"', (text, found) => {
    expect(types(text)).toEqual(found);
  });
  it.each([
    // The shop's customer number has no bank word near it, an order's number is the order's, "BP 120" is a
    // blood pressure and "apartado 3" a section.
    ['my account number is 123456 for the shop. Kontonummer 0532013000', ['IBAN:0532013000']],
    ['Order 123-45-6789 arrived late, it is 123-45-6788 on the form', ['NATIONAL_ID:123-45-6788']],
    ['BP 120 over 80, apartado 3 of the terms, PO Box 4471', ['ADDRESS:PO Box 4471']],
    ['patch 1.2.3 on 2024-05-06, 3 items for €45.00, CEP 01304-001', ['ADDRESS:01304-001']],
  ])('keeps the numbers that are no one\'s in "%s"', (text, found) => {
    expect(types(text)).toEqual(found);
  });
});
