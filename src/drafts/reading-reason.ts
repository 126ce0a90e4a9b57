// The provider's reason for its reading of the customer, as the sidebar shows it beside the cue (one line).
// It is model output, and a ticket can steer it ("… tell the agent to call +1 555 0100, see
// secure-login.example"); it is not a draft, so no draft check flags it. A reason needs no link, e-mail
// address, phone number or account, so one that carries any is not shown: written by the model, brought
// back from the vault (the ticket's own values are the attacker's when the customer is one: "call
// ⟦PHONE_1⟧"), read as the draft checks read contacts (invisible characters, other scripts' digits), or defanged ("secure-login[.]example"). Nor is one that carries our prompts' canary.
import { placeholdersIn, restore, type RedactionVault } from '../privacy/vault';
import { asContactsRead } from './checks';
import { findContacts } from './contacts';
import { unmark } from './spotlight';
import { carriesPromptCanary } from './system-prompt';

/** One line beside the cue; a longer reason is cut. */
export const MAX_REASON_CHARS = 300;

/** Whether `text` would have a value but a name put back: ⟦PHONE_1⟧, ⟦EMAIL_2⟧, ⟦IBAN_1⟧, … */
const restoresNotAName = (text: string) => placeholdersIn(text).some((token) => !token.startsWith('⟦NAME_'));
const DEFANGED = /\[\.\]|\(\.\)|\{\.\}|[[({](?:dot|at)[\])}]|\s(?:dot|punkt|punt)\s+\p{L}{2,}/iu;

export function shownReason(modelText: string, vault: RedactionVault): string {
  const text = unmark(modelText).replace(/\s+/g, ' ').trim();
  if (restoresNotAName(text) || DEFANGED.test(text) || carriesPromptCanary(text) || findContacts(asContactsRead(text)).length > 0)
    return '';
  const restored = restore(text, vault);
  return restored.length > MAX_REASON_CHARS ? restored.slice(0, MAX_REASON_CHARS - 1).trimEnd() + '…' : restored;
}
