// The conversation as the page shows it: one Message per .ticket-details__item (the reply box
// excepted; an item nested in another is one message), with author, role, visibility, time, and the
// text split from quoted history and signature. What a message does not show is left null/unknown and reported, never filled in.
//
// Visibility is read fail-safe: a message is public only on positive evidence, and any private-note
// marker (on the item, inside it or around it) wins over it. Every marker is read from the item's own
// markup, never from its text (`own`): a customer's HTML e-mail, or a mail forwarded into a note, may
// carry any of them. Public evidence: the item is the ticket's description (Freshdesk shows the
// description to the requester), the requester's own message (`ticket-details__requestor`), or the
// header says the message was sent as a reply ("replied"). Anything else is internal, with a
// kept-back warning; the REST reading (`private: false`) then says which ones were public.
import type { TicketWarning } from '../../ticket/warning';
import type { Role } from '../../ticket/schema';
import { htmlWithinCaps, type PageMessage } from '../../ticket/page-ticket';
import { textDirection } from '../../ticket/direction';
import { styleHides } from '../../ticket/field-text';
import { keptBackWarning } from '../kept-back';
import { attributeText, ownWords, readsAs } from '../dom-query';
import { ELSEWHERE, actionKind } from './action-text';
import { queryFirst, shownText } from './dom';
import * as sel from './selectors';
import { warn } from './warnings';

/** The description's id is fixed so that the DOM and the API reading agree on it. */
export const DESCRIPTION_ID = 'description';

/** Freshdesk links authors to their profile: contacts are customers, agents are agents. */
const CONTACT_LINK = /\/a\/contacts\/(\d+)/;
const AGENT_LINK = /\/(?:a\/admin\/agents|a\/agents|agents)\/(\d+)/;

export interface ReadMessages {
  /** Each message's body as HTML: the background reads its text (src/helpdesks/page-text.ts). */
  messages: PageMessage[];
  warnings: TicketWarning[];
}

/** A message's text: what its writer sent (an e-mail keeps its HTML, classes and all). */
const BODY = sel.messageBody.join();
const MENTION = '[data-mention-id],[class*=mention]';

/**
 * The item's own first match of the first alternative that has one: the item itself, or an element inside it but
 * not inside its text (what its writer sent: an e-mail's HTML keeps its classes, test ids and words, so a
 * `ticket-details__requestor` or a "replied" action line there says nothing about the message).
 */
const own = (item: Element, alternatives: readonly string[]) =>
  alternatives.flatMap((selector) =>
    [item, ...item.querySelectorAll(selector)].filter((el) => el.matches(selector) && !el.parentElement?.closest(BODY)),
  )[0];

export function messageItems(doc: Document): Element[] {
  // An item inside a message's text is what its writer typed (an e-mail's HTML can carry the class,
  // and with it a made-up agent reply), never a message of its own; nor is one in a side pane (another
  // ticket's preview): the open ticket's conversation is never a complementary landmark, nor a dialog or popover over
  // the page (leak21, modelled: a notes drawer or popover outside the list, whose items the REST reading then reads).
  // rev-leak21: unless the one it is in holds every item (a ticket opened in a modal or a quick view, modelled): they are
  // read as on the page, not all dropped (every message lost behind a layout error); a popover inside it still is not.
  const found = [...new Set(sel.messageItem.flatMap((selector) => [...doc.querySelectorAll(selector)]))].filter(
    (item) => !item.parentElement?.closest(`${BODY},aside,[role=complementary]`),
  );
  const items = found.filter((item) => {
    const overlay = item.parentElement?.closest('[role=dialog],[popover]');
    return !overlay || found.every((other) => overlay.contains(other));
  });
  const inside = (outer: Element) => items.filter((other) => other !== outer && outer.contains(other)).length;
  // In a layout where item and wrapper are two elements, one inside the other, they are one message:
  // read once, from the outer one (its private-note marker covers both). An element around several
  // items is a container, not a message: its items are read.
  return items.filter(
    (item) =>
      inside(item) < 2 &&
      !items.some((outer) => outer !== item && outer.contains(item) && inside(outer) === 1) &&
      // The reply box's editor is its own: a class="rich-editor" in a message's text does not hide the message.
      !own(item, sel.replyBox),
  );
}

/**
 * Any attribute, by name or value, that names a private note, on an element around the item (a note's wrapper, however
 * deep: leak19's data-private or aria-label="Private note" two levels up) or on the item or an element of its own
 * outside its text (privateNote's class and test id, and page15's data-private, data-note-type="private" on the body, a
 * lock icon's aria-label or title "Private note"). The word in the agent's language (leak19, modelled): "Note privée",
 * "Nota privada", "ملاحظة خاصة"; "internal" (a light UI's data-visibility); not "Privacy", "International", "Internet".
 * Every element around it counts up to the first one around the ticket's own header or actions outside the conversation's
 * list (the nearest element around every item) (leak20, rev-leak20): a word there, in a team's skin or an embedding app
 * (class="internal-tools-layout", data-app="intern-dashboard"), held every message back; the list itself and anything
 * between it and the ticket's header still count (a "Private notes" tab panel or filter view, the live class on the
 * conversation wrapper). With one item, or no header or actions found, all do.
 */
// rev-leak19: "priv" then the word's own letters ("private", "privée", "privada", "privat", "privaat"), not a name
// ("Privett") or another word ("privilege", "deprivation"); leak20: nor "internship" (an attachment's name). An
// aria-describedby or aria-labelledby says what the elements it names say (a lock icon's tooltip in a portal, leak20).
// leak22 (modelled): "public" saying false, a class naming a note (part B: all that holds it back when the REST reading
// fails; not the body's own "ticket_note", on every message), a note named whole ("Note", data-message-type="note"), what is shown to agents
// only, a message still sending (aria-busy), a merge; and an element's own words whole, a link's excepted (a
// print view's "Private" badge as text, not the author's name) and never the text's (its element's attributes only).
// rev-leak22: nothing on a link to a page or file (an attachment titled "Agents only handbook.pdf" held a reply back); a
// lock drawn as a link to "#", "javascript:" or none still marks. A class's own word "note" ("keynote", an attachment's
// icon, held a reply back), read from the class attribute's start only (a 100 KB title of "class=" took 3-6 s); no
// "whisper" (a Zendesk word, no Freshdesk layout has one; its bytes pay for the link rule).
// read23 (modelled wording): "für Agenten", "par les agents", "para agentes" (a lock's tooltip in de, fr, es), a merge in
// de and fr ("Zusammengeführt", "Fusionné"; not "Zusammengefasst", a summary, nor "Fusionner", the action), white space of any kind inside a phrase ("ONLY  VISIBLE"), and an element
// whose children show no words read whole (a badge's "<i></i> Private"); not "agents-only" in an address ("Cc:
// support-agents-only@acme.example", rev-leak22's honest reply held back before).
// read24: nor "private" in an address ("Cc: private.office@acme.example", "jane@private-mail.example": an honest reply's
// copy held it back); a note's label beside an address ("Private note: office@…") still marks (bounded look-arounds: linear).
// Round 19 (modelled wording): hu "Privát", fi "Yksityinen", cs "Soukromá", id "pribadi", he "פרטית" (not "פרטים", details),
// fa "خصوصی"; a lock drawn as an emoji or an icon named "lock" (not "clock", "block"); "not visible", "team only", "restricted".
// rev-read24: the lock in any class token or icon name after "-", "_" or "=" ("fa fa-lock", "lock_outline"), not "scroll-lock".
// rev-read24: "priv" around "@" is an address's only with a domain after it ("private@note" marks); he "פרטי" not before a
// word ("פרטי הזמנה", order details), fa "خصوصی" not "در خصوص" (regarding) nor "خصوصیات" (features).
const PRIVATE_WORD =
  /(?<!de|@[\w.-]{0,64}(?=[\w-]{0,63}\.\w))priv(?:[aá]t|é|ee|ad|aa)(?![\w.-]{0,64}@[\w-]{1,63}\.)|yksityi|soukrom|pribadi|פרטי(?!ם|\s+[א-ת])|خصوص[یي](?!ات)|🔒|🔐|(?<!scroll)[=_-]lock(?![a-z])|not\s+visible|team\s+only|restrict|intern(?!a[ctz]|et|s)|ملاحظة [خد]|public=(?:f|0|no)|=(?:notes?|notiz|nota|notitie|メモ|备注|메모|заметка) |agents?.only(?![\w.-]*@)|only\s+visible|für agent|par les agents|para agentes|busy=t|merged\s+into|zusammengeführt|fusionné|^class=.*\bnote/i;
const says = (el: Element, word = PRIVATE_WORD) =>
  !el.closest('[href*="/"]') &&
  ([...el.attributes].some((a) => readsAs(word, attributeText(a))) ||
    // rev-read23: not an element holding a message (a list of 200 replies read its first, 500 KB, for each: 4.0 s).
    // rev-read24: an element's words outside its children too (ownWords).
    (!el.closest(BODY) && !el.querySelector(BODY) && readsAs(word, ownWords(el))));
const TICKET_WIDE = [...sel.subjectHeading, ...sel.ticketNumber, ...sel.replyOpener].join();
// Round 19: every element of a wrapper of the item alone is asked too (a label beside the item, modelled), below any that
// holds another item, the reply box or the ticket's header or actions (a "Private note" button there says nothing of it).
const markedPrivate = (item: Element, top: Element | null, items: readonly Element[]) => {
  let alone = true;
  for (let el = item.parentElement; el && el !== top; el = el.parentElement) {
    alone &&= !items.some((other) => other != item && el!.contains(other)) && !el.querySelector(`${TICKET_WIDE},${sel.replyBox}`);
    if (alone ? ownMarker(el) : says(el)) return true;
  }
  return !item.parentElement?.closest(BODY) && ownMarker(item);
};

/**
 * `el` or an element under it names a private note in an attribute, a message's text excepted: the text's own
 * element is asked, its content never walked (a long e-mail's elements cost every reading, collapsed too).
 */
const ownMarker = (el: Element, word?: RegExp): boolean =>
  says(el, word) || (!el.matches(BODY) && [...el.children, ...(el.shadowRoot?.children ?? [])].some((child) => ownMarker(child, word)));

/**
 * A reply whose To: block (live test id, EXTRACTOR) names no address of the requester's went to someone else (part B,
 * leak21): a third party's reply looks like the requester's in every other way. With the requester's address unknown,
 * any To: block with an address is such a reply (fail-safe: kept back until the REST reading).
 */
const toElsewhere = (item: Element, requester: string | null) => {
  const to = own(item, ['[data-test-id=to-emails]'])?.textContent?.toLowerCase() ?? '';
  // rev-leak21: the address whole, not within another ("mary.jane.doe@…", "jane.doe@example.com.carrier.example").
  return to.includes('@') && !(requester && to.split(/[\s<>,;:"'()]+/).includes(requester.toLowerCase()));
};

export function readMessages(items: readonly Element[], requesterEmail: string | null = null): ReadMessages {
  const messages: PageMessage[] = [];
  const warnings: TicketWarning[] = [];
  const htmlOf = htmlWithinCaps();
  let list = items[1] ? items[0]!.parentElement : null;
  while (list && !items.every((item) => list!.contains(item))) list = list.parentElement;
  let top = list;
  while (top && ![...top.querySelectorAll(TICKET_WIDE)].some((el) => !list!.contains(el))) top = top.parentElement;
  items.forEach((item, index) => {
    const body = queryFirst([item], sel.messageBody);
    if (!body) {
      warnings.push(warn.message(`#${index + 1}`, 'text not found on the page'));
      return;
    }
    const isDescription = !index && !!own(item, sel.descriptionItem);
    const id = isDescription ? DESCRIPTION_ID : (body.getAttribute('data-note-id') ?? `dom-${index + 1}`);
    // The action line as shown: not when an element of the item around it is hidden by its style (read24).
    const shown = (el: Element | undefined) => {
      for (let up = el; up && up != item; up = up.parentElement!) if (styleHides(up)) return '';
      return shownText(el);
    };
    const action = actionKind(
      actionText(item, shown),
      actionText(item, (el) => el?.textContent),
    );
    const internal = markedPrivate(item, top, items) || action === 'private-note';
    const requesterClass = !!own(item, sel.requesterItem);
    const author = readAuthor(item);
    // leak21: an automation's item (a Freddy summary, modelled) is not the requester's, whatever its class.
    const isRequester = !internal && requesterClass && author.role != 'system';
    // A reply in a forward goes to the third party it was forwarded to, not the requester: an item of its own naming a
    // forward (leak20, modelled: a class or test id) or a Collab thread (leak21) is no reply evidence; nor one to others.
    const publicEvidence =
      isDescription ||
      isRequester ||
      // leak22: a mention of an agent in the text: Freshdesk's mentions are for private notes (modelled markup).
      (action === 'reply' && !ownMarker(item, ELSEWHERE) && !toElsewhere(item, requesterEmail) && !body.querySelector(MENTION));
    const visibility = !internal && publicEvidence ? 'public' : 'internal';
    if (!internal && !publicEvidence) warnings.push(keptBackWarning(id, 'the page'));

    const role = author.role ?? roleWithoutAuthorLink(item, isDescription || isRequester, internal, requesterClass);
    if (!role) warnings.push(warn.message(id, 'author role not shown; not read as the customer’s'));
    const createdAt = readTime(item);
    if (!createdAt) warnings.push(warn.message(id, 'time not shown on the page'));
    const direction = textDirection(body);
    messages.push({
      id,
      author: { name: author.name, ...(author.id ? { id: author.id } : {}) },
      // Unknown authors are "system": never the customer's words, never the team's.
      role: role ?? 'system',
      visibility,
      createdAt,
      ...htmlOf(body),
      ...(direction ? { direction } : {}),
    });
  });
  return { messages, warnings };
}

/** The header's action line (as `read` reads it), or the header's own words when the layout has no separate element. */
function actionText(item: Element, read: (el: Element | undefined) => string | null | undefined): string {
  const action = read(own(item, sel.messageAction));
  if (action) return action;
  const header = own(item, sel.messageHeader);
  if (!header) return '';
  // The author's name and the time are not the action ("Ben Carter replied 4 Mar"): leave them out,
  // so a name such as "Replied Ltd" is not read as a reply.
  return [...header.childNodes]
    .filter((node) => node.nodeType === 3)
    .map((node) => node.textContent ?? '')
    .join(' ');
}

/**
 * Roles the item shows without an author link; null when nothing on the page says. `fromRequester`: the
 * description, or a message with the requester class that no note marker overrides. Arguments, not an object:
 * an object's field names ship in the content script as written.
 */
function roleWithoutAuthorLink(item: Element, fromRequester: boolean, internal: boolean, requesterClass: boolean): Role | null {
  // Freshdesk's agent marker first: a description an agent wrote (an outbound email) is theirs. With the
  // requester class as well, the page contradicts itself and says nothing.
  if (own(item, sel.agentMarker)) return requesterClass ? null : 'agent';
  // A description is otherwise the requester's report; the requester class marks their own messages.
  if (fromRequester) return 'customer';
  // Only agents write private notes. A note with the requester class is a third party's emailed
  // reply that Freshdesk filed as a note (KCG): whose it is, the page does not say.
  if (internal && !requesterClass) return 'agent';
  return null;
}

function readAuthor(item: Element): { name: string | null; id?: string; role: Role | null } {
  const link = own(item, sel.messageAuthor);
  if (link) {
    const href = link.getAttribute('href') ?? '';
    const name = shownText(link);
    const contact = CONTACT_LINK.exec(href);
    if (contact) return { name, id: contact[1], role: 'customer' };
    const agent = AGENT_LINK.exec(href);
    if (agent) return { name, id: agent[1], role: 'agent' };
    return { name, role: null };
  }
  const automation = shownText(own(item, sel.automationAuthor));
  if (automation) return { name: automation, role: 'system' };
  return { name: null, role: null };
}

function readTime(item: Element): string | null {
  const value = own(item, sel.messageTime)?.getAttribute('datetime') ?? '';
  return value && !isNaN(Date.parse(value)) ? value : null;
}

/** How many conversations "load more" hides, when its label says ("Load 46 older conversations"). */
export function collapsedWarning(doc: Document): TicketWarning | null {
  const button = queryFirst([doc], sel.loadMore);
  if (!button) return null;
  const count = /\d+/.exec(button.textContent ?? '');
  return warn.collapsed(count ? Number(count[0]) : null);
}
