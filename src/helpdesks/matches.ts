// Helpdesk pages the content script runs on. `*://` covers http too, which the browser tests use
// through host mapping to a loopback server. Hosted helpdesks on a company's own domain are added at
// run time after the admin grants the origin (src/background/custom-domains.ts).
export const HELPDESK_MATCHES = [
  '*://*.zendesk.com/agent/*',
  '*://*.freshdesk.com/a/*',
  '*://*.freshdesk.com/helpdesk/tickets/*',
];
