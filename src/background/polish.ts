// The background's part of polishing the agent's reply (issue 19): the speller and its dictionaries
// live here, never in the content script. The team's words come from what the background already
// has: the ticket's names, the signature and facts from the draft settings, and the titles of the
// knowledge articles the ticket and the reply match. With a provider (and outside the stats holdout,
// which measures tickets without the model), the model's grammar, clarity and tone edits are added
// through the egress gate; the hold-back does not apply: these are the agent's own words, the case
// it exists for. Translation is on request and needs a provider.
import { browser } from 'wxt/browser';
import type { ProviderConfig } from '../drafts/client';
import { describeChat } from '../drafts/describe-chat';
import type { DraftSettings } from '../drafts/index';
import { sendChat } from '../egress/gate';
import { knownNames, redactTicket } from '../privacy/redact';
import { createSpellerCache, type DictionaryLoader } from '../polish/dictionaries';
import { dictionaryPath, type SpellLanguage } from '../polish/languages';
import { acceptModelEdits, polishMessages } from '../polish/model-edits';
import { offlineEdits, replyLanguage, ticketWords } from '../polish/polish-reply';
import type { SpellerLike } from '../polish/speller';
import { readTranslation, translateMessages } from '../polish/translate';
import type { PolishResult, TranslationResult } from '../polish/types';
import { isLang } from '../language/languages';
import type { Ticket } from '../ticket/schema';
import type { KnowledgeService } from './analysis';

export interface PolishDeps {
  knowledge: Pick<KnowledgeService, 'lexicalTicket' | 'searchText'>;
  draftSettings: () => Promise<Pick<DraftSettings, 'signature' | 'companyFacts'>>;
  provider: () => Promise<ProviderConfig | null>;
  isHoldout: (helpdesk: string, ticketId: string) => Promise<boolean>;
  spellers?: (lang: SpellLanguage) => Promise<SpellerLike>;
}

// The build adds the dictionaries through a hook (wxt.config.ts), so WXT's list of public paths does not name them.
const packageUrl = browser.runtime.getURL as (path: string) => string;

/** Reads a dictionary the build shipped in the package (an extension URL: nothing leaves the browser). */
const loadPackagedDictionary: DictionaryLoader = async (lang) => {
  const read = async (part: 'aff' | 'dic') => {
    const response = await fetch(packageUrl(`/${dictionaryPath(lang, part)}`));
    if (!response.ok) throw new Error(`The ${lang} dictionary is missing from the extension (${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [aff, dic] = await Promise.all([read('aff'), read('dic')]);
  return { aff, dic };
};

const MODEL_TIMEOUT_MS = 20_000;
const POLISH_LABELS = ['Instructions (same for every reply)', 'Your reply (redacted)'];
const TRANSLATE_LABELS = ['Instructions (same for every translation)', 'Your reply (redacted)'];

export function createPolish(deps: PolishDeps) {
  const spellers = deps.spellers ?? createSpellerCache(loadPackagedDictionary);
  const mayAskModel = async (ticket: Ticket) => {
    const config = await deps.provider();
    return config && !(await deps.isHoldout(ticket.helpdesk, ticket.id)) ? config : null;
  };

  const polish = async ({
    text,
    ticket,
    customerFeels,
  }: {
    text: string;
    ticket: Ticket;
    customerFeels?: string;
  }): Promise<PolishResult> => {
    const language = replyLanguage(text, ticket);
    if (!text.trim()) return { edits: [], source: 'offline', language };
    const [speller, settings, ticketHits, replyHits, config] = await Promise.all([
      language ? spellers(language) : null,
      deps.draftSettings(),
      deps.knowledge.lexicalTicket(ticket, 10),
      deps.knowledge.searchText(text.slice(0, 2000), 10, ticket.url),
      mayAskModel(ticket),
    ]);
    const team = [
      ...ticketWords(ticket),
      settings.signature,
      ...settings.companyFacts,
      ...[...ticketHits, ...replyHits].map((hit) => hit.title),
    ];
    const spelling = speller && language ? offlineEdits(text, language, speller, team) : [];
    if (!config) return { edits: spelling, source: 'offline', language };
    const lang = language ?? ticket.language ?? 'en';
    const names = knownNames(ticket);
    const { vault, messages } = polishMessages(text, lang, customerFeels ?? null, names, redactTicket(ticket, undefined, names).vault);
    const sent = describeChat(messages, vault, config.model, POLISH_LABELS);
    try {
      const answer = await sendChat(
        config,
        { model: config.model, messages, temperature: 0.2, max_tokens: 800, response_format: { type: 'json_object' } },
        { signal: AbortSignal.timeout(MODEL_TIMEOUT_MS) },
      );
      const edits = [...spelling, ...acceptModelEdits(answer, text, vault, spelling)].sort((a, b) => a.start - b.start);
      return { edits, source: 'provider', language, sent };
    } catch (error) {
      return {
        edits: spelling,
        source: 'offline',
        language,
        sent,
        providerError: error instanceof Error ? error.message.split('\n')[0]! : String(error),
      };
    }
  };

  const translate = async ({ text, ticket }: { text: string; ticket: Ticket }): Promise<TranslationResult> => {
    const target = ticket.language;
    if (!target || !isLang(target)) throw new Error("The customer's language is not known, so there is nothing to translate into.");
    const config = await mayAskModel(ticket);
    if (!config) throw new Error('Translating needs a model provider (and this ticket is not in the holdout).');
    const names = knownNames(ticket);
    const { vault, messages } = translateMessages(text, target, names, redactTicket(ticket, undefined, names).vault);
    const answer = await sendChat(
      config,
      { model: config.model, messages, temperature: 0.1, max_tokens: 1500 },
      { signal: AbortSignal.timeout(MODEL_TIMEOUT_MS) },
    );
    return { text: readTranslation(answer, vault), language: target, sent: describeChat(messages, vault, config.model, TRANSLATE_LABELS) };
  };

  return { 'polish-reply': polish, 'translate-reply': translate };
}
