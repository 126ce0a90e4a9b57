// The Zendesk pages' content script: the sidebar and the Zendesk adapter only (each helpdesk has its own
// script so a page never loads another helpdesk's reading code; budget in `npm run bench`).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSouffleur } from '../../src/content/start';
import { zendeskAdapter } from '../../src/helpdesks/zendesk/adapter';
import { zendeskDescriptor } from '../../src/helpdesks/zendesk/descriptor';

export default defineContentScript({
  matches: [...zendeskDescriptor.matches],
  // As soon as the document is parsed: the watcher waits for the helpdesk's app to render the ticket.
  runAt: 'document_end',
  main: (ctx) => startSouffleur(ctx, zendeskAdapter),
});
