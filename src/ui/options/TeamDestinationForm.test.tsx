// The options form for the team's ClickHouse, over the background's real handlers (fake IndexedDB, the
// destination in memory): the one origin is requested before anything is saved, passwords go in and never
// come back out, and a new origin does not inherit the old one's passwords.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { teamStatsHandlers } from '../../background/stats-team';
import { enOptions } from '../../i18n/options/en';
import { NO_STATS_DESTINATION, type StatsDestination } from '../../settings/stats-destination';
import { loadDestinationPassword, OutboxDb } from '../../stats/outbox';
import { mount } from '../test-dom';
import { TeamDestinationForm, type TeamDestinationService } from './TeamDestinationForm';

let n = 0;
function setup(grant = true, managed?: { url: string; user?: string }) {
  const db = new OutboxDb(`options-destination-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let stored: StatsDestination = NO_STATS_DESTINATION;
  const destination = { load: async () => stored, save: async (value: StatsDestination) => (stored = value) };
  const uploadNow = vi.fn(async () => ({ sent: 0, pending: 3, error: 'ClickHouse answered 503: busy', retryInMinutes: 1 }));
  const handlers = teamStatsHandlers({ db, destination, uploader: { uploadNow } });
  const service: TeamDestinationService = {
    get: () => handlers['team-stats-config-get'](),
    save: (input) => handlers['team-stats-config-save']({ kind: 'team-stats-config-save', ...input }),
    uploadNow: () => handlers['team-stats-upload'](),
  };
  const requestOrigin = vi.fn(async () => grant);
  const view = mount(<TeamDestinationForm locale="en" service={service} requestOrigin={requestOrigin} {...(managed ? { managed } : {})} />);
  return { db, view, requestOrigin, stored: () => stored, handlers };
}
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const input = (root: HTMLElement, name: string) => root.querySelector(`input[name="team-${name}"]`) as HTMLInputElement;
const message = (view: ReturnType<typeof setup>['view']) => view.byTestId('team-destination-message')[0]?.textContent ?? '';

test('asks for the one origin, then saves; passwords are write-only', async () => {
  const { db, view, requestOrigin, stored, handlers } = setup();
  await settle();
  view.type(input(view.root, 'url'), 'https://ch.example.com:8443/?database=souffleur');
  view.type(input(view.root, 'user'), 'agent');
  view.type(input(view.root, 'password'), 'agent-secret');
  view.type(input(view.root, 'leadUser'), 'lead');
  view.type(input(view.root, 'leadPassword'), 'lead-secret');
  view.fire(view.root.querySelector('form'), 'submit');
  await vi.waitFor(async () => (await settle(), expect(message(view)).toContain('Saved.')));
  expect(requestOrigin).toHaveBeenCalledWith('https://ch.example.com:8443');
  expect(stored()).toEqual({ url: 'https://ch.example.com:8443/?database=souffleur', user: 'agent' });
  expect(await loadDestinationPassword(db)).toBe('agent-secret');
  const config = await handlers['team-stats-config-get']();
  expect(config).toMatchObject({ hasPassword: true, hasLeadPassword: true, leadUser: 'lead', origin: 'https://ch.example.com:8443' });
  expect(JSON.stringify(config)).not.toContain('secret');
  expect(input(view.root, 'password').value).toBe('');

  // Another origin: the old passwords are not sent there.
  view.type(input(view.root, 'url'), 'https://other.example.net/');
  view.fire(view.root.querySelector('form'), 'submit');
  await vi.waitFor(
    async () => (
      await settle(),
      expect(await handlers['team-stats-config-get']()).toMatchObject({ hasPassword: false, hasLeadPassword: false })
    ),
  );
});

test('refuses plain http to another computer, and saves nothing when the browser denies the origin', async () => {
  const insecure = setup();
  await settle();
  insecure.view.type(input(insecure.view.root, 'url'), 'http://ch.example.com:8123/');
  insecure.view.fire(insecure.view.root.querySelector('form'), 'submit');
  await settle();
  expect(message(insecure.view)).toBe(enOptions['options.teamDestinationInvalid']);
  expect(insecure.requestOrigin).not.toHaveBeenCalled();

  const denied = setup(false);
  await settle();
  denied.view.type(input(denied.view.root, 'url'), 'http://127.0.0.1:8123/');
  denied.view.fire(denied.view.root.querySelector('form'), 'submit');
  await vi.waitFor(async () => (await settle(), expect(message(denied.view)).toContain('did not allow access to http://127.0.0.1:8123')));
  expect(denied.stored().url).toBe('');
});

test('sending now shows what failed and what is kept', async () => {
  const { view } = setup();
  await settle();
  view.click(view.byTestId('team-upload-now')[0]);
  await vi.waitFor(
    async () => (
      await settle(),
      expect(message(view)).toBe('Sending failed (ClickHouse answered 503: busy). 3 events are kept and sent again later.')
    ),
  );
});

test("an admin's destination is shown locked; the agent still enters the password, and the admin's origin is requested", async () => {
  const { view, requestOrigin, db } = setup(true, { url: 'https://ch.team.example.com/?database=souffleur' });
  await settle();
  expect(input(view.root, 'url').disabled).toBe(true);
  expect(input(view.root, 'url').value).toBe('https://ch.team.example.com/?database=souffleur');
  expect(view.byTestId('team-url-managed')[0]!.textContent).toBe(enOptions['options.setByAdmin']);
  expect(input(view.root, 'user').disabled).toBe(false);
  view.type(input(view.root, 'password'), 'mine');
  view.fire(view.root.querySelector('form'), 'submit');
  await vi.waitFor(async () => (await settle(), expect(message(view)).toContain('Saved.')));
  expect(requestOrigin).toHaveBeenCalledWith('https://ch.team.example.com');
  expect(await loadDestinationPassword(db)).toBe('mine');
});
