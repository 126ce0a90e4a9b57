import { describe, expect, it } from 'vitest';
import { hashTicketId, isHoldout, makeEvent, parseEvent, type EventContext } from './events';

const ctx: EventContext = {
  agent: { id: 'agent-1', name: 'Ana' },
  helpdesk: 'zendesk',
  ticketHash: 'ab'.repeat(32),
  language: 'en',
  emotion: 'frustration',
  model: 'gpt-test',
};

describe('makeEvent', () => {
  it('adds a unique id and the time, and keeps the event fields', () => {
    const a = makeEvent(ctx, { type: 'suggestion-inserted', suggestionId: 's1' }, 1000);
    const b = makeEvent(ctx, { type: 'suggestion-inserted', suggestionId: 's1' }, 1000);
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({ type: 'suggestion-inserted', suggestionId: 's1', time: 1000, helpdesk: 'zendesk' });
  });

  it('rejects an event with fields out of range', () => {
    expect(() =>
      makeEvent(ctx, { type: 'reply-sent', similarity: 1.5, class: 'as-is', msSinceTicketOpened: 10 }),
    ).toThrow();
  });
});

describe('parseEvent', () => {
  it('accepts an ISO time and converts it to epoch ms', () => {
    const result = parseEvent({ ...ctx, id: 'e1', time: '2026-01-02T03:04:05Z', type: 'cue-shown' });
    expect(result).toEqual({ ok: true, event: expect.objectContaining({ time: Date.UTC(2026, 0, 2, 3, 4, 5) }) });
  });

  it('says which field is wrong', () => {
    const result = parseEvent({ ...ctx, id: 'e1', time: 5, type: 'cue-rated', helpful: 'yes' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^helpful: /);
  });

  it('rejects unknown types', () => {
    expect(parseEvent({ ...ctx, id: 'e1', time: 5, type: 'reply-text', text: 'hi' }).ok).toBe(false);
  });
});

describe('hashTicketId', () => {
  it('is the SHA-256 hex of helpdesk:id, stable and distinct per helpdesk', async () => {
    // echo -n 'zendesk:123' | sha256sum
    expect(await hashTicketId('zendesk', '123')).toBe('a5a0ab712003d6b3a1e6e829b5149020534833bd09cb00bb4d5931bdf08e859b');
    expect(await hashTicketId('zendesk', '123')).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashTicketId('zendesk', '123')).not.toBe(await hashTicketId('freshdesk', '123'));
  });
});

describe('isHoldout', () => {
  it('is deterministic on the hash and close to the share over many tickets', async () => {
    let held = 0;
    for (let i = 0; i < 2000; i++) if (isHoldout(await hashTicketId('zendesk', String(i)), 0.1)) held++;
    expect(held / 2000).toBeGreaterThan(0.08);
    expect(held / 2000).toBeLessThan(0.12);
    expect(isHoldout('00000000ff', 0.1)).toBe(true);
    expect(isHoldout('ffffffff00', 0.1)).toBe(false);
    expect(isHoldout('00000000ff', 0)).toBe(false);
  });
});
