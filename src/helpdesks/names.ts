// Each helpdesk's name as the product writes it, for the sidebar header: apart from the descriptors so
// a content script does not carry every helpdesk's descriptor (match patterns, editor, script path).
// The type holds each name to its descriptor's displayName.
import type { DESCRIPTORS, HelpdeskId } from './descriptors';

export const HELPDESK_NAMES: { readonly [Id in HelpdeskId]: (typeof DESCRIPTORS)[Id]['displayName'] } = {
  zendesk: 'Zendesk',
  freshdesk: 'Freshdesk',
};
