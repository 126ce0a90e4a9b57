// Freshdesk behind the shared HelpdeskAdapter interface. Site knowledge lives in selectors.ts and
// urls.ts; reading in read-dom.ts / read-api.ts; the reply box in composer.ts.
import type { HelpdeskAdapter } from '../adapter';
import { composerMode, findComposer, findReplyOpener } from './composer';
import { readFreshdeskDom } from './read-dom';
import { FRESHDESK_NAME } from './descriptor';
import { ticketIdFromUrl } from './urls';
import { messageItem } from './selectors';

export const freshdeskAdapter: HelpdeskAdapter = {
  id: 'freshdesk',
  displayName: FRESHDESK_NAME,
  capabilities: {
    helpCenterSync: true,
    customerHistory: true,
  },
  ticketIdFromUrl,
  readFromDom: readFreshdeskDom,
  findComposer,
  composerMode,
  conversationItem: messageItem.join(),
  findReplyOpener,
};
