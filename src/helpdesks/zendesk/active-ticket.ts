// Finds the workspace of the ticket the agent is looking at. Zendesk keeps every open ticket's
// workspace in the DOM (hidden ones included), so everything is read from the one container that
// belongs to the selected tab and the URL; reading the document at large could mix tickets.
import { TicketReadError } from '../../ticket/read-error';
import { queryFirst, selectedTab, ticketContainer } from './selectors';

/** The active ticket's container, or null when the page does not (yet) show that ticket. */
export function findTicketContainer(doc: Document, ticketId: string): HTMLElement | null {
  for (const alt of ticketContainer) {
    const candidates = [...doc.querySelectorAll<HTMLElement>(alt.replaceAll('{id}', ticketId))];
    // A container marked inactive belongs to a tab in the background.
    const shown = candidates.find((el) => el.getAttribute('data-is-active') !== 'false');
    if (shown) return shown;
    if (candidates.length) return null;
  }
  return null;
}

/**
 * The container of ticket `urlId`, after checking the tab bar agrees. Throws TicketReadError with the
 * key of a line the agent can act on (said by the sidebar, src/i18n `say`) when the page shows another entity or no ticket workspace at all.
 */
export function activeTicketContainer(doc: Document, urlId: string): HTMLElement {
  const tab = queryFirst(doc, selectedTab);
  const tabType = tab?.getAttribute('data-entity-type');
  const tabId = tab?.getAttribute('data-entity-id');
  if (tabType && tabType !== 'TICKET_ENTITY_TYPE') {
    throw new TicketReadError('err.zdTab', 'not-a-ticket');
  }
  if (tabId && tabId !== urlId) {
    // The address and the tab bar disagree for a moment while Zendesk switches tickets (and in a
    // saved page opened with another ticket's address).
    throw new TicketReadError('err.zdSwitch', 'switching', { shown: tabId, id: urlId });
  }
  const container = findTicketContainer(doc, urlId);
  if (!container) {
    throw new TicketReadError('err.zdLayout', 'layout-changed', { id: urlId });
  }
  return container;
}
