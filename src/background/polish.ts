// The background's part of polishing the agent's reply (issue 19): the speller and its dictionaries
// live here, never in the content script. The team's words come from what the background already
// has: the ticket's names, the signature and facts from the draft settings, and the titles of the
// knowledge articles the ticket and the reply match.
import { browser } from 'wxt/browser';
import type { DraftSettings } from '../drafts/index';
import { createSpellerCache, type DictionaryLoader } from '../polish/dictionaries';
import { dictionaryPath } from '../polish/languages';
import { offlineEdits, replyLanguage, ticketWords } from '../polish/polish-reply';
import type { PolishResult } from '../polish/types';
import type { SpellerLike } from '../polish/speller';
import type { SpellLanguage } from '../polish/languages';
import type { Ticket } from '../ticket/schema';
import type { KnowledgeService } from './analysis';

export interface PolishDeps {
  knowledge: Pick<KnowledgeService, 'lexicalTicket' | 'searchText'>;
  draftSettings: () => Promise<Pick<DraftSettings, 'signature' | 'companyFacts'>>;
  spellers?: (lang: SpellLanguage) => Promise<SpellerLike>;
}

/** Reads a dictionary the build shipped in the package (an extension URL: nothing leaves the browser). */
const loadPackagedDictionary: DictionaryLoader = async (lang) => {
  const read = async (part: 'aff' | 'dic') => {
    // The extension's own files, not a network request: outside the egress gate's remit.
    const response = await fetch(packageUrl(`/${dictionaryPath(lang, part)}`));
    if (!response.ok) throw new Error(`The ${lang} dictionary is missing from the extension (${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [aff, dic] = await Promise.all([read('aff'), read('dic')]);
  return { aff, dic };
};

// The build adds the dictionaries through a hook (wxt.config.ts), so WXT's list of public paths does not name them.
const packageUrl = browser.runtime.getURL as (path: string) => string;

export function createPolish(deps: PolishDeps) {
  const spellers = deps.spellers ?? createSpellerCache(loadPackagedDictionary);
  return async ({ text, ticket }: { text: string; ticket: Ticket }): Promise<PolishResult> => {
    const language = replyLanguage(text, ticket);
    if (!language || !text.trim()) return { edits: [], source: 'offline', language };
    const [speller, settings, ticketHits, replyHits] = await Promise.all([
      spellers(language),
      deps.draftSettings(),
      deps.knowledge.lexicalTicket(ticket, 10),
      deps.knowledge.searchText(text.slice(0, 2000), 10, ticket.url),
    ]);
    const team = [...ticketWords(ticket), settings.signature, ...settings.companyFacts, ...[...ticketHits, ...replyHits].map((hit) => hit.title)];
    return { edits: offlineEdits(text, language, speller, team), source: 'offline', language };
  };
}
