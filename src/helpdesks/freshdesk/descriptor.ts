// Freshdesk as the registry sees it: the new agent UI (/a/) and the classic one (/helpdesk/tickets/).
import type { HelpdeskDescriptor } from '../descriptor';

// The name and the matches are their own constants: the content script takes only these, and its bundle
// leaves the rest of the descriptor (the manifest and the background have it).
export const FRESHDESK_NAME = 'Freshdesk';
export const FRESHDESK_MATCHES = ['*://*.freshdesk.com/a/*', '*://*.freshdesk.com/helpdesk/tickets/*'] as const;

export const freshdeskDescriptor = {
  id: 'freshdesk',
  displayName: FRESHDESK_NAME,
  hostedDomain: '.freshdesk.com',
  matches: FRESHDESK_MATCHES,
  editor: 'froala',
  contentScript: 'content-scripts/freshdesk.js',
} as const satisfies HelpdeskDescriptor<'freshdesk'>;
