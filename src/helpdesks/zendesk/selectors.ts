// Every Zendesk Agent Workspace selector Souffleur relies on, in one place. Zendesk does not publish
// its DOM; each alternative cites the public code it was seen in (see helpdesk-dom.md) and is checked
// against the fixtures in tests/fixtures/zendesk by selectors.test.ts. `{id}` stands for a ticket id.
// Sources: ALT = joaoaguiar264/Automacoes-ALT (2025), LIFERAY = holatuwol/liferay-zendesk-userscript,
// TOGGL = toggl/track-extension (2021), THEMES = LauraSWP/ZD-Messaging-Themes (article, sender, via);
// TABLE = the field table of helpdesk-dom.md, compiled from public userscripts without per-row sources.

/** The selected tab in the header tab bar; a ticket tab carries its id in data-entity-id. */
export const selectedTab = [
  '[data-test-id="header-tab"][data-entity-is-selected="true"]', // ALT, current header tab bar
  '[data-test-id="header-tab"][aria-current="page"]', // ALT, same element, accessibility marker
  'header div[data-selected="true"]', // TOGGL 2021, older header: no entity id, trust the URL
];

/** One ticket's workspace; Zendesk keeps inactive tickets' workspaces in the DOM. */
export const ticketContainer = [
  '[data-test-id="ticket-{id}-standard-layout"]', // ALT, carries data-is-active
  '[data-ticket-id="{id}"]', // ALT, LIFERAY; the older layout's only marker
  'div[data-side-conversations-anchor-id="{id}"]', // ALT, wrapper around the layout
];

export const subject = [
  'input[data-test-id="omni-header-subject"]', // TABLE, current omni header (read .value)
  'input[data-test-id="ticket-pane-subject"]', // TABLE, older ticket pane
  'input[aria-label="Subject"]', // TABLE, label fallback (English UI only)
];

export const requester = [
  '[data-test-id="ticket-system-field-requester-select"]', // TABLE
];

/** Inside a Garden dropdown field: the selected value, without the field's label. */
export const dropdownValue = [
  '[data-garden-id="dropdowns.combobox.value"]', // TABLE (priority row), Garden combobox
];

/** A field's own label, left out when the field's text is read as its value. */
export const fieldLabel = [
  'label', // Garden fields render their label as <label> (dropdowns.label, dropdowns.combobox.label)
];

export const tagsField = [
  '[data-test-id="ticket-fields-tags"]', // TABLE
];

/** One tag inside tagsField; its remove button is not text (fieldText skips buttons). */
export const tagItem = [
  '.garden-tag-item', // TABLE
  '[data-garden-id="tags.tag_view"]', // Garden's tag component, the element .garden-tag-item sits on
];

export const priority = [
  '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]', // TABLE
];

export const status = [
  '[data-cy-test-id="status-badge-state"]', // TABLE, status badge in the omni header
];

export const conversationLog = [
  '[data-test-id="omni-log-container"]', // TABLE; scoped under [data-ticket-id] in userscripts
];

export const showMoreButton = [
  'button[data-test-id="convolog-show-more-button"]', // TABLE, long threads collapse older comments
];

export const message = [
  'article[data-test-id="omni-log-comment-item"]', // TABLE, THEMES
];

/** Carries the author type in its `type` attribute: end-user, agent or bot. */
export const messageBubble = [
  '[data-test-id="omni-log-item-message"]', // TABLE, THEMES
];

/** Zendesk's badge on an agent's avatar (THEMES; METER: "set on all agent replies"). */
export const agentBadge = ['svg[data-test-id="omni-log-avatar-badge-AgentBadge"]'];

export const messageContent = [
  '[data-test-id="omni-log-message-content"]', // TABLE
];

export const messageSender = [
  '[data-test-id="omni-log-item-sender"]', // TABLE, THEMES (name in `a strong`)
  '[data-test-id="omni-log-comment-user-link"]', // TABLE, the user link itself (older log)
];

export const internalNoteTag = [
  '[data-test-id="omni-log-internal-note-tag"]', // TABLE
];

/**
 * A log item that says it came from elsewhere (STYLING: see internalMarker below; its label reads "via
 * side conversation" in English). The label is not read: other UI languages word it differently, and a
 * side conversation's reply is typed like the customer's. Any item so marked is kept back, and the REST
 * reading, which knows what is public, decides; until then nothing of it leaves.
 */
export const sideConversation = [
  '[data-test-id="omni-log-item-originated-from"]', // STYLING (live, with the English label "via side conversation")
  // Broad and fail-safe (page15), our own rule: any test id or class naming a side conversation, on the item, its
  // bubble or a wrapper of it alone (no public code shows one; the fixture's side conversation bubble has the class).
  '[data-test-id*=side-conv i],[class*=side-conv i]',
];

/**
 * Any of these in a comment makes it internal (read-messages.ts has the whole rule). Sources in the
 * public code index: TRANSCRIPT = two Zendesk transcript scripts that treat a bubble typed "internal"
 * as a note (index files 61431380336, 61465586923); METER = a Zendesk "frustration meter" extension
 * that checks `.is-internal` on the comment (index file 52454386146); STYLING = a Zendesk styling
 * extension that classes a log item whose origin says "via side conversation" before it reads the
 * bubble's type (index file 61566594905): a side conversation (the team and a vendor, another team)
 * is in the log, typed like a customer's message, and is not the customer's conversation.
 */
export const internalMarker = [
  ...internalNoteTag,
  '[data-test-id="omni-log-item-message"][type="internal"]', // TRANSCRIPT
  '.is-internal', // METER; our fixtures put it on the note's bubble
  ...sideConversation,
  // Broad and fail-safe, wherever the marker moves: a false match (a customer's own class too) only holds text back.
  '[class*=internal i]', // our own rule: any class naming a note internal (on the log item around the comment, a renamed modifier)
  '[data-test-id*=internal i]', // our own rule: any test id naming one (a renamed note tag)
  '[data-test-id*=note i]', // our own rule (page12): any test id naming a note (a note's icon, a tag renamed without "internal")
];

export const messageTime = [
  'time[data-test-id="timestamp-relative"][datetime]', // TABLE, ISO time in datetime
  'time[datetime]', // fallback for logs without test ids (older layout)
];

export const composer = [
  '[data-test-id="omnicomposer-rich-text-ckeditor"]', // TABLE, CKEditor 5 editable
  '[data-test-id="omnicomposer-plain-text-ckeditor"]', // TABLE, plain-text variant
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]', // TABLE, editable by role
  '.zendesk-editor--rich-text-container [contenteditable="true"][role="textbox"]', // a public userscript's class fallback (2025)
];

/** Button that names the composer's channel: "Public reply" or "Internal note". */
export const channelSwitcher = [
  'button[data-test-id="omnichannel-channel-switcher-button"]', // TABLE
];

// One implementation of the lookups for both adapters (../dom-query.ts).
export { queryAll, queryFirst, withId } from '../dom-query';
