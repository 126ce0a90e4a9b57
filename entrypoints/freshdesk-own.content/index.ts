// The Freshdesk script for a helpdesk on the company's own domain, in the sidebar frame build only (wxt.config.ts):
// the same script with the sidebar in a shadow root, since the frame page is web-accessible to the hosted
// helpdesks' origins only. The background registers it on the granted origins (src/background/custom-domain-scripts.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import hosted from '../freshdesk.content/index';

export default defineContentScript({ ...hosted, matches: [], registration: 'runtime' });
