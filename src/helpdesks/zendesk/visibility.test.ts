// Fail-safe visibility on the Zendesk page (read-messages.ts has the rule): public only when the bubble
// is typed as a conversation participant and its header rendered without a note marker; the REST
// reading's `public: true` is the authority.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fixtureFetchJson, loadPage, pageUrl } from '../../../tests/fixtures/zendesk/load';
import { keptBackMessageIds } from '../kept-back';
import { zendeskAdapter } from './adapter';
import { readZendeskApi } from './read-api';
import { readPage as readBoth } from '../page-text';

const noteTag = (doc: Document) => {
  const tag = doc.createElement('span');
  tag.setAttribute('data-test-id', 'omni-log-internal-note-tag');
  tag.textContent = 'Internal note';
  return tag;
};

const readPage = (prepare?: (doc: Document) => void) => {
  const doc = loadPage('newer-garden.html');
  prepare?.(doc);
  return readBoth(zendeskAdapter.readFromDom, doc, pageUrl('/agent/tickets/5'));
};

describe('Zendesk page reading: visibility from evidence', () => {
  const ticket = readPage();

  it('reads an ordinary public reply and customer message as public, notes as internal', () => {
    expect(ticket.messages.map((m) => [m.id, m.role, m.visibility])).toEqual([
      // The page's articles carry no comment id: the DOM reading numbers them.
      ['dom-1', 'customer', 'public'],
      ['dom-2', 'agent', 'public'],
      ['dom-3', 'agent', 'internal'], // bubble typed "internal" (the agent badge says agent), with the note tag
      ['dom-4', 'agent', 'internal'], // no author type (the agent badge says agent), no tag: nothing says public
      ['dom-5', 'system', 'internal'], // typed end-user, no tag, but from a side conversation: not the customer
    ]);
  });

  it('names the kept-back comment (and only it: a marked note is not "unknown")', () => {
    expect(keptBackMessageIds(ticket.warnings)).toEqual(['dom-4']);
  });

  const firstArticle = (doc: Document) => doc.querySelector('article[data-test-id="omni-log-comment-item"]')!;
  it.each<[string, (a: Element) => void]>([
    ['the note tag alone', (a: Element) => a.querySelector('[data-test-id="omni-log-item-header"]')!.append(noteTag(a.ownerDocument))],
    ['a bubble typed "internal"', (a: Element) => a.querySelector('[type]')!.setAttribute('type', 'internal')],
    ['the is-internal class', (a: Element) => a.classList.add('is-internal')],
    ['a bubble without a type', (a: Element) => a.querySelector('[type]')!.removeAttribute('type')],
    ['an unknown bubble type', (a: Element) => a.querySelector('[type]')!.setAttribute('type', 'side-conversation')],
    ...['via side conversation', 'über Nebenkonversation', 'via zijgesprek'].map(
      (label) =>
        [
          `an item from a side conversation (typed like a customer message), labelled "${label}"`,
          (a: Element) => {
            const origin = a.ownerDocument.createElement('span');
            origin.setAttribute('data-test-id', 'omni-log-item-originated-from');
            const icon = origin.appendChild(a.ownerDocument.createElement('span'));
            icon.setAttribute('aria-label', label);
            a.querySelector('[data-test-id="omni-log-item-header"]')!.append(origin);
          },
        ] as [string, (a: Element) => void],
    ),
    ['a header that did not render', (a: Element) => a.querySelector('[data-test-id="omni-log-item-sender"]')!.remove()],
    // Round 11: the note's marker moved (bubble typed "agent", the tag gone from the header).
    [
      'the is-internal class on the log item around the comment',
      (a: Element) => {
        a.querySelector('[type]')!.setAttribute('type', 'agent');
        const item = a.ownerDocument.createElement('div');
        item.className = 'is-internal';
        a.replaceWith(item);
        item.append(a);
      },
    ],
    [
      'a note tag under another test id',
      (a: Element) => {
        a.querySelector('[type]')!.setAttribute('type', 'agent');
        const tag = a.querySelector('[data-test-id="omni-log-item-header"]')!.appendChild(noteTag(a.ownerDocument));
        tag.setAttribute('data-test-id', 'omni-log-internal-note-badge');
      },
    ],
    [
      'an internal class of another spelling on the bubble',
      (a: Element) => {
        const bubble = a.querySelector('[type]')!;
        bubble.setAttribute('type', 'agent');
        bubble.classList.add('omni-log-item--internal');
      },
    ],
  ])('%s: internal', (_case, change) => {
    const message = readPage((doc) => change(firstArticle(doc))).messages[0]!;
    expect(message.text).toContain('please cancel my subscription');
    expect(message.visibility).toBe('internal');
  });

  // Round 12 (page12), all four read public on main before the fix: the note tag lost its test id and class, only its label (in the
  // agent's language) or an icon is left; the bubble is typed "agent" and the header rendered.
  const round12: [string, (a: Element) => void][] = [
    ...['Interne Notiz', 'Note privée', 'ملاحظة داخلية'].map(
      (label) =>
        [
          `only the note's label, "${label}"`,
          (a: Element) => {
            a.querySelector('[type]')!.setAttribute('type', 'agent');
            const tag = a.querySelector('[data-test-id="omni-log-item-header"]')!.appendChild(a.ownerDocument.createElement('span'));
            tag.className = 'sc-1x2y3z-0 fGhIjK';
            tag.textContent = label;
          },
        ] as [string, (a: Element) => void],
    ),
    [
      "only the note's icon",
      (a: Element) => {
        a.querySelector('[type]')!.setAttribute('type', 'agent');
        const icon = a.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'svg');
        icon.setAttribute('data-test-id', 'omni-log-note-icon');
        a.querySelector('[data-test-id="omni-log-item-header"]')!.append(icon);
      },
    ],
  ];
  // Review of round 12: the label in the other languages of Zendesk's agent interface (ja, zh, ko, ru, uk, pl, tr, he,
  // el, fi, hu, cs, vi, th).
  round12.push(
    ...[
      '社内メモ',
      '内部备注',
      '내부 메모',
      'Внутренняя заметка',
      'Внутрішня нотатка',
      'Notatka wewnętrzna',
      'Dahili not',
      'הערה פנימית',
      'Εσωτερική σημείωση',
      'Sisäinen muistiinpano',
      'Belső megjegyzés',
      'Interní poznámka',
      'Ghi chú nội bộ',
      'โน้ตภายใน',
    ].map(
      (label) =>
        [
          `review, only the note's label, "${label}"`,
          (a: Element) => {
            a.querySelector('[type]')!.setAttribute('type', 'agent');
            a.querySelector('[data-test-id="omni-log-item-header"]')!.appendChild(a.ownerDocument.createElement('span')).textContent =
              label;
          },
        ] as [string, (a: Element) => void],
    ),
  );
  for (const [name, change] of round12) {
    it(`round 12, ${name}: internal`, () => {
      const message = readPage((doc) => change(firstArticle(doc))).messages[0]!;
      expect(message.text).toContain('please cancel my subscription');
      expect(message.visibility).toBe('internal');
    });
  }

  // Review of round 11: the broad rule (any class or test id naming "internal") is read on the comment, its
  // header and bubble, and its own wrappers, not in the text its writer sent (an e-mail keeps its classes) nor on
  // the page's layout around the whole log (generated class names carry the word: Clerk's cl-internal-*).
  const addToContent = (a: Element, html: string) => {
    const { document } = parseHTML(`<div>${html}</div>`);
    const into = a.querySelector('[data-test-id="omni-log-message-content"] .zd-comment')!;
    into.append(a.ownerDocument.importNode(document.querySelector('div')!.firstElementChild!, true));
  };
  it.each<[string, (a: Element) => void]>([
    [
      "the customer's e-mail: a class naming internal (an intranet newsletter's footer)",
      (a) => addToContent(a, '<div class="internal-footer"><p>Sent from the ACME intranet</p></div>'),
    ],
    ["the customer's e-mail: a generated class with the word", (a) => addToContent(a, '<span class="cl-internal-b382ae">Noor</span>')],
    [
      "the customer's e-mail: Zendesk's own note tag, typed into it",
      (a) => addToContent(a, '<span class="is-internal" data-test-id="omni-log-internal-note-tag">Internal note</span>'),
    ],
    [
      'a layout class naming internal on an element around the whole log',
      (a) => {
        const log = a.closest('[data-test-id="omni-log-container"]')!;
        const layout = a.ownerDocument.createElement('div');
        layout.className = 'cl-internal-wkkub3';
        log.replaceWith(layout);
        layout.append(log);
      },
    ],
    [
      'a class naming internal on the log itself',
      (a) => a.closest('[data-test-id="omni-log-container"]')!.classList.add('omni-log--internal-tools'),
    ],
    // Round 12: a note's label in the text the customer wrote says nothing of the comment.
    ["the customer's e-mail: the words of a note's label", (a) => addToContent(a, '<p>Interne Notiz: bitte nicht weitergeben.</p>')],
    // Review of round 12: the header's channel and the sender's name are not a note's label.
    [
      'the channel "via Facebook Private Message"',
      (a) => (a.querySelector('[data-test-id="omni-log-item-via"]')!.textContent = 'via Facebook Private Message'),
    ],
    [
      'a sender named "Acme International"',
      (a) => (a.querySelector('[data-test-id="omni-log-item-sender"] strong')!.textContent = 'Acme International'),
    ],
  ])('%s: the public comment stays public', (_case, change) => {
    const ticket = readPage((doc) => change(firstArticle(doc)));
    expect(ticket.messages.map((m) => m.visibility)).toEqual(['public', 'public', 'internal', 'internal', 'internal']);
    expect(ticket.messages[0]!.text).toContain('please cancel my subscription');
  });
});

describe('Zendesk REST reading: only public: true is public', () => {
  it('replaces the page reading: the kept-back comment is internal by the API, the warning goes', async () => {
    const ticket = await readZendeskApi(readPage(), fixtureFetchJson());
    expect(ticket.source).toBe('api');
    expect(ticket.messages.map((m) => [m.id, m.visibility])).toEqual([
      ['5001', 'public'],
      ['5002', 'public'],
      ['5003', 'internal'],
      ['5004', 'internal'],
      ['5005', 'internal'],
    ]);
    expect(keptBackMessageIds(ticket.warnings)).toEqual([]);
  });

  it('keeps back a comment without the public flag, and says so', async () => {
    const base = fixtureFetchJson();
    const ticket = await readZendeskApi(readPage(), async (path, signal) => {
      const body = (await base(path, signal)) as { comments?: Record<string, unknown>[] };
      if (!body.comments) return body;
      return { ...body, comments: body.comments.map((c) => (c.id === 5002 ? { ...c, public: undefined } : c)) };
    });
    expect(ticket.messages.find((m) => m.id === '5002')!.visibility).toBe('internal');
    expect(keptBackMessageIds(ticket.warnings)).toEqual(['5002']);
  });
});
