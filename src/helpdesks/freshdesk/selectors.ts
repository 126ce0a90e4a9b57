// Every Freshdesk page selector, in one place. Each is a list of alternatives, tried in order; the
// comment on each says where it was seen (repositories as cited in shared/reference/helpdesk-dom.md)
// or, where no public code shows the real markup (searched: none found), that only our fixtures have it,
// so it still needs confirming on a live page. selectors.test.ts checks every alternative against the fixtures.
// Selectors may match inside the 2026 shadow roots: look them up with dom.ts, not querySelector.

/** Shadow hosts whose content we read (2026 layout; Pepperoni-mc/viewlift-userscripts, 2026). */
export const ticketDetailsHost = [
  'ticket-details', // ticket header micro-frontend, 2026
];
export const contactInfoHost = [
  'mfe-application[app-id="fw-unified-mfe--contact-info"]', // Pepperoni-mc/viewlift-userscripts, 2026
  'fw-unified-mfe--contact-info', // the same panel as a custom element, as helpdesk-dom.md names it
];

/** The ticket number of the view being shown ("101"). */
export const ticketNumber = [
  '.breadcrumb__item.active', // toggl/track-extension and clockify (Freshdesk "Mint", 2018 on); in the 2026 header's shadow root too
];

export const subjectHeading = [
  '.ticket-subject-heading', // toggl/track-extension, clockify, several userscripts (Mint layout)
];
/** Full subject in the 2026 header's shadow root (later builds; older 2026 builds truncate it). */
export const shadowSubject = [
  '[data-test-id="ticket-title"]', // a Freshdesk context-bridge extension ("Kodex"), 2025; fixture: arabic.html
];

export const tag = [
  '.ticket-tags ul li .tag-options', // helpdesk-dom.md (Freshdesk userscripts)
];
export const tagsContainer = [
  '.ticket-tags', // helpdesk-dom.md
];

export const propertiesPanel = [
  '.ticket-properties-wrapper', // helpdesk-dom.md; Pepperoni-mc/viewlift-userscripts
];
/** A property's label; its value is the field's selected item. Used when fields carry no test id. */
export const propertyLabel = [
  '.label-field', // helpdesk-dom.md; devart time-tracker integration ('.label-field' by text)
];
export const propertyValue = [
  '.ember-power-select-selected-item', // helpdesk-dom.md; Kodex context bridge
];
export const statusValue = [
  '[data-test-id="tkt-properties-status"] .ember-power-select-selected-item', // Kodex context bridge, 2025
];
export const priorityValue = [
  '[data-test-id="tkt-properties-priority"] .ember-power-select-selected-item', // Kodex context bridge, 2025
];

/** Inside the contact panel's shadow root (2026). */
export const contactName = [
  '[data-test-id="contact-name"]', // no public code shows it (Pepperoni-mc reads the panel by its text); fixtures only, and the REST requester replaces it
];
export const contactEmail = [
  'a[href^="mailto:"]', // Pepperoni-mc/viewlift-userscripts, 2026
  'p.break-all', // Pepperoni-mc/viewlift-userscripts, 2026 (email shown as plain text)
];
/** Older contact widget (light DOM). */
export const legacyContactName = [
  '[data-test-id="requester-info-contact-name"] .info-details-content', // Kodex context bridge; helpdesk-dom.md
];
export const legacyContactEmail = [
  '[data-test-id="requester-info-contact-email"] .info-details-content', // Kodex context bridge; helpdesk-dom.md
];

/** One conversation entry; the reply box shares the class and is filtered out by `replyBox`. */
export const messageItem = [
  '.ticket-details__item', // helpdesk-dom.md; paper-status userscript ('.ticket-details__item__content')
  '[data-test-id="conversation-wrapper"]', // SUMMARIZER, TRANSFER, EXTRACTOR (below): live, the same element
];
export const descriptionItem = [
  '[data-test-id="ticket-description"]', // helpdesk-dom.md (the first item)
];
export const messageBody = [
  '.ticket_note[data-note-id]', // helpdesk-dom.md (Mint layout)
  '[data-test-conversation="conversation-text"]', // helpdesk-dom.md (older layout)
];
export const messageAuthor = [
  '.conversation-header [data-test-id="user-name"]', // Kodex ('.sender-info [data-test-id="user-name"]'); header per helpdesk-dom.md
];
/** Sender line of emails sent by automations (no user link). No public code shows it; fixtures only: it never makes a message public. */
export const automationAuthor = ['.conversation-header [data-test-id="automation-label"]'];
export const messageTime = [
  '.conversation-header time[datetime]', // header per helpdesk-dom.md; the <time datetime> inside it is ours (no public code shows it)
];
// Visibility and role markers, matched against one item (see read-messages.ts for the rule). Live
// sources, found in the public code index (2025-26):
//   KCG = kcgthb/tampermonkey-userscripts, freshdesk-external-reply-color.user.js and README.md
//   SUMMARIZER = a Freshdesk "AI summary" extension's content script (index file 53606633186)
//   EXTRACTOR = a Freshdesk message-extractor extension and its test (index files 69435803588, 69534325497)
//   TRANSFER = a Freshdesk transfer-note userscript built from a Puppeteer script (index file 53313382326)
//   CHATCSS = a Freshdesk "chat-like interface" CSS snippet collection (index file 22946601931)
/**
 * The live private-note class. Not matched on its own: privateNote's class rule below covers it (a test holds it to
 * that), and its string would cost the content script bytes it does not have.
 */
export const livePrivateNote = [
  '.ticket-details__privatenote', // KCG ("the only clean signal"), SUMMARIZER, EXTRACTOR: live, on the item or on the conversation wrapper (SUMMARIZER)
];
/**
 * Any of these on an item, on an element of its own (not in the text its writer sent), or on a wrapper of that item
 * alone makes it internal, whatever else it shows (read-messages.ts, ../dom-query.ts markedItem). The page reading takes
 * any attribute naming a private note on the item, its own elements and every element around it (page15, leak19), which
 * covers these two: they are not matched on their own.
 */
export const privateNote = [
  // Broad and fail-safe, wherever the marker moves: a false match only holds text back. Not read in the message's
  // text (a customer's own class="private" there says nothing) nor on an element around other messages too.
  '[class*=private i]', // our own rule: any class naming a private note (the live .ticket-details__privatenote, our older fixtures' .private-note, a renamed modifier)
  '[data-test-id*=private i]', // our own rule: any test id naming one (the modelled label private-note-label, a test id on the item only)
];
/** The requester's own messages (KCG, CHATCSS, EXTRACTOR: live). Public unless also a private note. */
export const requesterItem = ['.ticket-details__item.ticket-details__requestor'];
/** Marker Freshdesk puts in agents' messages (EXTRACTOR: `[data-test-is-agent]`, live). */
export const agentMarker = ['[data-test-is-agent]:not([data-test-is-agent="false"])'];
/** The header's action line: "replied", "added a private note", "reported via email". */
export const messageAction = [
  '[data-test-id="conversation-status"]', // TRANSFER, EXTRACTOR: live
  '.conversation-header .conversation-action', // fixtures only (searched public code: none); after the live one above
];
export const messageHeader = [
  '.conversation-header', // helpdesk-dom.md; TRANSFER and EXTRACTOR read the status inside it
];
export const loadMore = [
  'button[data-test-button="load-more"]', // helpdesk-dom.md
];

/** The reply box (not a message). */
export const replyBox = [
  '.rich-editor', // helpdesk-dom.md
];
export const replyOpener = [
  'section#mainactionbar button[data-test-email-action="reply"]', // Pepperoni-mc/viewlift-userscripts, 2026
  '[data-test-id="ticket-action-reply"]', // helpdesk-dom.md (older layout)
];
/** The open Froala editable. */
export const composer = [
  '.fr-element.fr-view[contenteditable="true"]', // Pepperoni-mc/viewlift-userscripts; Froala's own markup
  '.fr-element[contenteditable="true"]', // Pepperoni-mc/viewlift-userscripts (fallback)
];
/** Which kind of editor the open reply box holds. No public code shows it; fixtures only (the sidebar only warns with it). */
export const noteEditor = ['.rich-editor[data-editor-type="note"]', '.rich-editor.rich-editor--note'];
export const replyEditor = ['.rich-editor[data-editor-type="reply"]', '.rich-editor.rich-editor--reply'];
