// Zendesk as the registry sees it; patterns as in /work/shared/reference/helpdesk-dom.md (live pages).
import type { HelpdeskDescriptor } from '../descriptor';

// The name and the matches are their own constants: the content script takes only these, and its bundle
// leaves the rest of the descriptor (the manifest and the background have it).
export const ZENDESK_NAME = 'Zendesk';
export const ZENDESK_MATCHES = ['*://*.zendesk.com/agent/*'] as const;

export const zendeskDescriptor = {
  id: 'zendesk',
  displayName: ZENDESK_NAME,
  hostedDomain: '.zendesk.com',
  matches: ZENDESK_MATCHES,
  editor: 'ckeditor5',
  contentScript: 'content-scripts/zendesk.js',
} as const satisfies HelpdeskDescriptor<'zendesk'>;
