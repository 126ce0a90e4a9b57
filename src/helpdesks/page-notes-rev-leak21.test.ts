// rev-leak21: attacks on round 16's rules (leak21): a long tooltip on a note, the .zd-comment bounds, a conversation
// shown in a dialog, the To: block, forward/Collab words, and 100 KB inputs on the new patterns. Tests only.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { JANE, SAM, content, filed, fill, fragment, freshdesk, header, item, leaked, status, wrap, zendesk } from './page-notes-support';
import { actionKind } from './freshdesk/action-text';
import { attributeText } from './dom-query';

/** The note's lock icon described by a tooltip in a portal at the page's end (round 15's modelled layout). */
const describedBy = (tip: string) => (i: Element) =>
  i.ownerDocument.body.append(fragment(i.ownerDocument, `<div id="tip-21" role="tooltip">${tip}</div>`));
const LONG_NOTE_TIPS = [
  'This note is internal and will not be sent to the customer',
  'Private note: only agents in your team can see this message',
  'Diese interne Notiz ist nur für Agenten sichtbar und wird nicht gesendet',
  'Cette note privée est visible uniquement par les agents du support',
  'Esta nota es interna y no se enviará nunca al cliente final',
  'This is an internal note; it is not sent as a reply to the customer',
];

describe('rev-leak21 (1): a note described by a long tooltip that says it is internal stays internal', () => {
  for (const tip of LONG_NOTE_TIPS) {
    it(`Freshdesk: lock icon described by "${tip}"`, () =>
      expect(leaked(freshdesk(filed('<i aria-describedby="tip-21"></i>'), describedBy(tip)))).toBe(false));
    it(`Zendesk: lock icon described by "${tip}"`, () =>
      expect(
        leaked(
          zendesk((a, doc) => {
            header(a).append(fragment(doc, '<i class="sc-zz-0" aria-describedby="tip-21"></i>'));
            doc.body.append(fragment(doc, `<div id="tip-21" role="tooltip">${tip}</div>`));
          }),
        ),
      ).toBe(false));
  }
});

describe('rev-leak21 (1): honest help tooltips of 7 words or more still read public', () => {
  for (const tip of [
    'Replies go to the customer; internal notes do not.',
    'Customers see public replies, never the private notes of your team',
  ])
    it(`Freshdesk: a reply's help icon described by "${tip}"`, () => {
      const t = freshdesk(item('', `${SAM}${status('replied')}<span aria-describedby="tip-21">?</span>`), describedBy(tip));
      expect(t.messages.at(-1)!.visibility).toBe('public');
    });
});

describe('rev-leak21 (2): the .zd-comment bounds', () => {
  it('Zendesk: a note marker in the content outside the .zd-comment still marks the comment', () =>
    expect(leaked(zendesk((a, doc) => content(a).prepend(fragment(doc, '<span class="sc-q-0">Internal note</span>'))))).toBe(false));
  it('Zendesk: a public comment split over two .zd-comment blocks sends both', () => {
    const t = zendesk((a, doc) => {
      fill(a.querySelector('.zd-comment')!, '<p>First part of the reply.</p>');
      content(a).append(fragment(doc, '<div class="zd-comment"><p>Second part: your refund is on its way.</p></div>'));
    });
    const first = t.messages[0]!;
    expect([first.visibility, first.text.includes('First part'), first.text.includes('Second part')]).toEqual(['public', true, true]);
  });
});

describe('rev-leak21 (3): a ticket shown in a dialog (a modal, a quick view)', () => {
  // Before the fix: a layout error (err.fdLayout), all 5 honest messages of the fixture lost.
  it('Freshdesk: the whole conversation inside role="dialog" is read as on the page', () => {
    const t = freshdesk(item('ticket-details__requestor', JANE), (i) => wrap(i.closest('.ticket-details__items')!, { role: 'dialog' }, 1));
    expect([t.messages.length, t.messages.at(-1)!.visibility]).toEqual([5, 'public']);
  });
  it('Freshdesk: a note in a popover inside the dialog is still not read as the conversation', () => {
    const t = freshdesk(filed(''), (i) => {
      const list = i.closest('.ticket-details__items')!;
      const pop = fragment(i.ownerDocument, '<div popover="auto"></div>');
      list.append(pop);
      pop.append(i);
      wrap(list, { role: 'dialog' }, 1);
    });
    expect(leaked(t)).toBe(false);
  });
  it('Zendesk: the whole log inside role="dialog" keeps its public comment', () => {
    const t = zendesk((a) => wrap(a.closest('[data-test-id="omni-log-container"]') ?? a.parentElement!, { role: 'dialog' }, 1));
    expect(t.messages[0]!.visibility).toBe('public');
  });
});

const to = (block: string) => `<div class="emails-info" data-test-id="to-emails">${block}</div>`;
const reply = (block: string) => item('', `${SAM}${status('replied')}${to(block)}`);
describe('rev-leak21 (4): the To: block', () => {
  for (const block of [
    'To: Jane Doe',
    'To: JANE.DOE@EXAMPLE.COM',
    'To: "Jane Doe" <jane.doe@example.com>',
    'To: jane.doe@example.com, Cc: boss@carrier.example, ops@carrier.example',
    'To: orders@carrier.example Cc: jane.doe@example.com',
  ])
    it(`Freshdesk: an honest reply "${block}" reads public`, () =>
      expect(freshdesk(reply(block)).messages.at(-1)!.visibility).toBe('public'));
  for (const block of ['To: mary.jane.doe@example.com', 'To: jane.doe@example.com.carrier.example', 'To: xjane.doe@example.community'])
    it(`Freshdesk: a reply to another address that holds the requester's, "${block}", is kept back`, () =>
      expect(freshdesk(reply(block)).messages.at(-1)!.visibility).toBe('internal'));
});

describe('rev-leak21 (5): forward and Collab words in honest messages', () => {
  it('Freshdesk: the requester writes "please forward this to your collaborators"', () => {
    const t = freshdesk(
      item('ticket-details__requestor', JANE, '<div class="ticket_note" data-note-id="777">Please forward this to the Collab team. '),
    );
    expect(t.messages.at(-1)!.visibility).toBe('public');
  });
  it('Freshdesk: the requester named "Collabora Forwarders Ltd" stays the requester', () => {
    const t = freshdesk(
      item('ticket-details__requestor', '<a data-test-id="user-name" href="/a/contacts/5001">Collabora Forwarders Ltd</a>'),
    );
    expect(t.messages.at(-1)!.visibility).toBe('public');
  });
});

describe('rev-leak21 (6): 100 KB inputs on the new patterns', () => {
  const big = (s: string) => s.repeat(Math.ceil(100_000 / s.length));
  for (const s of ['приватн'.slice(0, 6) + ' ', '私', '비공', 'prywat ', 'replied for', 'collab', 'side conv ', 'side-'])
    it(`actionKind on 100 KB of "${s}"`, () => {
      const start = performance.now();
      actionKind(big(s), big(s));
      expect(performance.now() - start).toBeLessThan(200);
    });
  it('attributeText on a 100 KB description of one-letter words, "replies" in it', () => {
    const { document: doc } = parseHTML(`<html><body><p id="t">${big('a replies ')}</p><i aria-describedby="t"></i></body></html>`);
    const start = performance.now();
    attributeText(doc.querySelector('i')!.attributes[0]!);
    expect(performance.now() - start).toBeLessThan(200);
  });
  it('Zendesk: a 100 KB header of "side-" and "side conv" words reads internal in time', () => {
    const start = performance.now();
    const t = zendesk((a, doc) => header(a).append(fragment(doc, `<span>${big('side-')}${big('side conv ')}</span>`)));
    expect([leaked(t), performance.now() - start < 2000]).toEqual([false, true]);
  });
});

describe('rev-leak21: left, fixed in leak22', () => {
  // A note's long English tooltip that explains replies without "this": leak22 reads one that opens by naming a note
  // ("Internal note: …") as a label; rev-leak20's honest help icons open otherwise and still read public (above).
  it('Freshdesk: lock icon described by "Internal note: replies go to customers, notes stay with agents"', () =>
    expect(
      leaked(
        freshdesk(
          filed('<i aria-describedby="tip-21"></i>'),
          describedBy('Internal note: replies go to customers, notes stay with agents'),
        ),
      ),
    ).toBe(false));
});
