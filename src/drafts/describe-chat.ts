// "What was sent" for a chat request other than drafts (the model summary, polishing the agent's reply):
// the exact messages, their sizes, and how many values of each kind were replaced by placeholders.
import type { RedactionVault } from '../privacy/vault';
import { countByType, type RequestDescription } from './prompt';

export function describeChat(
  messages: { role: string; content: string }[],
  vault: RedactionVault,
  model: string,
  labels: readonly string[],
): RequestDescription {
  const described = messages.map((m, i) => ({ role: m.role, label: labels[i] ?? m.role, content: m.content, chars: m.content.length }));
  const totalChars = described.reduce((sum, m) => sum + m.chars, 0);
  return {
    model,
    kind: 'chat',
    messages: described,
    totalChars,
    approxTokens: Math.ceil(totalChars / 4),
    // What this request replaced: a vault seeded with the ticket's values holds more than was sent.
    redacted: countByType(Object.keys(vault.placeholders).filter((token) => messages.some((m) => m.content.includes(token)))),
  };
}
