import { defineContentScript } from 'wxt/utils/define-content-script';
import { HELPDESK_MATCHES } from '../../src/helpdesks/matches';
import { startSouffleur } from '../../src/content/start';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  // As soon as the document is parsed: the watcher waits for the helpdesk's app to render the ticket.
  runAt: 'document_end',
  main: startSouffleur,
});
