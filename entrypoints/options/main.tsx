// Thin shell: wires the options UI to WXT storage and the browser's permission API.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { originPattern } from '../../src/settings/origins';
import { managedTeamSecrets, type ManagedPolicy } from '../../src/settings/managed';
import type { Settings } from '../../src/settings/schema';
import { loadManagedPolicy, watchManagedPolicy } from '../../src/settings/managed-storage';
import { loadSettings, updateSettings } from '../../src/settings/storage';
import { saveTeamSecrets, StatsDb, teamSecretsOf } from '../../src/stats/db';
import { ask } from '../../src/messaging/client';
import type { Reply } from '../../src/messaging/protocol';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { optionsCss } from '../../src/ui/options/options.css';

const style = document.createElement('style');
style.textContent = optionsCss();
document.head.append(style);

// The stats database is this extension origin's, as the dashboard's: the team secrets live there, out of
// content scripts' reach (they can read storage.local).
const stats = new StatsDb();

/** An envelope's data, or its error thrown for the form to show. */
async function answer<T>(reply: Promise<Reply<T>>): Promise<T> {
  const settled = await reply;
  if (!settled.ok) throw new Error(settled.error);
  return settled.data;
}

let shown = 0;
const show = ([settings, managed]: [Settings, ManagedPolicy]) => {
  render(
    <OptionsApp
      // A new policy mounts the form afresh: its values and locks both come from the policy.
      key={shown++}
      initial={settings}
      navigatorLanguages={navigator.languages}
      prefersDark={matchMedia('(prefers-color-scheme: dark)').matches}
      services={{
        update: updateSettings,
        requestOrigin: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }),
        removeOrigin: (origin) => browser.permissions.remove({ origins: [originPattern(origin)] }),
        managed,
        teamSecrets: {
          keyId: async () => (await teamSecretsOf(stats, managedTeamSecrets(managed))).keyId,
          save: (secrets) => saveTeamSecrets(stats, secrets),
        },
        teamDestination: {
          get: () => answer(ask({ kind: 'team-stats-config-get' })),
          save: (input) => answer(ask({ kind: 'team-stats-config-save', ...input })),
          uploadNow: () => answer(ask({ kind: 'team-stats-upload' })),
        },
      }}
    />,
    document.getElementById('app')!,
  );
};
const loadAndShow = () => void Promise.all([loadSettings(), loadManagedPolicy()]).then(show);
loadAndShow();
// The admin changed the policy, or the browser gave it late (src/settings/managed-storage.ts).
watchManagedPolicy(loadAndShow);
