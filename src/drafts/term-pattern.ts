// One regular expression for a list of words or phrases, matched at a word start ("refund" in
// "refunded", not in "prerefund"), at a word end too for WHOLE_WORDS, and not before what
// NOT_FOLLOWED_BY names. Shared by the drafts' promise check and the summary's commitments.
import { NOT_FOLLOWED_BY, WHOLE_WORDS } from './promise-terms';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function source(term: string): string {
  const key = term.toLowerCase();
  // A term that starts with an apostrophe ("'s on us") follows a letter by design.
  const start = /^\p{L}/u.test(term) ? '(?<![\\p{L}])' : '';
  const end = WHOLE_WORDS.has(key) ? '(?![\\p{L}])' : '';
  const not = NOT_FOLLOWED_BY[key] ? `(?!${escape(NOT_FOLLOWED_BY[key])})` : '';
  return start + escape(term) + end + not;
}

/** A pattern that finds any of `terms`, case-insensitively; `g` for every occurrence. */
export const termPattern = (terms: readonly string[], flags: 'iu' | 'giu' = 'iu') =>
  new RegExp(`(?:${terms.map(source).join('|')})`, flags);
