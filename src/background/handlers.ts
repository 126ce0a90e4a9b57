// What the background does for each request. The analysis (cue, snippets) is shared with the drafts
// port (./analysis.ts); every draft, offline ones included, comes over the port (./drafts-port.ts).
import { browser } from 'wxt/browser';
import type { DraftSettings } from '../drafts/index';
import type { TicketAnalysis } from '../messaging/responses';
import { CATALOGS } from '../i18n/catalogs';
import { languageNamesFor } from '../i18n/language-names';
import { readTicketApi } from './ticket-api';
import { readPageText } from '../helpdesks/page-text';
import { fitTicketLimits } from '../ticket/fit-limits';
import { SNIPPETS, type Analyses, type KnowledgeService } from './analysis';
import type { KnowledgeHandlers } from './knowledge';
import type { DraftSettingsHandlers } from './draft-settings';
import type { ProviderHandlers } from './provider';
import type { Handlers } from './router';
import type { StatsService } from './stats';
import { capTicket } from '../ticket/caps';
import { summarizeThread } from '../summary/extractive';
import { summaryInput } from '../summary/input';

/** Requests that change nothing an analysis depends on; every other knowledge or provider request clears the analyses. */
const READ_ONLY = new Set([
  'knowledge-list',
  'knowledge-export',
  'knowledge-embed-status',
  'provider-get',
  'provider-test',
  'provider-models',
]);

/** Answered by src/background/sidebar-settings.ts and customer-history.ts, wired in main.ts. */
type SidebarSettingsKind = 'start' | 'sidebar-settings' | 'sidebar-layout' | 'customer-context';

/** Answered by src/background/stats-team.ts, wired in main.ts. */
type TeamStatsKind = 'team-stats-config-get' | 'team-stats-config-save' | 'team-stats-summary' | 'team-stats-upload';

export function createHandlers(
  knowledge: KnowledgeService & { handlers: KnowledgeHandlers },
  provider: ProviderHandlers,
  providerConfigured: () => Promise<boolean>,
  draftSettings: DraftSettingsHandlers & { load(): Promise<DraftSettings> },
  stats: StatsService,
  analyses: Analyses,
): Omit<Handlers, 'delete-all-data' | 'polish-reply' | 'translate-reply' | 'held-reading' | TeamStatsKind | SidebarSettingsKind> {
  // A change to what an analysis depends on (articles, vectors, the provider) starts the next one afresh.
  const changes = <H extends Partial<Handlers>>(handlers: H): H =>
    Object.fromEntries(
      Object.entries(handlers).map(([kind, handle]) => [
        kind,
        READ_ONLY.has(kind)
          ? handle
          : async (...args: unknown[]) => {
              analyses.clear();
              return (handle as (...a: unknown[]) => unknown)(...args);
            },
      ]),
    ) as H;
  return {
    ...changes(knowledge.handlers),
    ...changes(provider),
    'draft-settings-get': draftSettings['draft-settings-get'],
    'draft-settings-save': draftSettings['draft-settings-save'],
    ...stats.handlers,
    'analyze-ticket': async ({ ticket, uiLang, notBefore }): Promise<TicketAnalysis> => {
      // Linear work whatever the page sends (src/ticket/caps.ts).
      const analysis = await analyses.get(capTicket(ticket), uiLang, notBefore);
      const [search, configured] = await Promise.all([analysis.search, providerConfigured()]);
      const { cue, holdout, heldBack } = analysis;
      return {
        cue,
        snippets: search.hits,
        providerConfigured: configured,
        holdout,
        heldBack,
        ...(search.sent ? { sent: search.sent } : {}),
      };
    },
    // Local and extractive: no provider, nothing leaves (src/summary/extractive.ts).
    'summarize-thread': async ({ ticket }) => summarizeThread(summaryInput(ticket)),
    // Subjects of earlier tickets stay here: nothing of them goes into a prompt or leaves the browser.
    'read-ticket-api': async ({ ticket }, sender) => {
      if (sender.tab?.id === undefined || !sender.url) throw new Error('not from a tab');
      return readTicketApi(ticket, { id: sender.tab.id, url: sender.url });
    },
    // Every message's text, read from its HTML with the REST reading's code; the structure stays the page's. Cut to
    // the ticket limits like the REST reading (a 4-character <li> reads as its indent and number, 24: 240 KB of them
    // read into 1.37 M characters), so the requests the content script makes about it are never refused.
    'read-page': async ({ page }) => fitTicketLimits(readPageText(page)),
    'ui-catalog': async ({ locale }) => ({ catalog: CATALOGS[locale], languageNames: languageNamesFor(locale) }),
    // A helpdesk tab searches its own account; an extension page (no tab) searches everything.
    'search-knowledge': async ({ query }, sender) => knowledge.searchText(query, SNIPPETS, sender.tab ? sender.url : undefined),
    'open-page': async ({ page }) => {
      if (page === 'dashboard') await openDashboard();
      else await browser.runtime.openOptionsPage();
    },
  };
}

/** The stats dashboard in a tab of its own (from the sidebar and the toolbar button). */
export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
