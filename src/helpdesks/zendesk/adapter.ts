// Zendesk Agent Workspace behind the HelpdeskAdapter contract.
import type { HelpdeskAdapter } from '../adapter';
import { findZendeskComposer, zendeskComposerMode } from './composer';
import { readZendeskApi } from './read-api';
import { readZendeskDom } from './read-dom';
import { ticketIdFromUrl } from './urls';

export const zendeskAdapter: HelpdeskAdapter = {
  id: 'zendesk',
  ticketIdFromUrl,
  readFromDom: readZendeskDom,
  readFromApi: readZendeskApi,
  findComposer: findZendeskComposer,
  composerMode: zendeskComposerMode,
  // Zendesk's composer is always open below the conversation.
  findReplyOpener: () => null,
};
