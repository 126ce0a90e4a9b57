import { describe, expect, it } from 'vitest';
import type { StatsEvent } from './events';
import { hashTicketId } from './events';
import { createStatsRecorder, newAgentId } from './recorder';
import type { EventWriter } from './writer';

function fakeWriter(): EventWriter & { events: StatsEvent[] } {
  const events: StatsEvent[] = [];
  return { events, record: (e) => events.push(e), recordMany: (es) => events.push(...es), flush: () => Promise.resolve(), dropped: 0 };
}

describe('createStatsRecorder', () => {
  it('fills in the context, hashes the ticket id and keeps the event fields', async () => {
    const writer = fakeWriter();
    const recorder = createStatsRecorder(writer, () => ({ id: 'agent-x', name: 'Ana' }));
    await recorder.record(
      { helpdesk: 'zendesk', ticketId: '42', language: 'de', emotion: 'anger', model: 'm' },
      { type: 'reply-sent', suggestionId: 's1', similarity: 0.9, class: 'light-edit', msSinceTicketOpened: 5000 },
    );
    expect(writer.events).toEqual([
      expect.objectContaining({
        type: 'reply-sent',
        agent: { id: 'agent-x', name: 'Ana' },
        ticketHash: await hashTicketId('zendesk', '42'),
        language: 'de',
        similarity: 0.9,
      }),
    ]);
    expect(JSON.stringify(writer.events)).not.toContain('"42"');
  });

  it('reports an invalid event instead of throwing', async () => {
    const writer = fakeWriter();
    const errors: unknown[] = [];
    const recorder = createStatsRecorder(writer, () => ({ id: 'a', name: '' }), (e) => errors.push(e));
    await expect(
      recorder.record({ helpdesk: 'zendesk', ticketId: '1' }, { type: 'first-reply', msSinceTicketOpened: -5, assisted: true }),
    ).resolves.toBeUndefined();
    expect(writer.events).toHaveLength(0);
    expect(errors).toHaveLength(1);
  });

  it('answers the holdout question deterministically per ticket', async () => {
    const recorder = createStatsRecorder(fakeWriter(), () => ({ id: 'a', name: '' }));
    const first = await recorder.isHoldoutTicket('zendesk', '7', 0.5);
    expect(await recorder.isHoldoutTicket('zendesk', '7', 0.5)).toBe(first);
    expect(await recorder.isHoldoutTicket('zendesk', '7', 0)).toBe(false);
    expect(newAgentId()).toMatch(/^agent-[0-9a-f-]{36}$/);
  });
});
