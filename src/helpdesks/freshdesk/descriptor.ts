// Freshdesk as the registry sees it: the new agent UI (/a/) and the classic one (/helpdesk/tickets/).
import type { HelpdeskDescriptor } from '../descriptor';

export const freshdeskDescriptor = {
  id: 'freshdesk',
  displayName: 'Freshdesk',
  hostedDomain: '.freshdesk.com',
  matches: ['*://*.freshdesk.com/a/*', '*://*.freshdesk.com/helpdesk/tickets/*'],
  editor: 'froala',
  contentScript: 'content-scripts/freshdesk.js',
} as const satisfies HelpdeskDescriptor<'freshdesk'>;
