import { defineContentScript } from 'wxt/utils/define-content-script';
import { installEditorBridge } from '../src/bridge/editor-bridge';
import { HELPDESK_MATCHES } from '../src/helpdesks/matches';

// MAIN world: the only world where the page's editor instances (CKEditor's ckeditorInstance) exist.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    installEditorBridge(document);
  },
});
