// The background service worker: the one privileged place. It answers the content script and the
// extension pages through the validated router and keeps own-domain helpdesks registered.
import { browser } from 'wxt/browser';
import { cueModel } from '../cue/index';
import { isHelpdeskPage } from '../helpdesks/page-match';
import { loadSettings, watchSettings } from '../settings/storage';
import type { Settings } from '../settings/schema';
import { grantedOrigins, registerCustomDomainScripts } from './custom-domains';
import { loadDraftSettings, saveDraftSettings } from '../settings/draft-settings-storage';
import { draftSettingsHandlers } from './draft-settings';
import { serveDraftsPort } from './drafts-port';
import { createDraftsService } from './drafts-service';
import { createHandlers, openDashboard } from './handlers';
import { openKnowledge } from './knowledge';
import { providerHandlers } from './provider';
import { ProviderStore } from './provider-store';
import { route } from './router';
import type { SenderPolicy } from './senders';
import { openStats, scheduleRetention } from './stats';
import { deleteAllData } from './data-stores';

export function startBackground(): void {
  let granted: string[] = [];
  const policy: SenderPolicy = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    isHelpdeskPage: (url) => isHelpdeskPage(url, granted),
  };
  const providers = new ProviderStore();
  const knowledge = openKnowledge(undefined, () => providers.load());
  let currentSettings = loadSettings();
  watchSettings((next) => (currentSettings = Promise.resolve(next)));
  const stats = openStats(() => currentSettings);
  void scheduleRetention(stats);
  const draftSettings = draftSettingsHandlers({ load: loadDraftSettings, save: saveDraftSettings });
  const handlers = {
    ...createHandlers(knowledge, providerHandlers(providers), async () => (await providers.load()) !== null, draftSettings, stats),
    'delete-all-data': () =>
      deleteAllData({
        pauseStats: stats.pause,
        resumeStats: stats.resume,
        // The knowledge base keeps its index in memory; clearing through it drops that too.
        forgetCaches: () => knowledge.handlers['knowledge-clear']({ kind: 'knowledge-clear' }, {} as never) as Promise<void>,
        storage: browser.storage.local,
      }),
  };
  serveDraftsPort(policy, createDraftsService({ knowledge, provider: () => providers.load(), settings: loadDraftSettings, isHoldout: stats.isHoldout }));
  // The toolbar button opens the stats dashboard (no popup, so no extra page or permission).
  browser.action.onClicked.addListener(() => void openDashboard());
  // Load the cue model now, not when the first ticket is waiting for it.
  setTimeout(() => cueModel(), 0);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender, policy, handlers).then(sendResponse);
    return true; // answer asynchronously
  });

  const applySettings = async (settings: Settings) => {
    granted = await grantedOrigins(settings.customHelpdeskOrigins);
    await registerCustomDomainScripts(granted);
  };
  void loadSettings().then(applySettings);
  watchSettings((settings) => void applySettings(settings));
  browser.permissions.onRemoved.addListener(() => void loadSettings().then(applySettings));
}
