// Compile-time checks (tsc --noEmit covers this file; nothing runs it): a helpdesk cannot be half-added.
import type { HelpdeskAdapter } from './adapter';
import type { HelpdeskDescriptor } from './descriptor';
import { zendeskAdapter } from './zendesk';
import type { Helpdesk } from '../ticket/schema';

// A registry missing a declared helpdesk's adapter does not compile.
// @ts-expect-error freshdesk is declared in DESCRIPTORS but has no adapter here
export const halfRegistry = { zendesk: zendeskAdapter } satisfies Record<Helpdesk, HelpdeskAdapter>;

// A descriptor must name its own content script.
export const wrongScript: HelpdeskDescriptor<'zendesk'> = {
  id: 'zendesk',
  displayName: 'Z',
  hostedDomain: '.z',
  matches: [],
  editor: 'ckeditor5',
  // @ts-expect-error the zendesk descriptor cannot point at the freshdesk script
  contentScript: 'content-scripts/freshdesk.js',
};

// An adapter for a helpdesk the descriptors do not list does not compile.
// @ts-expect-error 'helpscout' is not a Helpdesk
export const unknownAdapter: HelpdeskAdapter = { ...zendeskAdapter, id: 'helpscout' };
