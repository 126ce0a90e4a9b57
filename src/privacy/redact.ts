// Replaces personal data with stable placeholders before anything leaves the browser (PRODUCT.md item 6,
// OWASP LLM02). Same value → same placeholder across the whole conversation, so the model can still
// say "your e-mail ⟦EMAIL_1⟧" and restore() puts the original back locally.
import { companyOfPage } from '../knowledge/account';
import type { Ticket } from '../ticket/schema';
import { findAddresses } from './addresses';
import { findCaselessNames } from './caseless-names';
import { findCustomerNumbers } from './customer-numbers';
import { findLabelled } from './labelled';
import { findSecrets } from './secrets';
import { asciiDigits } from './digits';
import { plainForms } from './plain-forms';
import { findNames } from './known-names';
import { nameVariants, namesInText } from './names';
import { findNationalIds } from './national-ids';
import { invisibleAsBlank, withoutInvisible } from './invisible';
import { findObfuscatedEmails } from './obfuscated-email';
import { findCards, findEmails, findIbans, findIps, findPhones, type Span } from './patterns';
import { findPlates } from './plates';
import { findSpacedEmails } from './spaced-email';
import { findSpelledBirthDates } from './spelled-dates';
import { findSpelledDigits } from './spelled-digits';
import { teamAddress } from './team-addresses';
import { findUrlParams } from './url-params';
import { findUserNames } from './usernames';
import { findVins } from './vins';
import { emptyVault, neutralizePlaceholders, placeholderFor, placeholderMinter, type EntityType, type RedactionVault } from './vault';

export interface FoundEntity {
  type: EntityType;
  value: string;
  start: number;
  end: number;
}

// When detectors overlap, the more specific one wins (an IBAN contains digit runs that look like phones;
// a labelled id or date of birth is not a phone number).
export const PRIORITY: readonly EntityType[] = [
  'EMAIL',
  'SECRET',
  'IBAN',
  'CARD',
  'DOB',
  'NATIONAL_ID',
  'PASSPORT',
  'IP',
  'PHONE',
  'PLATE',
  'USERNAME',
  'ADDRESS',
  'NAME',
];
const RANK = new Map(PRIORITY.map((type, i) => [type, i]));

/**
 * Longest text one call redacts: 64 K characters (16 times the longest message the prompt sends). Past it
 * the text is cut, never sent unredacted; every detector is linear in the text's length (see
 * scripts/redact/bench.ts for 200 KB of pathological input), the cap bounds the absolute cost.
 */
export const MAX_REDACT_CHARS = 64_000;

/**
 * Every entity in `text`, non-overlapping, in text order. `names` are known names (full names); `inTag`:
 * the text is a ticket's tag, where a known name's part counts in lower case too; `company`: the team's own
 * name (the helpdesk account's), whose handle ("@acme") is kept.
 */
export function findEntities(text: string, names: string[] = [], inTag = false, company?: string): FoundEntity[] {
  // Detectors read a copy with ASCII digits, blanks, dashes and full-width forms, without invisible
  // characters; the values are cut from the text as written, invisible characters inside them included.
  const plain = plainForms(asciiDigits(text));
  const { visible, origin } = withoutInvisible(plain);
  const candidates = detect(visible, names, inTag, company).map((s) => ({ ...s, start: origin(s.start), end: origin(s.end - 1) + 1 }));
  // Dropped, an invisible character that only stood between a label and its value joins them
  // ("Tel\u200b0612345678" reads "Tel0612345678", no phone's start): a second reading takes each as a blank.
  const blanked = visible.length === plain.length ? undefined : invisibleAsBlank(plain);
  if (blanked) candidates.push(...detect(blanked, names, inTag, company));
  return resolveOverlaps(candidates).map((s) => ({ ...s, value: text.slice(s.start, s.end) }));
}

function detect(scan: string, names: string[], inTag: boolean, company: string | undefined): Span[] {
  // A name introduced in a script without capitals is looked for elsewhere in the text too.
  const caseless = findCaselessNames(scan);
  // Each name once: 200 KB of one introduction repeated gave 22,000 copies to vary (194 ms).
  const variants = nameVariants([...names, ...namesInText(scan), ...new Set(caseless.map((s) => scan.slice(s.start, s.end)))]);
  // A number that is both a card by Luhn (one in ten) and a national id by its own check and birth date
  // ("440306199207154021", a Chinese resident id) is the id.
  const ids = findNationalIds(scan);
  const idSpans = new Set(ids.map((id) => `${id.start}:${id.end}`));
  const isId = (s: Span) => idSpans.has(`${s.start}:${s.end}`);
  return [
    ...findEmails(scan).filter((s) => !teamAddress(scan.slice(s.start, s.end), company)),
    ...findObfuscatedEmails(scan),
    ...findSpacedEmails(scan),
    ...findIbans(scan),
    ...findCards(scan).filter((s) => !isId(s)),
    ...findIps(scan),
    ...findPhones(scan),
    ...findAddresses(scan, company),
    ...findLabelled(scan),
    ...ids,
    ...findSecrets(scan),
    ...findPlates(scan),
    ...findVins(scan),
    ...findCustomerNumbers(scan),
    ...findUserNames(scan, company),
    ...findUrlParams(scan),
    ...findSpelledDigits(scan),
    ...findSpelledBirthDates(scan),
    ...findNames(scan, variants, inTag),
    ...caseless,
  ];
}

/**
 * The detectors' matches without overlaps, in text order: by PRIORITY, then the longer match, then the
 * detector's order, each match is taken unless it overlaps one already taken. The characters taken
 * matches cover are marked in an array, so a match is checked against its own characters only: the cost is
 * the matches' total length (each detector's matches are disjoint, so a few times the text's length), not
 * the square of their number (64 KB of "Hauptstr 1 " is some 6,000 matches). An empty match covers
 * nothing and is dropped (no detector makes one).
 */
export function resolveOverlaps(candidates: readonly Span[]): Span[] {
  const ordered = candidates
    .filter((s) => s.end > s.start)
    .sort((a, b) => RANK.get(a.type)! - RANK.get(b.type)! || b.end - b.start - (a.end - a.start));
  const covered = new Uint8Array(ordered.reduce((max, s) => Math.max(max, s.end), 0));
  const taken: Span[] = [];
  for (const span of ordered) {
    if (coveredIn(covered, span.start, span.end)) continue;
    covered.fill(1, span.start, span.end);
    taken.push(span);
  }
  return taken.sort((a, b) => a.start - b.start);
}

// A loop, not subarray().includes(): thousands of spans (a name repeated) made as many views to collect.
function coveredIn(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i]) return true;
  return false;
}

/** Shorter values are not looked for by value (a two-letter name part would match too much). */
const MIN_KNOWN_VALUE = 3;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where the vault's values appear in `text` as written, longest first, as whole words and only where no
 * detector found anything (`taken`): a detector's larger match (the e-mail around a name, the card
 * around a code) always wins. A draft the agent sends back for a rewrite, polish or translation carries
 * the values restored, often without the label that found them ("850312-1234" without
 * "personnummer"): they go back under their own placeholders. Credentials are never restored, so a
 * draft never carries one; they are not looked for by value.
 */
function knownValues(text: string, vault: RedactionVault, taken: readonly FoundEntity[]): FoundEntity[] {
  const covered = new Uint8Array(text.length);
  for (const t of taken) covered.fill(1, t.start, t.end);
  const entries = Object.entries(vault.placeholders)
    .filter(([token, value]) => value.length >= MIN_KNOWN_VALUE && !token.startsWith('⟦SECRET_'))
    .sort(([, a], [, b]) => b.length - a.length);
  const found: FoundEntity[] = [];
  for (const [token, value] of entries) {
    const type = /^⟦([A-Z_]+)_\d+⟧$/.exec(token)?.[1] as EntityType | undefined;
    if (!type) continue;
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
      const end = at + value.length;
      const wholeWord = !WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '');
      if (!wholeWord || covered.subarray(at, end).some((c) => c)) continue;
      covered.fill(1, at, end);
      found.push({ type, value, start: at, end });
    }
  }
  return found;
}

export function redactText(input: string, vault: RedactionVault, names: string[] = [], inTag = false, company?: string): string {
  const text = neutralizePlaceholders(input.length > MAX_REDACT_CHARS ? `${input.slice(0, MAX_REDACT_CHARS)} […]` : input);
  const detected = findEntities(text, names, inTag, company);
  const known = knownValues(text, vault, detected);
  const mint = placeholderMinter(vault);
  let out = '';
  let at = 0;
  for (const entity of [...known, ...detected].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, entity.start) + mint(entity.type, entity.value);
    at = entity.end;
  }
  return out + text.slice(at);
}

/** Names the ticket itself knows: requester, authors, and those introduced in greetings and signatures. */
export function knownNames(ticket: Ticket): string[] {
  const names = [ticket.requester.name, ...ticket.messages.map((m) => m.author.name)].filter((n): n is string => !!n);
  for (const m of ticket.messages) {
    for (const text of [m.text, m.signature ?? '', m.quoted ?? '']) names.push(...namesInText(text));
  }
  return [...new Set(names)];
}

/** A copy of the ticket with personal data replaced, and the vault to restore drafts with. */
export function redactTicket(
  ticket: Ticket,
  vault: RedactionVault = emptyVault(),
  names: string[] = knownNames(ticket),
): { ticket: Ticket; vault: RedactionVault } {
  const company = companyOfPage(ticket.url);
  const redact = (text: string) => redactText(text, vault, names, false, company);
  const redactOptional = (text: string | undefined) => (text === undefined ? undefined : redact(text));
  const redacted: Ticket = {
    ...ticket,
    subject: ticket.subject === null ? null : redact(ticket.subject),
    requester: {
      name: ticket.requester.name === null ? null : placeholderFor(vault, 'NAME', ticket.requester.name),
      email: ticket.requester.email === null ? null : placeholderFor(vault, 'EMAIL', ticket.requester.email),
    },
    messages: ticket.messages.map((m) => ({
      ...m,
      author: { ...m.author, name: m.author.name === null ? null : redact(m.author.name) },
      text: redact(m.text),
      quoted: redactOptional(m.quoted),
      signature: redactOptional(m.signature),
    })),
  };
  return { ticket: redacted, vault };
}
