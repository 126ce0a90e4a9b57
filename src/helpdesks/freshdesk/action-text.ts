// What the header's action line ("Jane replied", "Sam added a private note") says about a message, in
// the languages whose wording we know. A private-note phrase makes a message internal; a reply phrase
// is positive evidence of a public message (read-messages.ts). Sources: English "added a private note"
// and "replied" are live (helpdesk-dom.md; TRANSFER and EXTRACTOR in selectors.ts); Dutch "privénotitie"
// and "geantwoord" are live (EXTRACTOR). The other languages are modelled translations of Freshdesk's
// UI, to be checked on a live page: a wrong one only keeps a public message back, except a reply
// phrase, so those are kept to languages our fixtures and live code show.

import { readsAs } from '../dom-query';

/**
 * In the action line: internal. Generous on purpose; a false match only holds text back. One pattern, not one per
 * language: en "private note" (live); nl "privénotitie", "privé-notitie", "privé notitie" (live); de any "Notiz" (a compound "Privatnotiz" too: review; private,
 * privaten, interne: page12; a public note is held back too, until the REST reading), sv "privat/privata anteckning", ar "ملاحظة خاصة/داخلية", fr "note privée", es and pt "nota privada/interna",
 * it "nota privata", tr "özel (bir) not", ja "プライベートメモ" (modelled; leak20: round 14's two left); leak21 (modelled): ru
 * "приватную заметку", zh "私人备注"/"私密备注", ko "비공개 메모", pl "notatka prywatna".
 */
const PRIVATE_NOTE =
  /\bprivate note\b|privé[- ]?notitie|notiz|privata? anteckning|ملاحظة (?:خاصة|داخلية)|note privée|nota (?:privad|privat|intern)a|özel (?:bir )?not|プライベートメモ|приватн|私[人密]|비공개|prywatn/i;

/**
 * The message was sent to the requester (public), unless a private-note marker says otherwise: en "replied" (live),
 * nl "geantwoord" (live), de "hat geantwortet" (modelled, german.html).
 */
const REPLIED = /\b(?:replied|geantwoord|hat geantwortet)\b/i;
/**
 * A reply that did not go to the requester (leak21, modelled wording): a reply to a forward ("replied to forward", "to a
 * forwarded email") goes to the third party, one in Collab to colleagues (not a "Collaborate" button). Words on the item itself: read-messages.ts.
 */
export const ELSEWHERE = /forward|weitergeleit|doorgestuurd|collab(?!orat)/i;
// Not reply evidence, though seen: "sent an email" (modelled, our shadow-2026 fixture) and "E-mail
// verzonden" (live, EXTRACTOR's test). EXTRACTOR files that wording under its own "email" channel, apart
// from replies: an email an agent or automation sent may go to someone other than the requester (a
// forward, a third party). Such a message is kept back until the REST reading says `private: false`.

export type ActionKind = 'private-note' | 'reply' | 'unknown';

/**
 * `shown`: the action line as the agent sees it; `raw`: all its text, hidden parts too (read24). A private note or a
 * forward is read in all of it, as seen (look-alike letters, invisible characters); a reply only in what is shown.
 */
export function actionKind(shown: string, raw: string): ActionKind {
  if (readsAs(PRIVATE_NOTE, raw)) return 'private-note';
  if (REPLIED.test(shown) && !ELSEWHERE.test(raw)) return 'reply';
  return 'unknown';
}
