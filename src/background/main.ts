// The background service worker: the one privileged place. It answers the content script and the
// extension pages through the validated router and keeps own-domain helpdesks registered.
import { browser } from 'wxt/browser';
import { cueModel } from '../cue/index';
import { helpdeskOfPage, isHelpdeskPage } from '../helpdesks/page-match';
import { loadSettings, updateSettings, watchSettings } from '../settings/storage';
import { loadManagedPolicy, watchManagedPolicy } from '../settings/managed-storage';
import { trackGrantedDomains } from './custom-domains';
import { loadDraftSettings, saveDraftSettings } from '../settings/draft-settings-storage';
import { draftSettingsHandlers } from './draft-settings';
import { serveDraftsPort } from './drafts-port';
import { createAnalyses } from './analysis';
import { createDraftsService } from './drafts-service';
import { createHandlers, openDashboard } from './handlers';
import { createHeldReadings } from './held-reading';
import { createPolish } from './polish';
import { openKnowledge } from './knowledge';
import { providerHandlers } from './provider';
import { ProviderStore } from './provider-store';
import { route } from './router';
import type { RequestOf } from '../messaging/protocol';
import type { Sender, SenderPolicy } from './senders';
import { openStats, scheduleRetention } from './stats';
import { openStatsUploader } from './stats-upload';
import { teamStatsHandlers } from './stats-team';
import { sidebarSettingsHandlers } from './sidebar-settings';
import { createCustomerHistory, customerContextHandlers } from './customer-history';
import { OutboxDb } from '../stats/outbox';
import { statsDestinationItem, withManagedDestination } from '../settings/stats-destination';
import { deleteAllData } from './data-stores';
import { createModelSummaries } from '../summary/model';
import { serveSummaryPort } from '../summary/serve-port';

export function startBackground(): void {
  const granted = trackGrantedDomains();
  const policy: SenderPolicy = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    isHelpdeskPage: (url) => isHelpdeskPage(url, granted.origins()),
    helpdeskOf: (url) => helpdeskOfPage(url, granted.entries()),
    ready: granted.ready,
  };
  const providers = new ProviderStore(undefined, () => loadManagedPolicy());
  // The admin's policy changed (the browser re-read it): the provider is read again for the next request.
  watchManagedPolicy(() => providers.forget());
  let currentSettings = loadSettings();
  watchSettings((next) => (currentSettings = Promise.resolve(next)));
  const knowledge = openKnowledge(
    undefined,
    () => providers.load(),
    async () => (await currentSettings).customHelpdeskOrigins,
  );
  const outbox = new OutboxDb();
  const teamDestination = withManagedDestination(statsDestinationItem(), () => loadManagedPolicy());
  const uploader = openStatsUploader(outbox, teamDestination);
  const stats = openStats(
    () => currentSettings,
    uploader,
    (id, pageUrl) => knowledge.hasSnippet(id, pageUrl),
  );
  void uploader.start();
  void scheduleRetention(stats);
  const draftSettings = draftSettingsHandlers({ load: loadDraftSettings, save: saveDraftSettings });
  const analyses = createAnalyses({
    knowledge,
    isHoldout: stats.isHoldout,
    holdBack: async () => (await currentSettings).holdDraftsWhenHandlePersonally,
  });
  // Issue 17: the provider's summary of a thread, on the agent's click, through the egress gate.
  const modelSummaries = createModelSummaries({ provider: () => providers.load(), analyses });
  const drafts = createDraftsService({ knowledge, analyses, provider: () => providers.load(), settings: loadDraftSettings });
  // Issue 16: the provider's reading of a held-back ticket, only when the team opted in.
  const heldReadings = createHeldReadings({
    analyses,
    provider: () => providers.load(),
    enabled: async () => (await currentSettings).readingWhenHeld,
  });
  // Hold-back and holdout settings decide what an analysis lets out: a change applies to the next ticket read.
  watchSettings(() => analyses.clear());
  // Issue 17: earlier tickets, read through the tab that asks; a closed tab's cache goes with it.
  const customerHistory = createCustomerHistory();
  browser.tabs.onRemoved.addListener((tabId) => customerHistory.forgetTab(tabId));
  const common = createHandlers(
    knowledge,
    providerHandlers(providers),
    async () => (await providers.load()) !== null,
    draftSettings,
    stats,
    analyses,
  );
  const handlers = {
    ...common,
    // A held-back ticket's reading waits for the tab's REST reading of a partial thread (issue 16: asked once).
    'read-ticket-api': (request: RequestOf<'read-ticket-api'>, sender: Sender) => {
      const whole = common['read-ticket-api'](request, sender);
      return sender.tab?.id === undefined ? whole : heldReadings.restReading(sender.tab.id, request.ticket, whole);
    },
    'held-reading': ({ ticket, uiLang }: RequestOf<'held-reading'>, sender: Sender) => heldReadings(ticket, uiLang, sender.tab?.id),
    ...sidebarSettingsHandlers({ load: loadSettings, update: updateSettings }),
    ...customerContextHandlers(customerHistory),
    ...teamStatsHandlers({ db: outbox, destination: teamDestination, uploader }),
    ...createPolish({ knowledge, draftSettings: loadDraftSettings, provider: () => providers.load(), isHoldout: stats.isHoldout }),
    'delete-all-data': () =>
      deleteAllData({
        pauseStats: stats.pause,
        resumeStats: stats.resume,
        // What the background holds in memory goes too: the knowledge index (cleared through the
        // knowledge base), analyses and drafts of open tickets, and the provider with its key.
        forgetCaches: async () => {
          analyses.clear();
          drafts.forget();
          modelSummaries.forget();
          customerHistory.forgetAll();
          heldReadings.forget();
          providers.forget();
          await knowledge.handlers['knowledge-clear']({ kind: 'knowledge-clear' }, {} as never);
        },
        storage: browser.storage.local,
      }),
  };
  serveDraftsPort(policy, drafts);
  serveSummaryPort(policy, modelSummaries);
  // The toolbar button opens the stats dashboard (no popup, so no extra page or permission).
  browser.action.onClicked.addListener(() => void openDashboard());
  // Load the cue model now, not when the first ticket is waiting for it.
  setTimeout(() => cueModel(), 0);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender, policy, handlers).then(sendResponse);
    return true; // answer asynchronously
  });
}
