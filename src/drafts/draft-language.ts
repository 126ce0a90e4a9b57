// The draft in another language than the customer's.
import { detectLanguage } from '../language/detect';
import type { CheckContext } from './prompt';
import type { DraftFlag } from './flag-kinds';

// A link or an address is in no language: "track.acme.example" made a short Arabic draft read as Swedish (round 12).
// Word by word (linear: a pattern with '\S*' on both sides would rescan a long run of letters from each start).
const LINK_OR_ADDRESS = /:\/\/|www\.|@|\.[a-z]{2,}\//iu;
const withoutLinks = (text: string) => text.replace(/\S+/gu, (word) => (LINK_OR_ADDRESS.test(word) ? ' ' : word));
// A customer whose language Souffleur cannot tell (Indonesian, round 14) is not held to the agent's: nothing said.
export function language(text: string, context: CheckContext): DraftFlag[] {
  if (context.customerLanguageGuessed) return [];
  const found = detectLanguage(withoutLinks(text));
  return found && found !== context.customerLanguage
    ? [{ kind: 'language', detail: `written in ${found}, the customer writes ${context.customerLanguage}` }]
    : [];
}
