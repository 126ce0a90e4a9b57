// Every selector alternative must match in at least one fixture (dead alternatives are noise), and
// every selector must match in each fixture where that part of the page exists.
import { describe, expect, it } from 'vitest';
import { pageRoots } from './dom';
import * as sel from './selectors';
import { ERROR_FIXTURES, PAGE_FIXTURES, loadPage, type FixtureName } from './test-support';

const ALL = Object.keys(PAGE_FIXTURES) as FixtureName[];
const TICKETS = ALL.filter((name) => !ERROR_FIXTURES.includes(name));
const except = (...names: FixtureName[]) => TICKETS.filter((name) => !names.includes(name));
const SHADOW_LAYOUT: FixtureName[] = ['shadow2026', 'arabic'];
const OPEN_EDITOR: FixtureName[] = ['noteOpen', 'replyOpen'];
// Saved pages lose declarative shadow roots (the browser consumed the templates).
const CONTACT_PANEL = except('legacy', ...OPEN_EDITOR);

/** Where each selector must match. */
const MUST_MATCH: Record<keyof typeof sel, readonly FixtureName[]> = {
  ticketDetailsHost: SHADOW_LAYOUT,
  contactInfoHost: CONTACT_PANEL,
  ticketNumber: TICKETS,
  subjectHeading: except(...SHADOW_LAYOUT),
  shadowSubject: ['arabic'],
  tag: TICKETS,
  tagsContainer: TICKETS,
  propertiesPanel: TICKETS,
  propertyLabel: TICKETS,
  propertyValue: TICKETS,
  statusValue: except('legacy'),
  priorityValue: except('legacy'),
  contactName: CONTACT_PANEL,
  contactEmail: CONTACT_PANEL,
  legacyContactName: ['legacy'],
  legacyContactEmail: ['legacy'],
  messageItem: TICKETS,
  descriptionItem: TICKETS,
  messageBody: TICKETS,
  messageAuthor: TICKETS,
  automationAuthor: ['shadow2026'],
  messageTime: TICKETS,
  livePrivateNote: ['standard', 'unmarkedRoles'],
  privateNote: except('arabic', 'german', 'replyOpen'),
  requesterItem: ['standard', 'unmarkedRoles'],
  agentMarker: ['standard', 'unmarkedRoles'],
  messageAction: except('legacy'), // the legacy header has the action as bare text
  messageHeader: TICKETS,
  loadMore: ['longThread'],
  replyBox: TICKETS,
  replyOpener: TICKETS,
  composer: OPEN_EDITOR,
  noteEditor: ['noteOpen'],
  replyEditor: ['replyOpen'],
};

const pages = new Map(ALL.map((name) => [name, loadPage(name).doc]));
const matches = (name: FixtureName, selector: string) => pageRoots(pages.get(name)!).some((root) => root.querySelector(selector) !== null);

describe('Freshdesk selectors', () => {
  for (const [key, alternatives] of Object.entries(sel) as [keyof typeof sel, readonly string[]][]) {
    it(`${key}: every alternative matches in some fixture`, () => {
      const dead = alternatives.filter((selector) => !ALL.some((name) => matches(name, selector)));
      expect(dead).toEqual([]);
    });

    it(`${key}: matches in every fixture where it applies`, () => {
      const missing = MUST_MATCH[key].filter((name) => !alternatives.some((selector) => matches(name, selector)));
      expect(missing).toEqual([]);
    });
  }

  it('reads the live private-note class by the broad rule', () => {
    for (const name of ['standard', 'unmarkedRoles'] as const) {
      const notes = pageRoots(pages.get(name)!).flatMap((root) => [...root.querySelectorAll(sel.livePrivateNote.join())]);
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.every((note) => note.matches(sel.privateNote.join()))).toBe(true);
    }
  });

  it('finds nothing ticket-like on the error pages', () => {
    for (const name of ERROR_FIXTURES) {
      expect(sel.messageItem.some((selector) => matches(name, selector))).toBe(false);
    }
  });
});
