// The benches' typical ticket: four messages, 1.6 KB, German, with the personal data real tickets carry.
import { message, ticket } from '../../tests/server/fixtures';
import type { Ticket } from '../../src/ticket/schema';

export const TYPICAL_PARAGRAPH =
  'Hallo, ich warte seit dem 03.02. auf meine Bestellung 100234567 und habe schon dreimal geschrieben. Rufen Sie mich bitte unter 0171 2345678 an oder schreiben Sie an anna.schmidt@example.de. Lieferadresse: Hauptstraße 5, 10115 Berlin. ';

export function typicalTicket(): Ticket {
  const typical = ticket([
    TYPICAL_PARAGRAPH,
    'Hallo Frau Schmidt, wir prüfen das.\n\nViele Grüße\nJonas Weber',
    TYPICAL_PARAGRAPH.repeat(2),
    TYPICAL_PARAGRAPH,
  ]);
  typical.messages[1]!.role = 'agent';
  typical.messages[1]!.author.name = 'Jonas Weber';
  return typical;
}

/** A ticket whose latest customer message is `text`. */
export function ticketWith(text: string, overrides: Partial<Ticket> = {}): Ticket {
  return { ...ticket([]), messages: [message(text, { id: 'p1' })], ...overrides };
}
