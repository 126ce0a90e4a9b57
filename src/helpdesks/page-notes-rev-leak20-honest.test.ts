// rev-leak20, part 3: honest public messages the round-15 rules may hold back. Tests only.
import { describe, expect, it } from 'vitest';
import { JANE, filed, freshdesk, item, status, zendesk, fragment, SAM } from './page-notes-support';

describe('rev-leak20: honest public messages stay public', () => {
  it('Freshdesk: a reply with an in-page link "#internal-docs" in its text', () => {
    const t = freshdesk(
      item('', `${SAM}${status('replied')}`, '<div class="ticket_note" data-note-id="777"><a href="#internal-docs">see</a> '),
    );
    expect(t.messages.at(-1)!.visibility).toBe('public');
  });
  // leak21: a description of 7 words or more is help text, not a note's label (../dom-query.ts attributeText).
  it('Freshdesk: a reply header help icon described by a tooltip that mentions internal notes', () => {
    const t = freshdesk(item('', `${SAM}${status('replied')}<span aria-describedby="tip-9">?</span>`), (i) =>
      i.ownerDocument.body.append(
        fragment(i.ownerDocument, '<div id="tip-9" role="tooltip">Replies go to the customer; internal notes do not.</div>'),
      ),
    );
    expect(t.messages.at(-1)!.visibility).toBe('public');
  });
  it('Freshdesk: a note whose lock icon is described by "This is an internal note" (6 words) stays internal', () => {
    const t = freshdesk(filed('<i aria-describedby="tip-10"></i>'), (i) =>
      i.ownerDocument.body.append(fragment(i.ownerDocument, '<div id="tip-10" role="tooltip">This is an internal note</div>')),
    );
    expect(t.messages.at(-1)!.visibility).toBe('internal');
  });
  it('Zendesk: a public comment whose text links in-page to "#internal-docs"', () => {
    const t = zendesk((a) => a.querySelector('.zd-comment')!.append(fragment(a.ownerDocument, '<a href="#internal-docs">docs</a>')));
    expect(t.messages.some((m) => m.visibility === 'public' && m.text.includes('Refund approved internally'))).toBe(true);
  });
  it('Freshdesk: the requester quoting a "Private" word in a test id of their own e-mail stays the requester', () => {
    const t = freshdesk(
      item('ticket-details__requestor', `${JANE}`, '<div class="ticket_note" data-note-id="777"><span data-test-id="private-x">x</span> '),
    );
    expect(t.messages.at(-1)!.visibility).toBe('public');
  });
});
