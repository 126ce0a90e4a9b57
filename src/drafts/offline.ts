// Offline drafts (issue 5 item 5): composed locally when no provider is configured or it failed, from the
// best snippet, the cue (acknowledging the customer's own words, not a canned phrase), the customer's name
// and the team's greeting and signature. Written in the customer's language when the team gave phrasing
// for it (or it is a built-in UI language), else in the agent's language.
import type { TicketCue } from '../cue/types';
import { fillPlaceholders, isTemplate } from '../knowledge/macros/placeholders';
import type { SearchHit } from '../knowledge/types';
import type { Lang } from '../language/languages';
import type { Ticket } from '../ticket/schema';
import { BUILTIN_PHRASING, emotionGroup, type OfflinePhrasing } from './offline-phrasing';
import { customerLanguage } from './prompt';
import type { DraftAnswer, ModelDraft, ModelReading } from './schema';
import { formalityFor, type DraftSettings } from './settings';

export interface OfflineInput {
  ticket: Ticket;
  snippets: SearchHit[];
  cue: TicketCue | null;
  settings: DraftSettings;
  agentLanguage: Lang;
}

function phrasingFor(settings: DraftSettings, lang: Lang): OfflinePhrasing | null {
  const team = settings.phrasing[lang];
  const builtin = BUILTIN_PHRASING[lang];
  if (!team && !builtin) return null;
  // A language with team phrasing but no built-in: only the team's words, never English filler.
  const base = builtin ?? {
    greeting: '',
    greetingNoName: '',
    closing: '',
    acknowledge: { upset: '', confused: '', worried: '' },
    noSnippet: '',
    snippetIntro: '',
  };
  return {
    ...base,
    greeting: team?.greeting ?? base.greeting,
    greetingNoName: team?.greetingNoName ?? base.greetingNoName,
    closing: team?.closing ?? base.closing,
    acknowledge: team?.acknowledge ? { upset: team.acknowledge, confused: team.acknowledge, worried: team.acknowledge } : base.acknowledge,
  };
}

/** The language offline drafts are written in, and its phrasing. */
export function offlineLanguage(input: OfflineInput): { lang: Lang; phrasing: OfflinePhrasing } {
  const customer = customerLanguage(input.ticket, input.agentLanguage);
  const own = phrasingFor(input.settings, customer);
  if (own) return { lang: customer, phrasing: own };
  return { lang: input.agentLanguage, phrasing: phrasingFor(input.settings, input.agentLanguage) ?? BUILTIN_PHRASING.en! };
}

function customerName(ticket: Ticket, formal: boolean): string | null {
  const name = ticket.requester.name?.trim() || ticket.messages.find((m) => m.role === 'customer')?.author.name?.trim();
  if (!name || name.includes('@')) return null;
  return formal ? name : name.split(/\s+/)[0]!;
}

/** The snippet's passage, cut at a sentence end near `limit` characters. */
function excerpt(text: string, limit = 600): string {
  if (text.length <= limit) return text.trim();
  const cut = text.slice(0, limit);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'));
  return (end > limit / 2 ? cut.slice(0, end + 1) : `${cut.trimEnd()}…`).trim();
}

/** A snippet's text for a draft; a macro's or canned response's placeholders filled from the ticket (locally, like the sidebar). */
function snippetText(snippet: SearchHit, ticket: Ticket): string {
  const text = snippet.passage ?? snippet.snippet;
  return isTemplate(snippet.source) ? fillPlaceholders(text, { ticket }).text : text;
}

function compose(input: OfflineInput, lang: Lang, phrasing: OfflinePhrasing, snippet: SearchHit | undefined): string {
  const formal = formalityFor(input.settings, lang) === 'formal';
  const name = customerName(input.ticket, formal);
  const parts = [name && phrasing.greeting ? phrasing.greeting.replace('{name}', name) : phrasing.greetingNoName];
  // A calm reading can still carry what to acknowledge: a repeated contact or a deadline in their words.
  const triggers = input.cue?.triggers ?? [];
  const group = input.cue
    ? (emotionGroup(input.cue.emotion) ??
      (triggers.includes('repeated-contact') ? 'upset' : triggers.includes('deadline') ? 'worried' : null))
    : null;
  const quote = input.cue?.evidence[0];
  if (group && quote) parts.push(phrasing.acknowledge[group].replace('{quote}', quote.length > 80 ? `${quote.slice(0, 80)}…` : quote));
  parts.push(
    snippet
      ? [phrasing.snippetIntro.replace('{title}', snippet.title), excerpt(snippetText(snippet, input.ticket))].filter(Boolean).join('\n')
      : phrasing.noSnippet,
  );
  parts.push([phrasing.closing, input.settings.signature].filter(Boolean).join('\n'));
  return parts.filter(Boolean).join('\n\n');
}

export function offlineDrafts(input: OfflineInput): DraftAnswer {
  const { lang, phrasing } = offlineLanguage(input);
  const [best, second] = input.snippets;
  const drafts: ModelDraft[] = [{ style: 'concise', text: compose(input, lang, phrasing, best), citations: best ? [best.id] : [] }];
  if (second) drafts.push({ style: 'thorough', text: compose(input, lang, phrasing, second), citations: [second.id] });
  const reading: ModelReading = {
    emotion: input.cue?.emotion ?? 'neutral',
    intent: input.ticket.subject ?? '',
    needsHumanTouch: input.cue?.handlePersonally ?? false,
    reason: input.cue?.handlePersonally ? input.cue.handlePersonallyReasons.join(', ') : 'offline draft from the knowledge base',
  };
  return { drafts, reading };
}
