// The reply box: Freshdesk keeps it closed until the agent clicks Reply (or Add note), then starts a
// Froala editor. Every lookup first checks that the view shows the ticket asked about, so text meant
// for one ticket never lands in another's editor during a navigation.
import { pageRoots, queryFirst, textOf } from './dom';
import { parseDocumentTitle } from './read-dom';
import * as sel from './selectors';

function showsTicket(doc: Document, ticketId: string): boolean {
  const roots = pageRoots(doc);
  const shown = /\d+/.exec(textOf(roots, sel.ticketNumber) ?? '')?.[0] ?? parseDocumentTitle(doc.title)?.id;
  return shown === ticketId;
}

/** The open Froala editable inside the reply box, else null (closed, or another ticket's view). */
export function findComposer(doc: Document, ticketId: string): HTMLElement | null {
  if (!showsTicket(doc, ticketId)) return null;
  for (const box of [...doc.querySelectorAll(sel.replyBox.join(','))]) {
    const editable = queryFirst([box], sel.composer);
    if (editable) return editable as HTMLElement;
  }
  return null;
}

/** The Reply button that opens the reply box in public-reply mode. */
export function findReplyOpener(doc: Document, ticketId: string): HTMLElement | null {
  if (!showsTicket(doc, ticketId)) return null;
  return queryFirst([doc], sel.replyOpener) as HTMLElement | null;
}

/** A private note is internal; a reply (or forward) leaves the helpdesk. Null when the box does not say. */
export function composerMode(doc: Document, ticketId: string): 'public' | 'internal' | null {
  const box = findComposer(doc, ticketId)?.closest(sel.replyBox.join(','));
  if (!box) return null;
  if (sel.noteEditor.some((selector) => box.matches(selector))) return 'internal';
  if (sel.replyEditor.some((selector) => box.matches(selector))) return 'public';
  return null;
}
