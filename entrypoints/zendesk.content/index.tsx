// The Zendesk pages' content script: the sidebar and the Zendesk adapter only (each helpdesk has its own
// script so a page never loads another helpdesk's reading code; budget in `npm run bench`).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSouffleur } from '../../src/content/start';
import { zendeskAdapter } from '../../src/helpdesks/zendesk/adapter';
import { ZENDESK_MATCHES } from '../../src/helpdesks/zendesk/descriptor';

export default defineContentScript({
  matches: [...ZENDESK_MATCHES],
  // As soon as the document is parsed: the watcher waits for the helpdesk's app to render the ticket.
  runAt: 'document_end',
  // An older copy of this script (the extension updated under the page) is told to stop by a document
  // event. WXT also posts it to the window for scripts built by its older versions (wxt-dev/wxt#2265),
  // which no build of ours is: that call cost the page 4-15 ms of main-thread time per load in CDP
  // traces, and it wakes the helpdesk's own message listeners.
  noScriptStartedPostMessage: true,
  main: (ctx) => startSouffleur(ctx, zendeskAdapter),
});
