// Each helpdesk's REST reader, for the background (src/background/ticket-api.ts): the part of a helpdesk
// that parses and checks API answers, kept out of the helpdesks' content scripts (their size budget).
// A Record over every helpdesk, so a helpdesk added to HELPDESKS without its reader fails `tsc`.
import type { Helpdesk, Ticket } from '../ticket/schema';
import type { FetchJson } from './adapter';
import { readFreshdeskApi } from './freshdesk/read-api';
import { readZendeskApi } from './zendesk/read-api';

export type ApiReader = (dom: Ticket, fetchJson: FetchJson, signal?: AbortSignal) => Promise<Ticket>;

export const API_READERS: { readonly [H in Helpdesk]: ApiReader } = {
  zendesk: readZendeskApi,
  freshdesk: readFreshdeskApi,
};
