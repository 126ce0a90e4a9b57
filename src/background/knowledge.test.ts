// The background's knowledge service scopes every suggestion to the asking page's helpdesk account.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ticket } from '../../tests/server/fixtures';
import { KnowledgeBase } from '../knowledge/db';
import { KnowledgeDb } from '../knowledge/knowledge-db';
import { openKnowledge } from './knowledge';

const ORIGINS = [{ origin: 'https://support.acme.com', helpdesk: 'zendesk' as const, account: 'acme' }];

async function service() {
  const kb = new KnowledgeBase(new KnowledgeDb(`kb-accounts-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  const knowledge = openKnowledge(
    kb,
    async () => null,
    async () => ORIGINS,
  );
  const add = (id: string, accounts?: string[]) =>
    knowledge.handlers['knowledge-import'](
      {
        kind: 'knowledge-import',
        articles: [{ id, title: 'Bestellung Lieferung', body: 'Ihre Bestellung ist unterwegs.', language: 'de' }],
        ...(accounts ? { accounts } : {}),
      },
      {} as never,
    );
  await add('acme', ['zendesk:acme']);
  await add('globex', ['zendesk:globex']);
  await add('shared');
  return knowledge;
}

const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id).sort();

describe('knowledge per helpdesk account', () => {
  it("a ticket gets its own account's articles, at the hosted address and at the mapped own domain", async () => {
    const knowledge = await service();
    expect(ids((await knowledge.searchTicket(ticket(undefined, { url: 'https://acme.zendesk.com/agent/tickets/1' }), 5)).hits)).toEqual([
      'acme',
      'shared',
    ]);
    expect(ids((await knowledge.searchTicket(ticket(undefined, { url: 'https://support.acme.com/agent/tickets/1' }), 5)).hits)).toEqual([
      'acme',
      'shared',
    ]);
    expect(ids((await knowledge.searchTicket(ticket(undefined, { url: 'https://globex.zendesk.com/agent/tickets/1' }), 5)).hits)).toEqual([
      'globex',
      'shared',
    ]);
  });

  it("pinned ids of another account's articles are not used for this ticket", async () => {
    const knowledge = await service();
    const acmeTicket = ticket(undefined, { url: 'https://acme.zendesk.com/agent/tickets/1' });
    expect(ids(await knowledge.byIds(['acme', 'globex', 'shared'], acmeTicket))).toEqual(['acme', 'shared']);
  });

  it('a typed search is scoped by the asking tab; an extension page (no tab) sees every article', async () => {
    const knowledge = await service();
    expect(ids(await knowledge.searchText('Bestellung', 5, 'https://globex.zendesk.com/agent/tickets/9'))).toEqual(['globex', 'shared']);
    expect(ids(await knowledge.searchText('Bestellung', 5, 'https://unknown.example/agent'))).toEqual(['shared']);
    expect(ids(await knowledge.searchText('Bestellung', 5))).toEqual(['acme', 'globex', 'shared']);
  });
});
