// Zendesk as the registry sees it; patterns as in /work/shared/reference/helpdesk-dom.md (live pages).
import type { HelpdeskDescriptor } from '../descriptor';

export const zendeskDescriptor = {
  id: 'zendesk',
  displayName: 'Zendesk',
  hostedDomain: '.zendesk.com',
  matches: ['*://*.zendesk.com/agent/*'],
  editor: 'ckeditor5',
  contentScript: 'content-scripts/zendesk.js',
} as const satisfies HelpdeskDescriptor<'zendesk'>;
