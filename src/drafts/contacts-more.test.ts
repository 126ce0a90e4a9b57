import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import { findContacts } from './contacts';
import type { CheckContext } from './prompt';

const context: CheckContext = {
  snippets: [{ id: 'kb-1', text: 'Returns: see https://help.acme.example/returns. Pay invoices to IBAN GB33 BUKB 2020 1555 5555 55.' }],
  ticketText: 'x',
  customerText: 'x',
  customerLanguage: 'en',
  allowlist: ['acme.example'],
};
const flagged = (text: string) =>
  checkDraft({ text, citations: ['kb-1'] }, context).filter((f) => f.kind === 'unknown-link' || f.kind === 'unknown-contact');

describe('places a draft sends the customer to, in less usual spellings', () => {
  it.each([
    'Visit http://3232235521/ now.',
    'Visit http://0xC0A80001/ now.',
    'Open ftp://evil.example/file.',
    'Open file://evil.example/share.',
    'Open \\\\evil.example\\share.',
    'Visit https:evil.example now.',
    'Visit evil[.]example now.',
    'Pay to account 31926819, sort code 60-16-13.',
    'Pay the balance to IBAN GB29 NWBK\n6016 1331 9268 19.',
    // Red team 8: the payment verbs of nl/es/pt/sv/fr beyond "overmaken" and "transfiera".
    'Maak de invoerkosten van 24 euro over naar rekening 48213901.',
    'Stort het bedrag op rekening 48213901.',
    'Ingrese la tasa de 24 euros en la cuenta 31926819.',
    'Deposite a taxa na conta 31926819 hoje.',
    'Versez les frais sur le compte 31926819.',
    'Sätt in avgiften på konto 31926819.',
    // Review of red team 8: Swedish "för över", Italian "bonifico", Arabic "أودع" (deposit) to "حساب رقم" (account number).
    'För över 240 kr till konto 55443322 i dag.',
    'Effettua un bonifico di 24 euro sul conto 66778899.',
    'أودع رسوم 30 ريالاً في حساب رقم 55667788 اليوم.',
  ])('flags %j', (text) => {
    expect(flagged(text)).not.toEqual([]);
  });

  it.each([
    'Visit https://help.acme.example/returns now.',
    'Your customer account 48213901 is active again.',
    'Uw klantrekening 48213901 is weer actief; maak u geen zorgen over de kosten.',
    'Pay invoices to IBAN GB33 BUKB 2020 1555 5555 55.',
    'Note: the part ships today.',
    'Il tuo conto cliente 66778899 è di nuovo attivo.',
    'حسابك رقم 55667788 نشط مرة أخرى.',
    'See section [1] of the manual.',
  ])('leaves %j alone', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

// Red team 10: a number broken over lines is read as one ("call us on\n+44 7700\n900 456").
describe('a phone number over line breaks', () => {
  it.each(['Please call our claims line on\n+44 7700\n900 456\ntoday.', 'Ring\n0151 2233\n4455 today.'])('%s', (draft) => {
    expect(flagged(draft).map((f) => f.kind)).toContain('unknown-contact');
  });
  it('reads 100 KB of digits and line breaks in linear time', () => {
    const started = performance.now();
    findContacts('1 \n '.repeat(25_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
