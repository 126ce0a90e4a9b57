// The agent's own reply as one chat request (the model's edits, the translation): its outbound form
// from the egress gate (normalized, redacted, capped), fenced by a per-request nonce and datamarked
// like ticket text, after one line of instruction.
import { datamark, newFence } from '../drafts/spotlight';
import { outboundText } from '../egress/outbound';
import { intlLanguageName } from '../i18n/language-names';
import { emptyVault, type RedactionVault } from '../privacy/vault';

const MAX_REPLY_CHARS = 6000;

/** A language's English name for the instruction line ("German"), from the browser's Intl data. */
export const englishName = (lang: string): string => intlLanguageName('en', lang);

/**
 * `ticketVault`: the ticket's own redactions (redactTicket). The agent's reply often repeats the
 * customer's data without the label that found it in the ticket ("your number 850312-1234"): seeded with
 * the ticket's values, the gate puts those back under their placeholders (redact.ts, knownValues).
 */
export function replyRequest(
  system: string,
  instruction: string,
  reply: string,
  names: string[],
  ticketVault: RedactionVault = emptyVault(),
) {
  const vault: RedactionVault = { placeholders: { ...ticketVault.placeholders } };
  const fence = newFence();
  const user = [
    `# Data fence for this request\nopens: ${fence.open}\ncloses: ${fence.close}`,
    instruction,
    `${fence.open}\n${datamark(outboundText(reply, vault, names, MAX_REPLY_CHARS))}\n${fence.close}`,
  ].join('\n\n');
  return {
    vault,
    messages: [
      { role: 'system' as const, content: system },
      { role: 'user' as const, content: user },
    ],
  };
}
