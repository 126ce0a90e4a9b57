// Polishing the agent's own reply, offline: which language, which words are the team's, then the
// speller. Plain and synchronous once the speller is loaded, so the CLI, the eval and the background
// run the same code.
import { detectLanguage } from '../language/detect';
import type { Ticket } from '../ticket/schema';
import { isSpellLanguage, type SpellLanguage } from './languages';
import { spellingEdits, type SpellerLike } from './speller';
import { teamWordSet } from './team-words';
import type { PolishEdit } from './types';

/** The longest reply polished; longer replies are polished up to here (a reply is rarely a tenth of it). */
export const POLISH_MAX_CHARS = 20_000;

/** The reply's own language when it shows one, else the ticket's. */
export function replyLanguage(text: string, ticket: Pick<Ticket, 'language'> | null): SpellLanguage | null {
  const detected = detectLanguage(text);
  if (detected) return isSpellLanguage(detected) ? detected : null;
  return isSpellLanguage(ticket?.language) ? ticket.language : null;
}

/** Names in the ticket (authors, requester, the email's local part), never flagged in the reply. */
export function ticketWords(ticket: Pick<Ticket, 'requester' | 'messages'> | null): string[] {
  if (!ticket) return [];
  const names = ticket.messages.map((message) => message.author.name ?? '');
  names.push(ticket.requester.name ?? '', (ticket.requester.email ?? '').split('@')[0]!.replace(/[._-]+/g, ' '));
  return names;
}

export function offlineEdits(text: string, lang: SpellLanguage, speller: SpellerLike, teamSources: Iterable<string>): PolishEdit[] {
  return spellingEdits(text.slice(0, POLISH_MAX_CHARS), speller, {
    teamWords: teamWordSet(teamSources),
    capitalizedNouns: lang === 'de',
  });
}
