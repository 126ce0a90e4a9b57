// The conversation log of one ticket container → Messages. Roles come from the `type` Zendesk puts
// on each message (end-user, agent, bot); nothing is inferred from names or wording.
//
// Visibility is read fail-safe. Internal: any note marker (the "Internal note" tag, a bubble typed
// "internal", the `is-internal` class, an item from a side conversation). Public only when two Zendesk markers agree: the bubble is typed
// as a conversation participant (end-user, agent, bot) and its header is rendered (the sender, beside
// which Zendesk puts the note tag) without a note marker. The absence of the tag alone is not enough: a
// comment without an author type, or whose header did not render, is internal with a kept-back warning.
// The REST reading (`public: true`) is the authority and replaces this reading when it arrives.
import type { TicketWarning } from '../../ticket/warning';
import type { Message, Role } from '../../ticket/schema';
import { htmlWithinCaps, type PageMessage } from '../../ticket/page-ticket';
import { TicketReadError } from '../../ticket/read-error';
import { fieldText } from '../../ticket/field-text';
import { textDirection } from '../../ticket/direction';
import { keptBackWarning } from '../kept-back';
import { attributeText, elementsOutside, markedInside, ownWords, readsAs } from '../dom-query';
import {
  agentBadge,
  conversationLog,
  internalMarker,
  message,
  messageBubble,
  messageContent,
  messageSender,
  messageTime,
  queryAll,
  queryFirst,
  showMoreButton,
  sideConversation,
} from './selectors';
import { warn } from './warnings';

const ROLE_BY_TYPE: Record<string, Role> = { 'end-user': 'customer', agent: 'agent', bot: 'system', system: 'system' };
/** Bubble types of comments the requester can see, when no note marker says otherwise. */
const PUBLIC_TYPES = new Set(['end-user', 'agent', 'bot']);

// leak22, part B (b): and any class naming a note ("comment--note"; our own rule, no fixture has one, so not in
// selectors.ts): when the REST reading fails, the page's reading is final and this is all that holds it back.
const INTERNAL = [...internalMarker, '[class*=note i]'].join();
/**
 * A note's label in the comment's header (the sender's line, not the text its writer sent), in the agent's language,
 * when the tag has lost its test id and class: "Internal note", "Interne Notiz", "Intern anteckning", "Nota interna",
 * "Note privée", "Private note", "ملاحظة داخلية"; review: the stems of "internal" in ja, zh, ko, ru, uk, pl, tr, he, el, fi, hu,
 * vi, th ("社内メモ", "内部备注", "내부 메모", "Внутренняя заметка", ...), bg, hi ("Вътрешна бележка", "आंतरिक नोट"). Broad
 * and fail-safe, but not "International", "Internet" or "Privacy" (rev-page14: the label now takes attributes, and an
 * organisation in an aria-label or an attachment titled "Privacy request.pdf" held public comments back). leak19: a
 * "public" attribute saying false (data-public="false", data-is-public="false": the REST flag as the page may name it).
 * leak20: the class of a messaging ticket's note box, "zendesk-note" (live, a chat-styles userscript, index file
 * 8390090386); not "internship" (an attachment "internship-offer.pdf" held a public comment back). leak21 (modelled): a Talk
 * call's "Call recording" or "Transcript" (Zendesk adds calls as private voice comments), Persian "یادداشت داخلی", Malay
 * "Nota dalaman".
 * read23 (modelled): a lock's tooltip in de, fr, es ("Nur für Agenten sichtbar", "par les agents", "para agentes"), and
 * white space of any kind inside a phrase ("ONLY  VISIBLE", "Failed  to send").
 * read24: not "priv" in an address (a header's "CC: private.office@acme.example" held an honest reply back). Round 19
 * (modelled): ur "اندرونی نوٹ", fa "خصوصی"; in the comment's own label, a lock drawn as an emoji or an icon named "lock"
 * (not "clock", "block"), "Not visible to the requester", "Team only", "restricted". rev-read24: a lock in any class
 * token or icon name after "-", "_" or "=" ("fa fa-lock", a Material "lock_outline"), not a "scroll-lock" wrapper.
 * rev-read24: "priv" around "@" is an address's only with a domain after it (a tag "private@note" marks), and fa "خصوصی"
 * not "در خصوص" (regarding) nor "خصوصیات" (features).
 */
const NOTE_LABEL =
  /zendesk-note|intern(?!a[ctz]|et|s)|(?<!@[\w.-]{0,64}(?=[\w-]{0,63}\.\w))priv(?!ac|[\w.-]{0,64}@[\w-]{1,63}\.)|public=(?:f|0|no)|call recording|transcri|داخل|dalaman|вътреш|आंतरिक|ملاحظة|[内內社]部|社内|내부|нутр|wewn|dahili|פנימ|σωτερ|sisäi|belső|nội bộ|ภายใน|اندرون|خصوص[یي](?!ات)|\0[^\0]*(?:🔒|🔐|(?<!scroll)[=_-]lock(?![a-z])|not\s+visible|team\s+only|restrict|=(?:notes?|notiz|nota|notitie|anteckning|メモ|备注|메모|заметка) |=agents|agents? only|only\s+visible|für agent|par les agents|para agentes|hidden from|whisper|preview|draft|failed\s+to|busy=t)/i;
/**
 * A side conversation named in the comment's own words, its via line included (leak21): STYLING's live label "via side
 * conversation", which the via line's removal below would drop; a child ticket's (modelled).
 */
const SIDE_LABEL = /side.?conv|child ticket|\0[^\0]*merge/i;
/**
 * leak22: what only a note carries in its writer's words: Zendesk's merge notice (live wording, private unless the merging
 * agent let the requester see it) and a mention of an agent (modelled: a public reply's mention, a CC, is kept back too).
 * read23: its wording in de, fr, es, ja (modelled: the German "mit dieser Anfrage zusammengeführt", ...), any white space.
 */
const NOTE_TEXT =
  /merged\s+into\s+this\s+request|mit dieser anfrage zusammengef|fusionnée avec cette demande|combinó con esta solicitud|このリクエストに統合|data-mention-id|class="mention/i;
const CONTENT = messageContent.join();
/** What the comment's writer sent, inside the content: Zendesk's own markup may sit around it (leak20, modelled). */
const TEXT = '.zd-comment';
const SIDE_CONVERSATION = sideConversation.join();

export interface DomMessages {
  /** Each message's body as HTML: the background reads its text (src/helpdesks/page-text.ts). */
  messages: PageMessage[];
  warnings: TicketWarning[];
  /** `lang` the page gives the customer's messages, when they all agree. */
  language: string | null;
}

function isoTime(article: Element): string | null {
  const raw = queryFirst(article, messageTime)?.getAttribute('datetime');
  const ms = raw ? Date.parse(raw) : NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function author(article: Element): Message['author'] {
  const sender = queryFirst(article, messageSender);
  if (!sender) return { name: null };
  const name = fieldText(sender.querySelector('strong') ?? sender) || null;
  const link = sender.matches('a[href]') ? sender : sender.querySelector('a[href]');
  const id = /\/users\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
  return id ? { name, id } : { name };
}

/** The number in the "show more" button's label, e.g. "Show 54 earlier messages". */
function collapsedCount(button: Element): number | null {
  const label = `${button.getAttribute('aria-label') ?? ''} ${button.textContent ?? ''}`;
  const n = /\d+/.exec(label)?.[0];
  return n ? Number(n) : null;
}

function contentLanguage(content: Element): string | null {
  const lang = content.getAttribute('lang') ?? content.querySelector('[lang]')?.getAttribute('lang');
  return lang ? lang.split('-')[0]!.toLowerCase() : null;
}

/** Reads the rendered messages of one ticket container; throws when the log itself is gone. */
export function readDomMessages(container: Element, ticketId: string): DomMessages {
  // The ticket's log, not a side conversation's beside it (leak19: a panel with a log of its own before it, modelled).
  const log = queryAll(container, conversationLog).find((l) => !l.closest(SIDE_CONVERSATION));
  if (!log) {
    throw new TicketReadError(
      `Ticket #${ticketId}: the conversation was not found, Zendesk's page layout changed; Souffleur needs an update.`,
      'layout-changed',
    );
  }
  const warnings: TicketWarning[] = [];
  const more = queryFirst(log, showMoreButton);
  if (more) warnings.push(warn.collapsed(collapsedCount(more)));

  const messages: PageMessage[] = [];
  const htmlOf = htmlWithinCaps();
  const customerLangs = new Set<string | null>();
  let noTime = 0;
  let noType = 0;
  let noContent = 0;
  // A comment item inside a comment's text is what its writer sent (a note forwarding another ticket's page, leak19).
  const articles = queryAll(log, message).filter((a) => !a.parentElement?.closest(CONTENT));
  // A note marker on the comment, in it outside its text (../dom-query.ts), or on a wrapper around it that holds no
  // other comment, below the log: an element around several (the log, the page's layout) says nothing of one. The
  // nearest marked element around it is the one to ask: any farther one holds all it holds.
  const wrapsOthers = (article: Element, el: Element | null) =>
    !el || el.contains(log) || articles.some((other) => other !== article && el.contains(other));
  const markedNote = (article: Element, marker: string, text: string) => {
    const around = article.closest(marker);
    return (!!around && !wrapsOthers(article, around)) || markedInside(article, marker, text);
  };
  articles.forEach((article, index) => {
    const bubble = queryFirst(article, messageBubble);
    if (bubble?.getAttribute('aria-hidden') === 'true') return; // a duplicate kept for screen readers
    const type = bubble?.getAttribute('type') ?? '';
    // Without a type, Zendesk's agent badge on the avatar still says an agent wrote it (never a customer).
    // A side conversation's author (a vendor, another team) is typed like a customer and is not the customer.
    // leak20: the text's bounds are its .zd-comment when the content holds one: a note's box or tag may sit in the content
    // around it (a messaging ticket's .zendesk-note, a light UI's tag above the text); else the whole content.
    const content = queryFirst(article, messageContent);
    // rev-leak21: each of them, not the first alone (a comment Zendesk renders in parts, modelled: the rest was dropped).
    const written = content ? [...content.querySelectorAll(TEXT)].filter((el) => !el.parentElement?.closest(TEXT)) : [];
    const text = written[0] ? TEXT : CONTENT;
    const fromSideConversation = markedNote(article, SIDE_CONVERSATION, text);
    const role = fromSideConversation ? 'system' : (ROLE_BY_TYPE[type] ?? (queryFirst(article, agentBadge) ? 'agent' : undefined));
    if (!ROLE_BY_TYPE[type]) noType++;
    if (!content) noContent++;
    const createdAt = isoTime(article);
    if (!createdAt) noTime++;
    // leak21: only what its writer sent goes to the background: Zendesk renders more in the content beside it (a Talk
    // call's transcript, an AI summary or suggested reply quoting the notes, modelled), which is no part of the comment.
    const parts = content ? (written[0] ? written : [content]).map(htmlOf) : [{ html: '' }];
    const html = { ...parts[0], html: parts.some((p) => p.html == null) ? null : parts.map((p) => p.html).join('') };
    const direction = content ? textDirection(content) : undefined;
    if (role === 'customer' && content) customerLangs.add(contentLanguage(content));
    const id = article.getAttribute('data-comment-id') ?? (article.id || `dom-${index + 1}`);
    const sender = queryFirst(article, messageSender);
    // The comment's text outside what its writer sent (the header, a screen-reader span, an icon's <title>), and what
    // it says of itself to screen readers and in tooltips (its own attributes, its own wrapper's, an icon's aria-label,
    // title or alt outside its text: page14, "Internal note by Tom Becker", a lock icon labelled "Internal",
    // data-is-internal; rev-page14: an alt, a wrapper, a span), without the sender's name ("Acme International") and
    // the channel ("via Facebook Private Message").
    // leak19: every element of its own outside its text (a data-visibility between the bubble and the text), and each
    // wrapper of it alone however deep, with its text outside the comment (a row labelled "Interne Notiz" two levels up,
    // a tag rendered beside the article in the row).
    let label = `${article.textContent}`;
    for (const el of written[0] ? written : [article.querySelector(text)]) label = label.replace(`${el?.textContent}`, '');
    const own = elementsOutside(article, text);
    for (let el = article.parentElement; el && !wrapsOthers(article, el); el = el.parentElement) {
      label += `${el.textContent}`.replace(`${article.textContent}`, '');
      own.push(el);
    }
    // Not a link's or an image's address: an attachment "private_invoice.pdf", an avatar's base64 holding "priv"; but an
    // address within the page, an icon's <use href="#zd-icon-internal-note"> (leak20, modelled).
    // leak22: an element's own words whole (a note icon's <title> "Note", a badge). rev-leak22: round 17's words ("Note",
    // "preview", "draft", "merge", "only visible", ...) only in the comment's own label, each element's after a \0: what Zendesk
    // puts on the article, its header and via line, never a link's or the content's (after a \x01) (an attachment "draft-contract.docx" held a
    // public reply back); the older words read all of it, as before.
    label += '\0';
    for (const el of own) {
      // Round 19: what a web component draws in its shadow root is its own too (a tag's words there, modelled).
      if (el.shadowRoot) own.push(...el.shadowRoot.querySelectorAll('*'));
      // read23: nothing on a link to a page (a header link titled "internal wiki"), as on Freshdesk; "#" still marks.
      if (!el.closest(`${CONTENT},[href*="/"]`)) {
        for (const a of el.attributes) if (!/^(href|src)$/.test(a.name) || a.value[0] == '#') label += attributeText(a);
        // read23: an element whose children show no words is read whole (a tag's word beside its icon, "<svg/> Note").
        // rev-read24: else the words outside its children (ownWords).
        label += ownWords(el);
      }
    }
    // read23: a name only where it is a word of its own: a sender "er" no longer takes "Internal" apart. rev-read23: nor
    // a word's start or end ("Inter", "nal"): a letter on either side keeps it.
    const names = (el: Element | null | undefined) => {
      const name = `${el?.textContent}`;
      label = label.split(name).reduce((a, b) => a + (/\p{L}/u.test(a.slice(-1) + b.slice(0, 1)) ? name : '') + b);
    };
    names(sender?.querySelector('a,strong') ?? sender);
    const side = readsAs(SIDE_LABEL, label);
    names(sender?.parentElement?.querySelector('[data-test-id*=via]'));
    const marked =
      side ||
      markedNote(article, INTERNAL, text) ||
      readsAs(NOTE_LABEL, label) ||
      // rev-leak22: in its HTML (none above the caps: no text goes out), and in an agent's comment only: a customer's
      // e-mail may quote the merge notice or carry a mention element.
      (type != 'end-user' && NOTE_TEXT.test(`${html.html}`));
    const publicEvidence = PUBLIC_TYPES.has(type) && sender !== null;
    const visibility = !marked && publicEvidence ? 'public' : 'internal';
    if (!marked && !publicEvidence) warnings.push(keptBackWarning(id, 'the page'));
    messages.push({
      id,
      author: author(article),
      // Without Zendesk's type the author is unknown; "system" keeps it out of the customer's cue.
      role: role ?? 'system',
      visibility,
      createdAt,
      ...html,
      ...(direction ? { direction } : {}),
    });
  });
  if (noType) warnings.push(warn.partly(noType, 'author type (customer, agent, bot) not shown'));
  if (noContent) warnings.push(warn.partly(noContent, 'text not found'));
  if (noTime) warnings.push(warn.partly(noTime, 'time not shown'));
  if (!messages.length && !more) warnings.push(warn.notFound('messages'));
  const langs = [...customerLangs];
  return { messages, warnings, language: langs.length === 1 ? langs[0]! : null };
}
