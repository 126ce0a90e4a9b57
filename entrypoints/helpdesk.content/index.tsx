import { defineContentScript } from 'wxt/utils/define-content-script';
import { HELPDESK_MATCHES } from '../../src/helpdesks/matches';
import { startSouffleur } from '../../src/content/start';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  main: startSouffleur,
});
