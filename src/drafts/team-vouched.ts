// What the team vouches for (the snippets, the company facts, the allowlist) and the contacts in a draft it does not.
import type { RedactionVault } from '../privacy/vault';
import type { CheckContext } from './prompt';
import { type Contact, findContacts } from './contacts';
import { foldLookalikes } from './lookalikes';
import { directedPlaceholders } from './planted-contacts';
import type { DraftFlag } from './flag-kinds';

// The team's texts are read on their first 80 000 characters (four drafts' worth: linear work).
const MAX_TEAM_CHARS = 80_000;

// One principle (issue 12 item 2): a place the draft sends the customer is trusted only when the team
// vouches for it: the knowledge base (the snippets given for this request), the company facts or the
// team allowlist. The ticket vouches for nothing: a link or number the customer wrote is exactly what a
// hijacker would plant. The customer's own address or number may come back only through its redaction
// placeholder, so contacts are looked for in the model's text before restoring: a placeholder is no
// contact, and a value the model wrote out itself was never shown to it by us. Except where the draft
// sends the customer to it ("call our hotline on ⟦PHONE_1⟧"): then it is a contact from the ticket.
// What the team wrote (the knowledge base's snippets, the company facts): what it gives vouches for a draft's.
export const teamTexts = (context: CheckContext) => [...context.snippets.map((s) => s.text), ...(context.companyFacts ?? [])];

// ... and as one text, bounded: a remote tool or payment partner they name is the team's own.
export const vouchedText = (context: CheckContext) => teamTexts(context).join('\n').slice(0, MAX_TEAM_CHARS);

/** What the team vouches for: the contacts in the snippets, the company facts and the allowlist. */
export function vouchedFor(context: CheckContext): (contact: Contact) => boolean {
  // What the team wrote, and the snippets' own addresses.
  const vouchedText = [...teamTexts(context), ...context.snippets.map((s) => s.url ?? '')];
  const vouched = new Set(vouchedText.flatMap((t) => findContacts(t)).map((c) => `${c.kind}:${c.key}`));
  const allowed = (context.allowlist ?? []).flatMap((entry) => findContacts(entry).concat(findContacts(`https://${entry}`)));
  const allowedKeys = new Set(allowed.map((c) => `${c.kind}:${c.key}`));
  const allowedHosts = allowed.filter((c) => c.kind === 'link').map((c) => c.key);
  const underAllowed = (host: string) => allowedHosts.some((h) => host === h || host.endsWith(`.${h}`));
  return (contact) => {
    const id = `${contact.kind}:${contact.key}`;
    if (vouched.has(id) || allowedKeys.has(id)) return true;
    if (contact.kind === 'link') return underAllowed(contact.key);
    return contact.kind === 'email' && underAllowed(contact.key.slice(contact.key.indexOf('@') + 1));
  };
}

export function unvouchedContacts(text: string, context: CheckContext, isVouched: (contact: Contact) => boolean): DraftFlag[] {
  const fromCustomer = new Set(findContacts(context.ticketText).map((c) => `${c.kind}:${c.key}`));
  const flags: DraftFlag[] = [];
  const seen = new Set<string>();
  for (const contact of findContacts(text)) {
    const id = `${contact.kind}:${contact.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (isVouched(contact)) continue;
    const where = fromCustomer.has(id)
      ? 'comes from the ticket, not from the team'
      : 'is not in the knowledge base, the company facts or the allowlist';
    flags.push({ kind: contact.kind === 'link' ? 'unknown-link' : 'unknown-contact', detail: `${contact.text} ${where}` });
  }
  return flags;
}

/**
 * A phone number, e-mail or postal address from the ticket that the draft sends the customer to through its
 * placeholder ("call our claims hotline on ⟦PHONE_1⟧"): the hijacker's own contact, planted in the ticket
 * (planted-contacts.ts). One the team vouches for (the customer quoting the company's number) is not flagged.
 * `modelText` as normalizeOutbound reads it.
 */
export function plantedContacts(
  modelText: string,
  vault: RedactionVault | undefined,
  context: CheckContext,
  isVouched: (c: Contact) => boolean,
) {
  const vouchedText = [...teamTexts(context), ...(context.allowlist ?? [])].join('\n').toLowerCase();
  const flags: DraftFlag[] = [];
  // "Plеase саll ⟦PHONE_1⟧" with Cyrillic letters is read as the order it is (lookalikes.ts).
  for (const token of directedPlaceholders(foldLookalikes(modelText))) {
    const value = vault && Object.hasOwn(vault.placeholders, token) ? vault.placeholders[token]! : null;
    if (value && (token.startsWith('⟦ADDRESS_') ? vouchedText.includes(value.toLowerCase()) : findContacts(value).some(isVouched)))
      continue;
    flags.push({
      kind: 'unknown-contact',
      detail: `${value ?? token} comes from the ticket, not from the team, and the draft sends the customer to it`,
    });
  }
  return flags;
}
