// Deterministic checks on every draft before it is shown (issue 5 item 4). Model output is untrusted
// (OWASP LLM05); spotlighting lowers injection success, but only checks like these held against adaptive
// attackers (field notes). Each flag is shown next to its draft; nothing here rewrites the draft.
import { normalizeOutbound } from '../egress/normalize';
import type { RedactionVault } from '../privacy/vault';
import type { CheckContext } from './prompt';
import { foldLookalikes } from './lookalikes';
import { bankDetails } from './bank-details';
import { paymentLures } from './payment-lures';
import { paidAtLink } from './paid-at-link';
import { balanceMoves } from './balance-moves';
import { scamAsks } from './scam-asks';
import { secretAsks } from './secret-asks';
import { widerSecretAsks } from './secret-asks-wider';
import { refundElsewhere } from './refund-elsewhere';
import { internalNotesTold } from './internal-notes-told';
import { impersonation } from './impersonation';
import { identityPhotos } from './identity-photos';
import { setPasswords } from './set-passwords';
import { macroAttachments } from './macro-attachments';
import { companyVoices } from './company-voices';
import { agentNotes } from './agent-notes';
import { promptLeaks } from './prompt-leaks';
import { unseenContacts } from './unseen-contacts';
import { urgencyThreats } from './urgency-threats';
import { messengerContacts } from './messenger-contacts';
import { mirroredText } from './mirrored-contacts';
import { unbackedPromises } from './promises';
import { promoCodes } from './promo-codes';
import { codesPasted } from './code-pasted';
import { accountHandover } from './account-handover';
import { cryptoWallets } from './crypto-wallets';
import { modelLeftovers } from './model-leftovers';
import { plantedContacts, teamTexts, unvouchedContacts, vouchedFor, vouchedText } from './team-vouched';
import { placeholders } from './template-placeholders';
import { language } from './draft-language';
import { injectionEcho } from './injection-echo';
import { readAsContacts } from './contacts-read';
import { withoutDisownedQuotes } from './disowned-quotes';
import type { DraftFlag } from './flag-kinds';

export { FLAG_KINDS, type FlagKind, type DraftFlag } from './flag-kinds';
export { asContactsRead } from './contacts-read';
export { findLinks } from './contacts';

// Drafts are a few hundred words; a runaway answer is checked on its first 20 000 characters (linear work).
const MAX_DRAFT_CHARS = 20_000;

function badCitations(citations: string[], context: CheckContext): DraftFlag[] {
  const known = new Set(context.snippets.map((s) => s.id));
  return citations.filter((id) => !known.has(id)).map((id) => ({ kind: 'bad-citation', detail: `cites "${id}", which was not provided` }));
}

// A run of one repeated symbol or emoji (up to four code points: "👍🏽") says nothing more after eight: read as eight.
// 100 KB of one emoji cost every check a pass over 20,000 two-byte characters, natively compiled for the first one
// (bench:drafts); and a flood can no longer push what follows it past MAX_DRAFT_CHARS. Linear: each start tries
// four unit lengths.
const SYMBOL_RUN = /([^\p{L}\p{N}\s]{1,4}?)\1{8,}/gu;
const shortRuns = (text: string) => text.replace(SYMBOL_RUN, (_run, unit: string) => unit.repeat(8));
const WORD_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * All flags for one restored draft. `modelText` is the model's text before its placeholders were
 * restored (absent for text that never had any): links, addresses and numbers are judged on it. `vault`
 * is what its placeholders were restored from, to name a planted contact and see whether the team vouches for it.
 */
export function checkDraft(
  draft: { text: string; citations: string[]; modelText?: string; vault?: RedactionVault },
  context: CheckContext,
): DraftFlag[] {
  // A forwarded message the draft quotes and disowns is not its ask (disowned-quotes.ts).
  const text = withoutDisownedQuotes(shortRuns(draft.text).slice(0, MAX_DRAFT_CHARS));
  const modelText = withoutDisownedQuotes(shortRuns(draft.modelText ?? draft.text).slice(0, MAX_DRAFT_CHARS));
  // Read once as the customer sees it (normalizeOutbound): a zero-width character or fullwidth letters
  // inside "re\u200Bfund" or a host hide nothing. The placeholder and template checks read the raw text.
  const seen = normalizeOutbound(text);
  const modelSeen = normalizeOutbound(modelText);
  // A draft without a letter or a digit (a flood of one emoji) names no contact, promise or ask and is in no language:
  // the checks that read words are skipped, else the first two-byte draft compiles all their patterns anew
  // (bench:drafts). Only a comment ("<!--", "[…]: #") can hide something there.
  if (!WORD_OR_DIGIT.test(seen) && !WORD_OR_DIGIT.test(modelSeen))
    return [
      ...placeholders(text),
      ...injectionEcho(text, context),
      ...(text.includes('<!--') || text.includes(']:') ? agentNotes(text) : []),
      ...badCitations(draft.citations, context),
    ];
  const isVouched = vouchedFor(context);
  const teamText = vouchedText(context);
  return [
    // And as read back where it was written backwards (mirrored-contacts.ts).
    ...unvouchedContacts(readAsContacts(`${modelSeen}\n\n${normalizeOutbound(mirroredText(modelText))}`), context, isVouched),
    ...plantedContacts(modelSeen, draft.vault, context, isVouched),
    ...bankDetails(readAsContacts(seen), teamTexts(context)),
    ...paymentLures(readAsContacts(seen), teamText),
    ...paidAtLink(readAsContacts(seen), teamText, isVouched),
    ...balanceMoves(foldLookalikes(seen)),
    ...scamAsks(foldLookalikes(seen), teamText),
    ...secretAsks(foldLookalikes(seen)),
    ...codesPasted(foldLookalikes(seen)),
    ...accountHandover(foldLookalikes(seen)),
    ...cryptoWallets(readAsContacts(seen)),
    ...widerSecretAsks(foldLookalikes(seen)),
    ...refundElsewhere(foldLookalikes(seen), teamText),
    ...impersonation(foldLookalikes(seen), teamText),
    ...identityPhotos(foldLookalikes(seen), teamText),
    ...setPasswords(foldLookalikes(seen)),
    ...macroAttachments(foldLookalikes(seen)),
    ...companyVoices(foldLookalikes(seen), teamText),
    ...unseenContacts(foldLookalikes(seen)),
    ...urgencyThreats(foldLookalikes(seen), teamText),
    ...messengerContacts(foldLookalikes(seen), teamText),
    // Nor Cyrillic or Greek look-alikes inside a Latin word ("rеfund").
    ...unbackedPromises(foldLookalikes(seen), draft.citations, context),
    ...promoCodes(seen, draft.citations, context),
    ...placeholders(text),
    ...language(text, context),
    ...injectionEcho(text, context),
    ...agentNotes(text),
    ...promptLeaks(text, teamText),
    ...modelLeftovers(text),
    ...internalNotesTold(text),
    ...badCitations(draft.citations, context),
  ];
}
