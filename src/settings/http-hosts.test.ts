// egress24 item 3 (modelled: admin policies as a team would write them): an `allowHttpHosts` entry with a port
// allows that host on that port only; a bare host allows it on any port; nothing else widens.
import { describe, expect, it } from 'vitest';
import { applyManagedProvider } from './managed-provider';
import { checkEndpoint } from './provider-endpoint';
import { withManagedDestination } from './stats-destination';

/** Whether the admin's `allowHttpHosts` lets the provider's requests (and key) go to `baseUrl` over plain http. */
function providerMayUse(allowHttpHosts: string[], baseUrl: string): boolean {
  const config = applyManagedProvider({ kind: 'compatible', model: 'm' }, { providerBaseUrl: baseUrl, allowHttpHosts });
  return checkEndpoint(config!).ok;
}

describe('allowHttpHosts with and without a port', () => {
  it('host:port allows that host on that port only (on main it allowed nothing)', () => {
    expect(providerMayUse(['intranet.local:8080'], 'http://intranet.local:8080/v1')).toBe(true);
    expect(providerMayUse(['Intranet.Local:8080 '], 'http://INTRANET.local:8080/v1')).toBe(true);
    expect(providerMayUse(['http://intranet.local:8080/'], 'http://intranet.local:8080/v1')).toBe(true);
    expect(providerMayUse(['intranet.local:80'], 'http://intranet.local/v1')).toBe(true);
    expect(providerMayUse(['[fd00::5]:8080'], 'http://[fd00::5]:8080/v1')).toBe(true);
    for (const other of [
      'http://intranet.local/v1',
      'http://intranet.local:8081/v1',
      'http://intranet.local:80/v1',
      'http://evil.local:8080/v1',
    ])
      expect(providerMayUse(['intranet.local:8080'], other), other).toBe(false);
  });

  it('a bare host allows it on any port, as before; other hosts and look-alikes stay refused', () => {
    for (const address of ['http://intranet.local/v1', 'http://intranet.local:11434/v1', 'http://intranet.local:8080/v1'])
      expect(providerMayUse(['intranet.local'], address), address).toBe(true);
    expect(providerMayUse(['[fd00::5]'], 'http://[fd00::5]:11434/v1')).toBe(true);
    for (const address of ['http://intranet.local.evil.example/v1', 'http://evil-intranet.local/v1', 'http://10.0.0.5/v1'])
      expect(providerMayUse(['intranet.local'], address), address).toBe(false);
  });

  it('an entry that is not a host (a path, user info, another scheme, a bad port) allows nothing', () => {
    for (const entry of [
      'intranet.local/v1',
      'user@intranet.local',
      'https://intranet.local',
      'intranet.local:99999',
      'intranet.local:',
      'fd00::5',
      '',
    ])
      expect(providerMayUse([entry], 'http://intranet.local:8080/v1'), entry).toBe(false);
  });

  it('an IPv6 entry with an empty port allows nothing, as a hostname with one does (rev-egress24: it allowed every port)', () => {
    for (const address of ['http://[fd00::5]:8080/v1', 'http://[fd00::5]/v1'])
      expect(providerMayUse(['[fd00::5]:'], address), address).toBe(false);
  });

  it('the stats destination follows the same rule', async () => {
    const local = { load: async () => ({ url: '', user: '' }), save: async (value: { url: string; user: string }) => value };
    const destination = async (allowHttpHosts: string[], url: string) => {
      const loaded = await withManagedDestination(local, async () => ({ statsDestination: { url }, allowHttpHosts })).load();
      return checkEndpoint({ kind: 'compatible', baseUrl: loaded.url, allowHttpHost: loaded.allowHttpHost }).ok;
    };
    expect(await destination(['clickhouse.lan:8123'], 'http://clickhouse.lan:8123')).toBe(true);
    expect(await destination(['clickhouse.lan:8123'], 'http://clickhouse.lan:9000')).toBe(false);
    expect(await destination(['clickhouse.lan'], 'http://clickhouse.lan:9000')).toBe(true);
  });
});
