import { describe, expect, it } from 'vitest';
import { message, ticket } from '../../tests/server/fixtures';
import { capText, capTicket, TICKET_CAPS } from './caps';

describe('capTicket', () => {
  it('leaves a real ticket as it is', () => {
    const real = ticket([
      'Hallo, wo bleibt meine Bestellung 100234? Tracking: https://track.example/de/parcel?id=8f0c1a2b3c4d5e6f&utm_source=mail&utm_medium=email',
    ]);
    expect(capTicket(real)).toEqual(real);
  });

  it('cuts endless tokens, long messages, subjects and tag lists', () => {
    const hostile = ticket(['a.'.repeat(100_000), `${'word '.repeat(4000)}`], {
      subject: 'x'.repeat(5000),
      tags: Array.from({ length: 500 }, (_, i) => `t${i}`),
    });
    const capped = capTicket(hostile);
    expect(capped.messages[0]!.text.length).toBeLessThanOrEqual(TICKET_CAPS.tokenChars + 1);
    expect(capped.messages[1]!.text.length).toBe(TICKET_CAPS.messageChars);
    expect(capped.messages[1]!.text.startsWith('word word')).toBe(true);
    expect(capped.subject!.length).toBeLessThanOrEqual(TICKET_CAPS.subjectChars);
    expect(capped.tags).toHaveLength(TICKET_CAPS.tags);
  });

  it('keeps the newest messages within the ticket budget', () => {
    const many = ticket([]);
    for (let i = 0; i < 80; i++) many.messages.push(message(`message ${i} ${'text '.repeat(200)}`, { id: `m${i}` }));
    const capped = capTicket(many);
    expect(capped.messages.at(-1)!.id).toBe('m79');
    expect(capped.messages.length).toBeLessThanOrEqual(TICKET_CAPS.messages);
    expect(capped.messages.reduce((n, m) => n + m.text.length, 0)).toBeLessThanOrEqual(TICKET_CAPS.ticketChars);
  });
});

describe('capText', () => {
  it('keeps words and links whole and marks a cut token', () => {
    expect(capText('see https://acme.example/reset now')).toBe('see https://acme.example/reset now');
    expect(capText(`${'y'.repeat(1000)} end`)).toBe(`${'y'.repeat(TICKET_CAPS.tokenChars)}… end`);
  });
});
