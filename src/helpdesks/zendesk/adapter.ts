// Zendesk Agent Workspace behind the HelpdeskAdapter contract.
import type { HelpdeskAdapter } from '../adapter';
import { findZendeskComposer, zendeskComposerMode } from './composer';
import { readZendeskDom } from './read-dom';
import { ZENDESK_NAME } from './descriptor';
import { ticketIdFromUrl } from './urls';
import { message } from './selectors';

export const zendeskAdapter: HelpdeskAdapter = {
  id: 'zendesk',
  displayName: ZENDESK_NAME,
  capabilities: {
    helpCenterSync: true,
    customerHistory: true,
  },
  ticketIdFromUrl,
  readFromDom: readZendeskDom,
  findComposer: findZendeskComposer,
  composerMode: zendeskComposerMode,
  conversationItem: message.join(),
  // Zendesk's composer is always open below the conversation.
  findReplyOpener: () => null,
};
