import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { readEvents, saveTeamSecrets, StatsDb, teamSecretsOf } from '../stats/db';
import type { StatsEvent } from '../stats/events';
import { isHoldoutTicket, keyedTicketHash, randomKeyId, randomSecret } from '../stats/pseudonyms';
import { SuggestionLedger } from '../stats/suggestions';
import { createEventWriter, type EventWriter } from '../stats/writer';
import { T0, DAY, ev } from '../../tests/fixtures/stats/build';
import { KnowledgeBase } from '../knowledge/db';
import { KnowledgeDb } from '../knowledge/knowledge-db';
import { openKnowledge } from './knowledge';
import { createStatsService, RETENTION_ALARM, scheduleRetention, type Alarms } from './stats';

let n = 0;
function setup(settings: Partial<Settings> = {}, isSnippet?: (id: string, pageUrl: string | undefined) => Promise<boolean>) {
  const events: StatsEvent[] = [];
  const writer: EventWriter = {
    record: (e) => events.push(e),
    recordMany: (es) => events.push(...es),
    flush: async () => {},
    discard: async () => {},
    dropped: 0,
  };
  const db = new StatsDb(`bg-stats-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const ledger = new SuggestionLedger();
  const service = createStatsService({
    db,
    writer,
    ledger,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    ...(isSnippet ? { isSnippet } : {}),
  });
  // The browser reports the sender's page; its host is the helpdesk account.
  const sender = { url: 'https://acme.zendesk.com/agent/tickets/42', tab: { url: 'https://acme.zendesk.com/agent/tickets/42' } } as never;
  return { events, db, service, sender, ledger };
}

const ticket = { helpdesk: 'zendesk' as const, ticketId: '42', language: 'de', emotion: 'anger' };

/** A ticket id in (or out of) a holdout of `share` under the db's holdout seed. */
async function ticketIdWhere(db: StatsDb, inHoldout: boolean, share: number): Promise<string> {
  const secrets = await teamSecretsOf(db);
  for (let i = 0; ; i++) if ((await isHoldoutTicket(secrets, 'zendesk', String(i), share)) === inHoldout) return String(i);
}

describe('the background stats service', () => {
  it("records a page's batch one event after the other, in its order, each with its own ticket info (schema v2)", async () => {
    const { events, service, sender } = setup({ agentName: 'Ana' });
    await service.handlers['stats-record'](
      {
        kind: 'stats-record',
        records: [
          { ticket: { ...ticket, emotion: '' }, event: { type: 'ticket-opened' } },
          { ticket, event: { type: 'cue-shown' } },
          { ticket, event: { type: 'cue-rated', helpful: false } },
        ],
      },
      sender,
    );
    expect(events.map((e) => [e.type, e.emotion, e.v])).toEqual([
      ['ticket-opened', '', 2],
      ['cue-shown', 'anger', 2],
      ['cue-rated', 'anger', 2],
    ]);
  });

  it('adds the agent (one pseudonymous id, the chosen name) and the ticket hash; the ticket id is not stored', async () => {
    const { events, service, sender, db } = setup({ agentName: 'Ana' });
    await service.handlers['stats-record'](
      { kind: 'stats-record', records: [{ ticket, event: { type: 'cue-rated', helpful: true } }] },
      sender,
    );
    await service.handlers['stats-record']({ kind: 'stats-record', records: [{ ticket, event: { type: 'cue-shown' } }] }, sender);
    expect(events[0]).toMatchObject({
      type: 'cue-rated',
      helpful: true,
      helpdesk: 'zendesk',
      language: 'de',
      emotion: 'anger',
      model: '',
      source: '',
    });
    const secrets = await teamSecretsOf(db);
    expect(events[0]).toMatchObject({
      v: 2,
      keyId: secrets.keyId,
      ticketHash: await keyedTicketHash(secrets, { helpdesk: 'zendesk', account: 'acme.zendesk.com', ticketId: '42' }),
    });
    expect(events[0]!.agent.name).toBe('Ana');
    expect(events[0]!.agent.id).toMatch(/^agent-/);
    expect(events[1]!.agent.id).toBe(events[0]!.agent.id);
    expect(JSON.stringify(events)).not.toContain('"42"');
  });

  it('decides the holdout itself: ticket-opened carries the flag the drafts were held back by', async () => {
    const { events, service, sender, db } = setup({ holdoutShare: 0.3 });
    const inside = await ticketIdWhere(db, true, 0.3);
    const outside = await ticketIdWhere(db, false, 0.3);
    expect(await service.isHoldout('zendesk', inside)).toBe(true);
    expect(await service.isHoldout('zendesk', outside)).toBe(false);
    for (const ticketId of [inside, outside]) {
      await service.handlers['stats-record'](
        { kind: 'stats-record', records: [{ ticket: { ...ticket, ticketId }, event: { type: 'ticket-opened' } }] },
        sender,
      );
    }
    expect(events.map((e) => e.type === 'ticket-opened' && e.holdout)).toEqual([true, false]);
  });

  it('records only events about the sending tab’s own helpdesk (rev-egress24: a Zendesk tab recorded Freshdesk events)', async () => {
    const own = { origin: 'https://support.acme.example', helpdesk: 'freshdesk' as const };
    const { events, service, sender } = setup({ customHelpdeskOrigins: [own] });
    const freshdesk = { ...ticket, helpdesk: 'freshdesk' as const };
    const reply = { kind: 'stats-reply-sent' as const, suggestionId: 'x', draft: 'Hi', sent: 'Hi there', msSinceTicketOpened: 5 };
    await service.handlers['stats-record'](
      { kind: 'stats-record', records: [{ ticket: freshdesk, event: { type: 'cue-shown' } }] },
      sender,
    );
    await service.handlers['stats-reply-sent']({ ...reply, ticket: freshdesk }, sender);
    expect(events).toEqual([]);
    // The same reports from a Freshdesk tab, hosted or on the company's own domain, and the Zendesk tab's own, count.
    for (const url of ['https://acme.freshdesk.com/a/tickets/42', 'https://support.acme.example/a/tickets/42'])
      await service.handlers['stats-record']({ kind: 'stats-record', records: [{ ticket: freshdesk, event: { type: 'cue-shown' } }] }, {
        url,
        tab: { url },
      } as never);
    await service.handlers['stats-reply-sent']({ ...reply, ticket }, sender);
    expect(events.map((e) => [e.helpdesk, e.type])).toEqual([
      ['freshdesk', 'cue-shown'],
      ['freshdesk', 'cue-shown'],
      ['zendesk', 'reply-sent'],
    ]);
  });

  it('has no holdout when the setting is off', async () => {
    const { service, db } = setup();
    expect(await service.isHoldout('zendesk', await ticketIdWhere(db, true, 0.5))).toBe(false);
  });

  it('computes the reply similarity from the two texts and keeps only the number and class', async () => {
    const { events, service, sender, ledger } = setup();
    const id = ledger.issue('model', 'gpt-test');
    const draft = 'Hello Kim, your refund of 20 euros was sent today and should arrive within three working days. Best regards';
    await service.handlers['stats-reply-sent'](
      {
        kind: 'stats-reply-sent',
        ticket,
        suggestionId: id,
        draft,
        sent: `${draft}, Tom from the support team`,
        msSinceTicketOpened: 61_000,
      },
      sender,
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'reply-sent',
        suggestionId: id,
        class: 'light-edit',
        msSinceTicketOpened: 61_000,
        source: 'model',
        model: 'gpt-test',
      }),
    ]);
    const event = events[0] as Extract<StatsEvent, { type: 'reply-sent' }>;
    expect(event.similarity).toBeCloseTo(19 / 24, 3);
    expect(JSON.stringify(events)).not.toMatch(/refund|Kim/);
  });

  it('takes source and model from the ids it issued, never from parsing an id', async () => {
    const { events, service, sender, ledger } = setup();
    // An id this worker did not issue (before a restart) has no origin; v1's `42:model:1` is not recorded at all (rev-egress22).
    const ids = [
      ledger.issue('model', 'gpt-test'),
      ledger.issue('offline'),
      ledger.issue('tool', 'gpt-test'),
      new SuggestionLedger().issue('model'),
      '42:model:1',
    ];
    for (const suggestionId of ids)
      await service.handlers['stats-record'](
        { kind: 'stats-record', records: [{ ticket, event: { type: 'suggestion-inserted', suggestionId } }] },
        sender,
      );
    expect(events.map((e) => [e.source, e.model])).toEqual([
      ['model', 'gpt-test'],
      ['offline', ''],
      ['tool', 'gpt-test'],
      ['', ''],
    ]);
  });

  it('rotating the team key changes the ticket hashes but moves no ticket between holdout groups', async () => {
    const { db, sender } = setup({ holdoutShare: 0.3 });
    const groups = async () => {
      const events: StatsEvent[] = [];
      const writer: EventWriter = {
        record: (e) => events.push(e),
        recordMany: () => {},
        flush: async () => {},
        discard: async () => {},
        dropped: 0,
      };
      const service = createStatsService({ db, writer, settings: async () => ({ ...DEFAULT_SETTINGS, holdoutShare: 0.3 }) });
      for (let i = 0; i < 200; i++)
        await service.handlers['stats-record'](
          { kind: 'stats-record', records: [{ ticket: { ...ticket, ticketId: String(i) }, event: { type: 'ticket-opened' } }] },
          sender,
        );
      return events.map((e) => ({ hash: e.ticketHash, keyId: e.keyId, holdout: e.type === 'ticket-opened' && e.holdout }));
    };
    const before = await groups();
    await saveTeamSecrets(db, { keyId: randomKeyId(), key: randomSecret() });
    const after = await groups();
    expect(after.map((e) => e.holdout)).toEqual(before.map((e) => e.holdout));
    expect(before.filter((e) => e.holdout).length).toBeGreaterThan(30);
    expect(after[0]!.keyId).not.toBe(before[0]!.keyId);
    for (let i = 0; i < before.length; i++) expect(after[i]!.hash).not.toBe(before[i]!.hash);
  });

  it('after pause (delete all), nothing buffered is written and reports are ignored until resume', async () => {
    const db = new StatsDb(`bg-stats-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const writer = createEventWriter(db, { flushMs: 10 });
    const service = createStatsService({ db, writer, settings: async () => DEFAULT_SETTINGS });
    const sender = { url: 'https://acme.zendesk.com/agent/tickets/1' } as never;
    await service.handlers['stats-record']({ kind: 'stats-record', records: [{ ticket, event: { type: 'cue-shown' } }] }, sender);
    await service.pause();
    await db.events.clear();
    await service.handlers['stats-record']({ kind: 'stats-record', records: [{ ticket, event: { type: 'cue-shown' } }] }, sender);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writer.flush();
    expect(await db.events.count()).toBe(0);
    service.resume();
    await service.handlers['stats-record']({ kind: 'stats-record', records: [{ ticket, event: { type: 'cue-shown' } }] }, sender);
    await writer.flush();
    expect(await db.events.count()).toBe(1);
  });
});

describe('a delete while an event is being recorded', () => {
  it.each([0, 1, 2, 3, 5])('an event started %i turns before the delete is never written after it', async (turns) => {
    const db = new StatsDb(`bg-stats-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const writer = createEventWriter(db, { flushMs: 10 });
    const service = createStatsService({ db, writer, settings: async () => DEFAULT_SETTINGS });
    const sender = { url: 'https://acme.zendesk.com/agent/tickets/1' } as never;
    await teamSecretsOf(db); // the secrets exist, as after any earlier event
    const recording = service.handlers['stats-record'](
      { kind: 'stats-record', records: [{ ticket, event: { type: 'cue-shown' } }] },
      sender,
    );
    for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    // What "Delete all my data" does: pause (waiting for what is under way), empty the stores.
    await service.pause();
    await db.events.clear();
    await recording;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writer.flush();
    expect(await db.events.count()).toBe(0);
  });
});

describe('retention', () => {
  function fakeAlarms(existing = false) {
    const created: string[] = [];
    const listeners: ((alarm: { name: string }) => void)[] = [];
    const alarms: Alarms = {
      get: async (name) => (existing || created.includes(name) ? { name } : undefined),
      create: (name) => void created.push(name),
      onAlarm: { addListener: (listener) => void listeners.push(listener) },
    };
    return { alarms, created, fire: (name: string) => listeners.forEach((l) => l({ name })) };
  }

  async function logWithAges(days: number) {
    const db = new StatsDb(`bg-ret-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const now = T0 + 400 * DAY;
    await db.events.bulkPut([
      ev('cue-shown', { id: 'old', time: now - 200 * DAY }),
      ev('cue-shown', { id: 'recent', time: now - 10 * DAY }),
    ]);
    const service = createStatsService({
      db,
      writer: createEventWriter(db),
      settings: async () => ({ ...DEFAULT_SETTINGS, statsRetentionDays: days }),
    });
    return { db, now, service };
  }

  it('runs on start and when the daily alarm fires: events older than the period go (default 180 days)', async () => {
    const { db, now, service } = await logWithAges(DEFAULT_SETTINGS.statsRetentionDays);
    const retention = { enforceRetention: () => service.enforceRetention(now) };
    const { alarms, created, fire } = fakeAlarms();
    await scheduleRetention(retention, alarms);
    expect(created).toEqual([RETENTION_ALARM]);
    expect((await readEvents(db)).map((e) => e.id)).toEqual(['recent']);
    await db.events.put(ev('cue-shown', { id: 'old-again', time: now - 181 * DAY }));
    fire('some-other-alarm');
    expect(await db.events.count()).toBe(2);
    fire(RETENTION_ALARM);
    await vi.waitFor(async () => expect((await readEvents(db)).map((e) => e.id)).toEqual(['recent']));
  });

  it('keeps everything with 0, and does not re-create an alarm that exists', async () => {
    const { db, now, service } = await logWithAges(0);
    const { alarms, created } = fakeAlarms(true);
    await scheduleRetention({ enforceRetention: () => service.enforceRetention(now) }, alarms);
    expect(created).toEqual([]);
    expect(await db.events.count()).toBe(2);
  });
});

describe('what the content script reports, bounded (rev-egress22)', () => {
  it('keeps every honest code: the cue’s emotions, the rating reasons, language tags with a region or script', async () => {
    const { EMOTIONS } = await import('../cue/types');
    const { events, service, sender, ledger } = setup();
    const languages = ['en', 'pt-BR', 'zh-Hant', 'zh-Hant-TW', 'sr-Latn-RS', 'es-419'];
    for (const language of languages)
      for (const emotion of EMOTIONS)
        await service.handlers['stats-record'](
          { kind: 'stats-record', records: [{ ticket: { ...ticket, language, emotion }, event: { type: 'cue-shown' } }] },
          sender,
        );
    expect(events.map((e) => `${e.language}|${e.emotion}`)).toEqual(languages.flatMap((l) => EMOTIONS.map((e) => `${l}|${e}`)));
    events.length = 0;
    const reasons = ['accurate', 'good-tone', 'other', 'wrong-facts', 'wrong-tone', 'too-long'];
    for (const reason of reasons)
      await service.handlers['stats-record'](
        {
          kind: 'stats-record',
          records: [{ ticket, event: { type: 'suggestion-rated', suggestionId: ledger.issue('model'), rating: 'up', reason } }],
        },
        sender,
      );
    expect(events.map((e) => e.type === 'suggestion-rated' && e.reason)).toEqual(reasons);
  });

  it('in one batch, an event naming an id of another shape is skipped and the events around it are recorded', async () => {
    const { events, service, sender, ledger } = setup();
    const id = ledger.issue('model');
    await service.handlers['stats-record'](
      {
        kind: 'stats-record',
        records: [
          { ticket, event: { type: 'cue-shown' } },
          { ticket, event: { type: 'suggestion-copied', suggestionId: 'KESTRELNOTE refund the order' } },
          { ticket, event: { type: 'suggestion-inserted', suggestionId: id } },
        ],
      },
      sender,
    );
    expect(events.map((e) => e.type)).toEqual(['cue-shown', 'suggestion-inserted']);
  });

  it('a suggestion id of the ledger’s shape counts after a service-worker restart; one of any other shape is not recorded', async () => {
    const before = setup();
    const id = before.ledger.issue('model', 'gpt-test');
    // A restarted worker: a new ledger that never issued `id`.
    const { events, service, sender } = setup();
    await service.handlers['stats-record'](
      { kind: 'stats-record', records: [{ ticket, event: { type: 'suggestion-inserted', suggestionId: id } }] },
      sender,
    );
    expect(events.map((e) => e.type === 'suggestion-inserted' && e.suggestionId)).toEqual([id]);
    for (const suggestionId of ['42:model:1', 'wren.halloway@example.org', 'KESTRELNOTE refund the order', `s-${'a'.repeat(190)}`])
      await service.handlers['stats-record'](
        { kind: 'stats-record', records: [{ ticket, event: { type: 'suggestion-copied', suggestionId } }] },
        sender,
      );
    await service.handlers['stats-reply-sent'](
      { kind: 'stats-reply-sent', ticket, suggestionId: 'KESTRELNOTE', draft: 'Hello', sent: 'Hello', msSinceTicketOpened: 10 },
      sender,
    );
    expect(events.filter((e) => e.type === 'suggestion-copied')).toEqual([]);
    // The reply still counts; the id it named does not go with it.
    const replies = events.filter((e) => e.type === 'reply-sent');
    expect(replies).toHaveLength(1);
    expect(replies[0]).not.toHaveProperty('suggestionId');
  });

  // rev-egress23 (modelled: a page script posting the content script's message): a snippet id was free text up to 200
  // characters and went into the log and the team's ClickHouse as given. On main all 4 typed ids below were recorded.
  it('records a snippet id only when the knowledge store holds that article for the sender’s account', async () => {
    const kb = new KnowledgeBase(new KnowledgeDb(`bg-stats-kb-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
    await kb.importArticles([{ id: 'faq.md#refunds', title: 'Refunds', body: 'Refunds take five days.' }]);
    // Another account's article: not this page's to show, so not its to report.
    await kb.importArticles([{ id: 'zendesk-macro:12', title: 'Other team', body: 'Their macro.' }], { accounts: ['zendesk:other'] });
    const knowledge = openKnowledge(kb);
    const { events, service, sender } = setup({}, (id, pageUrl) => knowledge.hasSnippet(id, pageUrl));
    const typed = ['KESTRELNOTE refund the order', 'wren.halloway@example.org', 'faq.md#refunds KESTRELNOTE', 'zendesk-macro:12'];
    await service.handlers['stats-record'](
      {
        kind: 'stats-record',
        records: [
          { ticket, event: { type: 'snippet-shown', snippetId: 'faq.md#refunds' } },
          ...typed.map((snippetId) => ({ ticket, event: { type: 'snippet-inserted' as const, snippetId } })),
          { ticket, event: { type: 'snippet-copied', snippetId: 'faq.md#refunds' } },
        ],
      },
      sender,
    );
    expect(events.map((e) => `${e.type} ${'snippetId' in e ? e.snippetId : ''}`)).toEqual([
      'snippet-shown faq.md#refunds',
      'snippet-copied faq.md#refunds',
    ]);
  });

  // rev-egress23 review: the knowledge store failing (IndexedDB unavailable, a broken snapshot) threw out of the
  // handler, so every event after the first snippet event of the batch was lost, honest ones included.
  it('a knowledge store that fails drops the snippet event only, not the rest of the batch', async () => {
    const { events, service, sender } = setup({}, async () => {
      throw new Error('IndexedDB unavailable');
    });
    await service.handlers['stats-record'](
      {
        kind: 'stats-record',
        records: [
          { ticket, event: { type: 'snippet-shown', snippetId: 'faq.md#refunds' } },
          { ticket, event: { type: 'cue-shown' } },
          { ticket, event: { type: 'handle-personally-shown' } },
        ],
      },
      sender,
    );
    expect(events.map((e) => e.type)).toEqual(['cue-shown', 'handle-personally-shown']);
  });

  it('without a knowledge store to ask, no snippet event is recorded (fail-safe)', async () => {
    const { events, service, sender } = setup();
    await service.handlers['stats-record'](
      { kind: 'stats-record', records: [{ ticket, event: { type: 'snippet-shown', snippetId: 'KESTRELNOTE' } }] },
      sender,
    );
    expect(events).toEqual([]);
  });
});
