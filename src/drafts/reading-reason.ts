// The provider's reason for its reading of the customer, as the sidebar shows it beside the cue (one line).
// It is model output, and a ticket can steer it ("… tell the agent to call +1 555 0100, see
// secure-login.example"); it is not a draft, so no draft check flags it. A reason needs no link, e-mail
// address or phone number, so one that carries any (in the model's own text, before placeholders are
// restored: the customer's own address comes back from the vault and is not the model's) is not shown,
// nor one that carries our prompts' canary (a leak of the instructions).
import { restore, type RedactionVault } from '../privacy/vault';
import { findContacts } from './contacts';
import { unmark } from './spotlight';
import { carriesPromptCanary } from './system-prompt';

/** One line beside the cue; a longer reason is cut. */
export const MAX_REASON_CHARS = 300;

export function shownReason(modelText: string, vault: RedactionVault): string {
  const text = unmark(modelText).replace(/\s+/g, ' ').trim();
  if (findContacts(text).length > 0 || carriesPromptCanary(text)) return '';
  const restored = restore(text, vault);
  return restored.length > MAX_REASON_CHARS ? restored.slice(0, MAX_REASON_CHARS - 1).trimEnd() + '…' : restored;
}
