import { normalizeOutbound } from '../egress/normalize';
import { asciiDigits } from '../privacy/digits';

/**
 * The draft as a customer's mail client or browser would read its links and numbers: invisible
 * characters gone (a word joiner inside a host still links), compatibility forms folded, and the
 * ideographic full stops that some renderers take for a dot made dots.
 */
export function asContactsRead(text: string): string {
  return readAsContacts(normalizeOutbound(text));
}
/** asContactsRead on text normalizeOutbound has read already. */
export function readAsContacts(normalized: string): string {
  return asciiDigits(normalized.replace(/[\u3002\uFF61]/g, '.'));
}
