// Review of leak20's conversation-list boundary (7f86d44): Freshdesk pages where notes are marked ONLY at or above
// the conversation's list (the nearest element around every item). A note read public is a leak; a word on the
// app's own layout (around the ticket's subject and actions too) still holds nothing back. Tests only.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from './freshdesk/adapter';
import { loadPage } from './freshdesk/test-support';
import { readPage } from './page-text';

/** The standard page with every item's own note marker taken off (all of them then show public evidence or none). */
const page = () => {
  const p = loadPage('standard');
  for (const el of p.doc.querySelectorAll('.ticket-details__privatenote')) el.classList.remove('ticket-details__privatenote');
  return p;
};
const list = (doc: Document) => doc.querySelector('.ticket-details__items')!;
/** Public evidence on every item: "replied" on each (what a note page would never show, the worst case). */
const allReplied = (doc: Document) => {
  for (const s of doc.querySelectorAll('[data-test-id="conversation-status"]')) s.textContent = 'replied';
};
const publicCount = (p: { doc: Document; url: URL }) =>
  readPage(freshdeskAdapter.readFromDom, p.doc, p.url).messages.filter((m) => m.visibility === 'public').length;
const wrapIn = (el: Element, attributes: Record<string, string>) => {
  const w = el.ownerDocument.createElement('div');
  for (const [k, v] of Object.entries(attributes)) w.setAttribute(k, v);
  el.replaceWith(w);
  w.append(el);
  return w;
};

describe('rev-leak20: notes marked only at or above the conversation list are never read public', () => {
  const cases: [string, (doc: Document) => void][] = [
    ['the list itself: class="ticket-details__items private-notes-list"', (d) => list(d).classList.add('private-notes-list')],
    ['the list itself: aria-label="Private notes"', (d) => list(d).setAttribute('aria-label', 'Private notes')],
    ['the list itself: data-visibility="internal"', (d) => list(d).setAttribute('data-visibility', 'internal')],
    ['a "Private notes" tab panel around the list', (d) => void wrapIn(list(d), { role: 'tabpanel', 'aria-label': 'Private notes' })],
    [
      'a filter view around the list (data-filter="private")',
      (d) => void wrapIn(list(d), { class: 'conversation-filter', 'data-filter': 'private' }),
    ],
    [
      'a tab panel labelled by its tab (aria-labelledby), with a nav of filters in it',
      (d) => {
        const tab = d.createElement('button');
        tab.id = 'tab-notes';
        tab.textContent = 'Private notes';
        d.body.append(tab);
        const panel = wrapIn(list(d), { role: 'tabpanel', 'aria-labelledby': 'tab-notes' });
        panel.prepend(d.createElement('nav'));
      },
    ],
    ['the live class on the conversation wrapper (SUMMARIZER)', (d) => void wrapIn(list(d), { class: 'ticket-details__privatenote' })],
  ];
  for (const [name, change] of cases)
    it(name, () => {
      const p = page();
      allReplied(p.doc);
      change(p.doc);
      expect(publicCount(p)).toBe(0);
    });

  it('a thread split into a public list and a notes list: the notes list marks its notes', () => {
    const p = page();
    allReplied(p.doc);
    const items = [...list(p.doc).querySelectorAll(':scope > .ticket-details__item:not(.reply-box)')];
    const notes = p.doc.createElement('div');
    notes.className = 'ticket-details__items';
    notes.setAttribute('aria-label', 'Internal notes');
    notes.append(items[2]!, items[3]!);
    list(p.doc).after(notes);
    const read = readPage(freshdeskAdapter.readFromDom, p.doc, p.url).messages;
    expect(read.filter((m) => m.visibility === 'public').length).toBe(2);
  });
});

describe('rev-leak20: a word on the app around the whole ticket holds nothing back (leak20 kept)', () => {
  for (const [selector, attribute, value] of [
    ['.app-layout', 'class', 'app-layout internal-tools-layout'],
    ['main', 'aria-label', 'Private workspace'],
    ['.ticket-details-page', 'data-app', 'intern-dashboard'],
    ['body', 'class', 'ember-application private-beta'],
  ] as const)
    it(`${attribute}="${value}" on ${selector}`, () => {
      const plain = publicCount(loadPage('standard'));
      const p = loadPage('standard');
      p.doc.querySelector(selector)!.setAttribute(attribute, value);
      expect(publicCount(p)).toBe(plain);
    });
});
