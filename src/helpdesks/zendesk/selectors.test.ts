// Every selector is checked against the fixtures (refined-github style): each alternative must
// match somewhere, and each selector must match in every fixture page it applies to.
import { describe, expect, it } from 'vitest';
import { FIXTURE_FILES, loadPage, selectTicketTab, type FixtureFile } from '../../../tests/fixtures/zendesk/load';
import { findTicketContainer } from './active-ticket';
import * as selectors from './selectors';
import { withId } from './selectors';

type Page = { name: string; file: FixtureFile; ticketId?: string };
const TICKET_PAGES: Page[] = [
  { name: 'two-tabs #1', file: 'two-tabs.html', ticketId: '1' },
  { name: 'two-tabs #2', file: 'two-tabs.html', ticketId: '2' },
  { name: 'long-thread', file: 'long-thread.html', ticketId: '3' },
  { name: 'long-thread-expanded', file: 'long-thread-expanded.html', ticketId: '3' },
  { name: 'arabic', file: 'arabic.html', ticketId: '4' },
  { name: 'newer-garden', file: 'newer-garden.html', ticketId: '5' },
  { name: 'older-layout', file: 'older-layout.html', ticketId: '7' },
];
const VIEWS: Page = { name: 'views-list', file: 'views-list.html' };
const all = TICKET_PAGES.map((p) => p.name);
const except = (...names: string[]) => all.filter((n) => !names.includes(n));

/** Where each selector must match: `doc` selectors in the document, the others inside the active ticket. */
const MUST_MATCH: Record<string, { pages: string[]; scope: 'doc' | 'ticket' }> = {
  selectedTab: { pages: [...all, VIEWS.name], scope: 'doc' },
  ticketContainer: { pages: all, scope: 'doc' },
  subject: { pages: all, scope: 'ticket' },
  requester: { pages: all, scope: 'ticket' },
  dropdownValue: { pages: all, scope: 'ticket' },
  fieldLabel: { pages: all, scope: 'ticket' },
  tagsField: { pages: all, scope: 'ticket' },
  tagItem: { pages: all, scope: 'ticket' },
  priority: { pages: except('older-layout'), scope: 'ticket' },
  status: { pages: all, scope: 'ticket' },
  conversationLog: { pages: all, scope: 'ticket' },
  showMoreButton: { pages: ['long-thread'], scope: 'ticket' },
  message: { pages: all, scope: 'ticket' },
  messageBubble: { pages: all, scope: 'ticket' },
  messageContent: { pages: all, scope: 'ticket' },
  agentBadge: { pages: except('two-tabs #2', 'older-layout'), scope: 'ticket' },
  messageSender: { pages: all, scope: 'ticket' },
  internalNoteTag: { pages: ['two-tabs #1', 'long-thread', 'long-thread-expanded', 'newer-garden'], scope: 'ticket' },
  internalMarker: { pages: ['two-tabs #1', 'long-thread', 'long-thread-expanded', 'newer-garden'], scope: 'ticket' },
  sideConversation: { pages: ['newer-garden'], scope: 'ticket' },
  messageTime: { pages: all, scope: 'ticket' },
  composer: { pages: all, scope: 'ticket' },
  channelSwitcher: { pages: all, scope: 'ticket' },
};

const selectorLists = Object.entries(selectors).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]));

// Parsed once per page: the checks only read.
const docs = new Map<string, Document>();
function root(page: Page, scope: 'doc' | 'ticket'): ParentNode {
  let doc = docs.get(page.name);
  if (!doc) {
    doc = loadPage(page.file);
    if (page.ticketId) selectTicketTab(doc, page.ticketId);
    docs.set(page.name, doc);
  }
  if (scope === 'doc') return doc;
  const container = findTicketContainer(doc, page.ticketId!);
  if (!container) throw new Error(`${page.name}: no active ticket container`);
  return container;
}

const matches = (r: ParentNode, alt: string, id = '') => r.querySelector(withId(alt, id)) !== null;

describe('zendesk selectors', () => {
  it('every selector says where it must match', () => {
    expect(selectorLists.map(([name]) => name).sort()).toEqual(Object.keys(MUST_MATCH).sort());
  });

  describe.each(selectorLists)('%s', (name, alternatives) => {
    const rule = MUST_MATCH[name]!;
    const pages = [...TICKET_PAGES, VIEWS].filter((p) => rule.pages.includes(p.name));

    it.each(pages.map((p) => [p.name, p] as const))('matches in %s', (_n, page) => {
      const r = root(page, rule.scope);
      expect(alternatives.some((alt) => matches(r, alt, page.ticketId))).toBe(true);
    });

    it.each(alternatives)('alternative %s matches in some fixture', (alt) => {
      const found = [...TICKET_PAGES, VIEWS].some((p) => matches(root(p, 'doc'), alt, p.ticketId));
      expect(found).toBe(true);
    });
  });

  it('the layout-changed fixture really lacks the conversation log', () => {
    const doc = loadPage('layout-changed.html');
    expect(selectors.conversationLog.some((alt) => matches(doc, alt))).toBe(false);
    expect(FIXTURE_FILES).toContain('layout-changed.html');
  });
});
