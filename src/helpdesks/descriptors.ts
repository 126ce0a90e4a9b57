// The list of helpdesks. Adding one: its folder, then one line here and one in registry.ts (see
// ARCHITECTURE.md "Adding a helpdesk"); the ticket schema's enum, the manifest matches, the options
// page's choices and the names shown all follow from this object.
import type { HelpdeskDescriptor } from './descriptor';
import { freshdeskDescriptor } from './freshdesk/descriptor';
import { zendeskDescriptor } from './zendesk/descriptor';

export const DESCRIPTORS = {
  zendesk: zendeskDescriptor,
  freshdesk: freshdeskDescriptor,
} as const satisfies { [Id in string]: HelpdeskDescriptor<Id> };

export type HelpdeskId = keyof typeof DESCRIPTORS;

export const HELPDESKS = Object.keys(DESCRIPTORS) as [HelpdeskId, ...HelpdeskId[]];

/** Display names, e.g. for the sidebar header and the options page. */
export function helpdeskName(id: HelpdeskId): string {
  return DESCRIPTORS[id].displayName;
}
