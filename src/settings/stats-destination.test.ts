import { expect, it } from 'vitest';
import { statsDestinationOrigin, withManagedDestination, type StatsDestination } from './stats-destination';

function local(value: StatsDestination) {
  let stored = value;
  return { load: async () => stored, save: async (next: StatsDestination) => (stored = next) };
}

it("the admin's destination wins over the local one; the agent's own user fills a policy without one", async () => {
  const own = local({ url: 'https://mine.example.com/', user: 'ana' });
  const item = withManagedDestination(own, async () => ({
    statsDestination: { url: 'https://ch.team.example.com:8443/?database=souffleur' },
  }));
  expect(await item.load()).toEqual({ url: 'https://ch.team.example.com:8443/?database=souffleur', user: 'ana' });
  expect(await withManagedDestination(own, async () => ({})).load()).toEqual({ url: 'https://mine.example.com/', user: 'ana' });
});

it('plain http only to loopback or a host the policy allows', async () => {
  const lan = local({ url: 'http://ch.lan:8123/', user: 'agent' });
  expect(statsDestinationOrigin(await withManagedDestination(lan, async () => ({})).load())).toBeNull();
  expect(statsDestinationOrigin(await withManagedDestination(lan, async () => ({ allowHttpHosts: ['other.lan', 'CH.lan'] })).load())).toBe(
    'http://ch.lan:8123',
  );
  expect(statsDestinationOrigin({ url: 'http://127.0.0.1:8123/', user: '' })).toBe('http://127.0.0.1:8123');
  expect(statsDestinationOrigin({ url: 'https://user:pw@ch.example.com/', user: '' })).toBeNull();
});
