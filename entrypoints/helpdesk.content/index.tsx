import { defineContentScript } from 'wxt/utils/define-content-script';
import { HELPDESK_MATCHES } from '../../src/helpdesks/matches';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  main() {},
});
