import { describe, expect, it } from 'vitest';
import type { StatsEvent } from './events';
import { keyedTicketHash, type TeamSecrets } from './pseudonyms';
import { createStatsRecorder, newAgentId } from './recorder';
import type { EventWriter } from './writer';

function fakeWriter(): EventWriter & { events: StatsEvent[] } {
  const events: StatsEvent[] = [];
  return {
    events,
    record: (e) => events.push(e),
    recordMany: (es) => events.push(...es),
    flush: () => Promise.resolve(),
    discard: () => Promise.resolve(),
    dropped: 0,
  };
}

const secrets: TeamSecrets = { keyId: 'k-team', key: 'team key', holdoutSeed: 'seed' };
const team = async () => secrets;

describe('createStatsRecorder', () => {
  it('fills in the context, hashes the ticket id under the team key and keeps the event fields', async () => {
    const writer = fakeWriter();
    const recorder = createStatsRecorder(writer, () => ({ id: 'agent-x', name: 'Ana' }), team);
    await recorder.record(
      {
        helpdesk: 'zendesk',
        account: 'acme.zendesk.com',
        ticketId: '42',
        language: 'de',
        emotion: 'anger',
        origin: { source: 'model', model: 'm' },
      },
      { type: 'reply-sent', suggestionId: 's1', similarity: 0.9, class: 'light-edit', msSinceTicketOpened: 5000 },
    );
    expect(writer.events).toEqual([
      expect.objectContaining({
        v: 2,
        type: 'reply-sent',
        agent: { id: 'agent-x', name: 'Ana' },
        ticketHash: await keyedTicketHash(secrets, { helpdesk: 'zendesk', account: 'acme.zendesk.com', ticketId: '42' }),
        keyId: 'k-team',
        source: 'model',
        model: 'm',
        language: 'de',
        similarity: 0.9,
      }),
    ]);
    expect(JSON.stringify(writer.events)).not.toMatch(/"42"|acme|team key|seed/);
  });

  it('reports an invalid event instead of throwing', async () => {
    const writer = fakeWriter();
    const errors: unknown[] = [];
    const recorder = createStatsRecorder(
      writer,
      () => ({ id: 'a', name: '' }),
      team,
      (e) => errors.push(e),
    );
    await expect(
      recorder.record(
        { helpdesk: 'zendesk', account: '', ticketId: '1' },
        { type: 'first-reply', msSinceTicketOpened: -5, assisted: true },
      ),
    ).resolves.toBeUndefined();
    expect(writer.events).toHaveLength(0);
    expect(errors).toHaveLength(1);
  });

  it('answers the holdout question deterministically per ticket', async () => {
    const recorder = createStatsRecorder(fakeWriter(), () => ({ id: 'a', name: '' }), team);
    const first = await recorder.isHoldoutTicket('zendesk', '7', 0.5);
    expect(await recorder.isHoldoutTicket('zendesk', '7', 0.5)).toBe(first);
    expect(await recorder.isHoldoutTicket('zendesk', '7', 0)).toBe(false);
    expect(newAgentId()).toMatch(/^agent-[0-9a-f-]{36}$/);
  });
});
