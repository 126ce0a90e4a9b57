import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { enOptions } from '../../i18n/options/en';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../settings/schema';
import { saveTeamSecrets, StatsDb, teamSecretsOf } from '../../stats/db';
import { mount } from '../test-dom';
import { TeamStatsSection } from './TeamStatsSection';
import type { OptionsServices } from './types';

let n = 0;
async function setup() {
  const db = new StatsDb(`options-team-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const first = await teamSecretsOf(db);
  let settings: Settings = DEFAULT_SETTINGS;
  const services: OptionsServices = {
    update: async (change) => (settings = normalizeSettings(change(settings))),
    requestOrigin: async () => true,
    removeOrigin: async () => true,
    teamSecrets: { keyId: async () => (await teamSecretsOf(db)).keyId, save: (s) => saveTeamSecrets(db, s) },
  };
  const update = async (change: (s: Settings) => Settings) => void (await services.update(change));
  const view = mount(<TeamStatsSection settings={settings} locale="en" update={update} services={services} />);
  // The key id is read from IndexedDB after the first render.
  await vi.waitFor(async () => {
    await settle();
    expect(input(view.root, 'keyId').value).not.toBe('');
  });
  return { db, first, view, settings: () => settings };
}
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const input = (root: HTMLElement, name: string) => root.querySelector(`input[name="${name}"]`) as HTMLInputElement;

test('sets the retention period (0 keeps everything; clamped to ten years)', async () => {
  const { view, settings } = await setup();
  expect(input(view.root, 'statsRetentionDays').value).toBe('180');
  view.fire(Object.assign(input(view.root, 'statsRetentionDays'), { value: '0' }), 'change');
  await settle();
  expect(settings().statsRetentionDays).toBe(0);
  view.fire(Object.assign(input(view.root, 'statsRetentionDays'), { value: '99999' }), 'change');
  await settle();
  expect(settings().statsRetentionDays).toBe(3650);
});

test('shows the key id, never the key or seed; a new key needs a new key id', async () => {
  const { db, first, view } = await setup();
  expect(input(view.root, 'keyId').value).toBe(first.keyId);
  const shown = () =>
    [view.root.textContent, ...[...view.root.querySelectorAll('input')].map((i) => (i as HTMLInputElement).value)].join('\n');
  expect(shown()).not.toContain(first.key);
  expect(shown()).not.toContain(first.holdoutSeed);

  view.type(input(view.root, 'key'), 'our shared team key');
  view.fire(view.root.querySelector('form'), 'submit');
  await settle();
  expect(view.byTestId('team-secrets-message')[0]!.textContent).toBe(enOptions['options.teamKeyNeedsNewId']);
  expect((await teamSecretsOf(db)).key).toBe(first.key);

  view.type(input(view.root, 'keyId'), 'team-2026');
  view.fire(view.root.querySelector('form'), 'submit');
  // Saving is a few IndexedDB round trips.
  await vi.waitFor(async () => {
    await settle();
    expect(view.byTestId('team-secrets-message')[0]!.textContent).toContain('team-2026');
  });
  expect(await teamSecretsOf(db)).toEqual({ keyId: 'team-2026', key: 'our shared team key', holdoutSeed: first.holdoutSeed });
  expect(input(view.root, 'key').value).toBe('');
  expect(view.byTestId('team-secrets-message')[0]!.textContent).toContain('team-2026');
});
