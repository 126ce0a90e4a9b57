import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { StatsDb } from '../stats/db';
import { hashTicketId, isHoldout, type StatsEvent } from '../stats/events';
import type { EventWriter } from '../stats/writer';
import { createStatsService } from './stats';

let n = 0;
function setup(settings: Partial<Settings> = {}) {
  const events: StatsEvent[] = [];
  const writer: EventWriter = { record: (e) => events.push(e), recordMany: (es) => events.push(...es), flush: async () => {}, dropped: 0 };
  const db = new StatsDb(`bg-stats-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const service = createStatsService({ db, writer, settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }), modelName: async () => 'gpt-test' });
  const sender = {} as never;
  return { events, db, service, sender };
}

const ticket = { helpdesk: 'zendesk', ticketId: '42', language: 'de', emotion: 'anger' };

/** A ticket id whose hash falls in (or out of) a holdout of `share`. */
async function ticketIdWhere(inHoldout: boolean, share: number): Promise<string> {
  for (let i = 0; ; i++) if (isHoldout(await hashTicketId('zendesk', String(i)), share) === inHoldout) return String(i);
}

describe('the background stats service', () => {
  it('adds the agent (one pseudonymous id, the chosen name) and the ticket hash; the ticket id is not stored', async () => {
    const { events, service, sender } = setup({ agentName: 'Ana' });
    await service.handlers['stats-record']({ kind: 'stats-record', ticket, event: { type: 'cue-rated', helpful: true } }, sender);
    await service.handlers['stats-record']({ kind: 'stats-record', ticket, event: { type: 'cue-shown' } }, sender);
    expect(events[0]).toMatchObject({ type: 'cue-rated', helpful: true, helpdesk: 'zendesk', language: 'de', emotion: 'anger', model: '', ticketHash: await hashTicketId('zendesk', '42') });
    expect(events[0]!.agent.name).toBe('Ana');
    expect(events[0]!.agent.id).toMatch(/^agent-/);
    expect(events[1]!.agent.id).toBe(events[0]!.agent.id);
    expect(JSON.stringify(events)).not.toContain('"42"');
  });

  it('decides the holdout itself: ticket-opened carries the flag the drafts were held back by', async () => {
    const { events, service, sender } = setup({ holdoutShare: 0.3 });
    const inside = await ticketIdWhere(true, 0.3);
    const outside = await ticketIdWhere(false, 0.3);
    expect(await service.isHoldout('zendesk', inside)).toBe(true);
    expect(await service.isHoldout('zendesk', outside)).toBe(false);
    for (const ticketId of [inside, outside]) {
      await service.handlers['stats-record']({ kind: 'stats-record', ticket: { ...ticket, ticketId }, event: { type: 'ticket-opened' } }, sender);
    }
    expect(events.map((e) => e.type === 'ticket-opened' && e.holdout)).toEqual([true, false]);
  });

  it('has no holdout when the setting is off', async () => {
    const { service } = setup();
    expect(await service.isHoldout('zendesk', await ticketIdWhere(true, 0.5))).toBe(false);
  });

  it('computes the reply similarity from the two texts and keeps only the number and class', async () => {
    const { events, service, sender } = setup();
    const draft = 'Hello Kim, your refund of 20 euros was sent today and should arrive within three working days. Best regards';
    await service.handlers['stats-reply-sent'](
      { kind: 'stats-reply-sent', ticket, suggestionId: '42:model:0', draft, sent: `${draft}, Tom from the support team`, msSinceTicketOpened: 61_000 },
      sender,
    );
    expect(events).toEqual([expect.objectContaining({ type: 'reply-sent', suggestionId: '42:model:0', class: 'light-edit', msSinceTicketOpened: 61_000, model: 'gpt-test' })]);
    const event = events[0] as Extract<StatsEvent, { type: 'reply-sent' }>;
    expect(event.similarity).toBeCloseTo(19 / 24, 3);
    expect(JSON.stringify(events)).not.toMatch(/refund|Kim/);
  });

  it("names the model only for a model's drafts", async () => {
    const { events, service, sender } = setup();
    await service.handlers['stats-record']({ kind: 'stats-record', ticket, event: { type: 'suggestion-inserted', suggestionId: '42:model:1' } }, sender);
    await service.handlers['stats-record']({ kind: 'stats-record', ticket, event: { type: 'suggestion-inserted', suggestionId: '42:offline:1' } }, sender);
    expect(events.map((e) => e.model)).toEqual(['gpt-test', '']);
  });
});
