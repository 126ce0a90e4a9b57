// What of a ticket may leave the browser, in the form it leaves in (PRODUCT.md "What may leave the
// browser"). Every request built from a ticket — drafts, draft tools, the knowledge query's embedding —
// takes its ticket text from here, so the rules live in one place:
//   1. only public messages (a message whose visibility could not be established is read as internal
//      by the adapters, so it never gets here), and only from the customer or an agent;
//   2. only the fields that may leave: subject, tags, status, priority, language, and per message its
//      role, author name, time and text (never quoted history, signatures, ids, the URL or the e-mail);
//   3. normalized (./normalize.ts), then redacted, and only then cut to size, so a cut can never leave
//      half an e-mail address or IBAN behind unrecognised.
import { companyOfPage } from '../knowledge/account';
import { findEntities, knownNames, redactText } from '../privacy/redact';
import { emptyVault, placeholderFor, type RedactionVault } from '../privacy/vault';
import { publicMessages } from '../ticket/public-messages';
import type { Ticket } from '../ticket/schema';
import { isFinalReading } from '../ticket/warning';
import { hasInvisible, normalizeOutbound } from './normalize';

/** The latest messages a request carries; older ones rarely change the reply. */
export const MAX_MESSAGES = 12;
/** Per message sent: a long e-mail's first ~600 words, where the request is. */
export const MAX_MESSAGE_CHARS = 4000;
const MAX_SUBJECT_CHARS = 300;
const MAX_TAGS = 20;
const MAX_TAG_CHARS = 50;
/** A quoted phrase (the cue's evidence). */
const MAX_PHRASE_CHARS = 300;

export interface OutboundMessage {
  role: 'customer' | 'agent';
  author: string | null;
  createdAt: string | null;
  text: string;
}

/** The ticket as it may leave: redacted (placeholders such as ⟦NAME_1⟧), normalized and capped. */
export interface OutboundTicket {
  subject: string | null;
  /** The requester's name as a placeholder, never the name. */
  requester: string | null;
  status: string | null;
  priority: string | null;
  tags: string[];
  language: string | null;
  messages: OutboundMessage[];
}

export { publicMessages };

/**
 * Whether anything of this reading may leave: only a settled one (the REST reading, or the page's once the API
 * failed and said so). The page's reading before that may show a note the way it shows a reply, and a request made
 * on it cannot be taken back by the corrected reading. Every background path that sends a ticket asks this first.
 */
export const mayLeave = (ticket: Pick<Ticket, 'source' | 'warnings'>): boolean => isFinalReading(ticket);
/** What a path that refused a provisional reading tells the agent. */
export const STILL_READING = 'The ticket is still being read; try again in a moment.';

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
/** Cuts redacted text without leaving half a placeholder ("⟦EMAI") at the end. */
const cutWhole = (text: string, max: number) => cut(text, max).replace(/⟦[^⟧]*$/, '');
/** Longer than any value redaction finds (an IBAN with separators, an address, a long e-mail). */
const ENTITY_MARGIN = 256;

/**
 * One untrusted text as it may leave: normalized, placeholder-shaped text the writer typed folded (only
 * the redactor mints ⟦…⟧, so a customer cannot forge a token that restores data from elsewhere in the
 * ticket into a draft), redacted, and only then cut to `max`. The work is bounded: a text far longer than
 * `max` is first cut to `max * 4` plus a margin, and after normalizing the margin is dropped, so a value
 * that first cut split (an IBAN, an e-mail) never reaches the redactor, or the request, in part.
 * `names`: known names, as they were read (normalized here like the text). `inTag`: the text is a tag
 * ("vip_whitfield"), where a known name's part counts in lower case too. `company`: the helpdesk account's
 * name, whose handle ("@acme") stays.
 */
export function outboundText(
  text: string,
  vault: RedactionVault,
  names: string[],
  max = MAX_PHRASE_CHARS,
  inTag = false,
  company?: string,
): string {
  const read = max * 4 + ENTITY_MARGIN;
  const preCut = text.length > read;
  let normalized = normalizeOutbound(preCut ? text.slice(0, read) : text);
  if (preCut) normalized = normalized.slice(0, Math.max(0, normalized.length - ENTITY_MARGIN));
  const folded = normalized
    .replace(/⟦/g, '[')
    .replace(/⟧/g, ']')
    // "[EMAIL_1]" or "[[NAME 2]]" typed by the writer: restore() would read a model's echo of it as ours.
    .replace(/(\[\[?\s*[A-Z]{2,12})[_ ](\d{1,4})/g, '$1-$2');
  const redacted = redactText(folded, vault, names.map(normalizeOutbound), inTag, company);
  return cutWhole(redactGluedValues(redacted, preCut ? text.slice(0, read) : text, vault, names, inTag, company), max);
}

/** Shorter values are too likely to stand inside an ordinary word once glued. */
const MIN_GLUED_VALUE = 5;

/**
 * An invisible character can be all that stands between a label and its value ("Tel\u200b0612345678",
 * "IBAN\u200bDE89…"): normalizing removes it, and the glued "Tel0612345678" no longer reads as a phone.
 * The redactor reads the text as written with its invisible characters as blanks too, so the values it
 * finds there are redacted wherever they stand in the normalized text, inside a word or not.
 */
function redactGluedValues(
  redacted: string,
  written: string,
  vault: RedactionVault,
  names: string[],
  inTag: boolean,
  company: string | undefined,
): string {
  if (!hasInvisible(written)) return redacted;
  let out = redacted;
  for (const entity of findEntities(written, names, inTag, company)) {
    const value = normalizeOutbound(entity.value).trim();
    if (value.length < MIN_GLUED_VALUE || !out.includes(value)) continue;
    out = out.split(value).join(placeholderFor(vault, entity.type, value));
  }
  return out;
}

/** A person's name as it may leave: only ever as its placeholder. */
const nameToken = (vault: RedactionVault, name: string | null) =>
  name === null || !name.trim() ? null : placeholderFor(vault, 'NAME', normalizeOutbound(name).trim());

/**
 * `vault` collects the placeholders (restored locally in the drafts). Names are learnt from the whole
 * ticket, internal notes included: they only decide what is replaced, they never leave themselves.
 */
export function outboundTicket(ticket: Ticket, vault: RedactionVault = emptyVault(), names: string[] = knownNames(ticket)): OutboundTicket {
  const company = companyOfPage(ticket.url);
  const short = (text: string | null, max: number) => (text === null ? null : outboundText(text, vault, names, max, false, company));
  return {
    subject: short(ticket.subject, MAX_SUBJECT_CHARS),
    requester: nameToken(vault, ticket.requester.name),
    status: short(ticket.status, MAX_TAG_CHARS),
    priority: short(ticket.priority, MAX_TAG_CHARS),
    tags: ticket.tags.slice(0, MAX_TAGS).map((tag) => outboundText(tag, vault, names, MAX_TAG_CHARS, true, company)),
    language: ticket.language,
    messages: publicMessages(ticket)
      .slice(-MAX_MESSAGES)
      .map((m) => ({
        role: m.role === 'customer' ? 'customer' : 'agent',
        // Authors are people (customers, agents): their names leave only as placeholders.
        author: nameToken(vault, m.author.name),
        createdAt: m.createdAt === null ? null : normalizeOutbound(m.createdAt).slice(0, 40),
        text: outboundText(m.text, vault, names, MAX_MESSAGE_CHARS, false, company),
      })),
  };
}
