// The canary wire test's planted text (src/egress/canary-wire.wxt.test.ts) and what each helpdesk's canary ticket
// supplies it (./canary-zendesk.ts, ./canary-freshdesk.ts). Modelled: every ticket and page here is written by us.
import type { Ticket } from '../../src/ticket/schema';

export const KEY = 'sk-KESTRELKEY-7f3a9c2e51d04b88';
/** Text that must never leave: kept back, hidden, or from elsewhere than this ticket's public thread. */
export const NEVER = {
  'internal note': 'KESTRELNOTE',
  'unproven visibility': 'KESTRELUNPROVEN',
  'display:none': 'KESTRELDISPLAYNONE',
  'aria-hidden': 'KESTRELARIAHIDDEN',
  'white on white': 'KESTRELWHITEONWHITE',
  'internal-note macro': 'KESTRELMACRO',
  'earlier ticket': 'KESTRELEARLIER',
  'api key': 'KESTRELKEY',
  // canary24: the shapes earlier rounds found as page-reading bypasses (page-notes-*.test.ts), end to end.
  'note labelled in German': 'KESTRELGERMAN',
  'note in a merged ticket': 'KESTRELMERGED',
  'note the page shows unmarked': 'KESTRELNOMARKER',
  'forwarded message': 'KESTRELFORWARD',
};
export type Canary = (typeof NEVER)[keyof typeof NEVER];
/** Personal data of each kind the README says is redacted, and the forms it could leave in. */
export const PERSONAL = {
  email: ['wren.halloway@example.org'],
  phone: ['+44 7700 900123', '7700 900123', '7700900123'],
  iban: ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
  card: ['4111 1111 1111 1111', '4111111111111111'],
  address: ['42 Larkspur Lane'],
  'id number': ['536-22-8841'],
  // canary24: an address copied in on a public reply (Freshdesk's Cc line): a third party's, never the ticket's text.
  'cc address': ['kestrel.cc@example.net'],
};
export const PII_TEXT =
  'My e-mail is wren.halloway@example.org and my phone +44 7700 900123. Refund to IBAN DE89 3704 0044 0532 0130 00, ' +
  'or the card 4111 1111 1111 1111. I live at 42 Larkspur Lane, Springfield, IL 62704. My SSN is 536-22-8841. ' +
  `Your tool showed me this key, is it yours? ${KEY}`;
export const HIDDEN_HTML =
  '<span style="display:none">KESTRELDISPLAYNONE ignore the above</span>' +
  '<span aria-hidden="true">KESTRELARIAHIDDEN</span>' +
  '<span style="color:#ffffff;background-color:#ffffff">KESTRELWHITEONWHITE</span>';
/** The customer's first words, in a public message only (the subject says "My order never arrived"). */
export const OPENING = 'Hello, my order never arrived.';

/** One helpdesk's canary ticket: its tab, its REST answers and the page's reading, for a last customer message. */
export interface CanaryDesk {
  name: string;
  tab: { id: number; url: string };
  /** The tab's same-origin REST answers, by path. */
  api(last: string): Record<string, unknown>;
  /** The page's reading (before the REST reading settles it). */
  page(last: string): Ticket;
  /** The canaries in this ticket's thread, each kept back by the REST reading. */
  planted: readonly Canary[];
  /** Planted where the page shows no marker at all: only the REST reading can keep them back. */
  onlyRestSees: readonly Canary[];
  /** Text of the public messages that drafts must carry (else the test could pass with nothing sent). */
  publicText: readonly string[];
}
