// rev-leak22: attacks on round 17's rules (leak22). (1) Over-breadth: honest public messages whose text, attachments or
// customer HTML carry the new words ("preview", "draft", "sending", "merge", "only visible", "hidden from", a class
// naming a note, a mention) must stay public; (2) bypasses: the same notes in other languages, in capitals, with extra
// whitespace, the marker a level higher or lower; (3) 100 KB inputs on every new pattern. Tests only.
import { describe, expect, it } from 'vitest';
import {
  JANE,
  SAM,
  SECRET,
  commentText as text,
  content,
  fill,
  fragment,
  freshdesk,
  honestCases,
  item,
  leakCases,
  status,
  tag,
  via,
  zendesk,
} from './page-notes-support';

const bubble = (a: Element) => a.querySelector('[data-test-id="omni-log-item-message"]')!;
const customer = (a: Element) => bubble(a).setAttribute('type', 'end-user');
/** Writes the comment's text, as the agent's (or with `asCustomer`, the requester's) reply. */
const says =
  (html: string, asCustomer = false) =>
  (a: Element) => {
    if (asCustomer) customer(a);
    fill(text(a), `${html}<p>${SECRET}</p>`);
  };
/** An attachment beside the comment's text (a link, its thumbnail's alt and title the file's name). */
const attached = (name: string) => (a: Element) =>
  content(a).append(
    fragment(
      a.ownerDocument,
      `<div class="sc-at-0"><a href="/attachments/7" title="${name}"><img alt="${name}" src="/thumb/7.png">${name}</a></div>`,
    ),
  );

const ZENDESK_HONEST: [string, (a: Element, doc: Document) => void][] = [
  ['"here is a preview of your invoice" in the text', says('<p>Here is a preview of your invoice.</p>')],
  ['"I saved a draft of the contract" in the text', says('<p>I saved a draft of the contract for you.</p>')],
  ['"we are sending a replacement" in the text', says('<p>We are sending a replacement today.</p>')],
  ['"I merged your two accounts" in the text', says('<p>I merged your two accounts.</p>')],
  ['"this page is only visible to logged-in users" in the text', says('<p>This page is only visible to logged-in users.</p>')],
  ['"hidden from search results" in the text', says('<p>Your profile is now hidden from search results.</p>')],
  ['"the lounge is for agents only" in the text', says('<p>The lounge is for agents only, sorry.</p>')],
  ['"the order failed to send, not sent yet" in the customer\'s text', says('<p>My order failed to send, it says not sent.</p>', true)],
  ['an attachment "preview.pdf"', attached('preview.pdf')],
  ['an attachment "draft-contract.docx"', attached('draft-contract.docx')],
  ['an attachment "sending-instructions.pdf"', attached('sending-instructions.pdf')],
  ['an attachment "merge-request.pdf"', attached('merge-request.pdf')],
  ['an attachment "Hidden from view.png"', attached('Hidden from view.png')],
  ['an attachment "whisper-fan-manual.pdf"', attached('whisper-fan-manual.pdf')],
  ['an attachment "Only visible in dark mode.png"', attached('Only visible in dark mode.png')],
  ['an attachment "Notes"', attached('Notes')],
  [
    'the customer\'s HTML e-mail with classes "footnote", "notes-list", "keynote", "denote"',
    says('<div class="footnote">1</div><ul class="notes-list"><li class="keynote denote">x</li></ul>', true),
  ],
  [
    "the customer's e-mail with a Teams mention element in it",
    says('<p><a class="mention" data-mention-id="42" href="https://teams.example/u/42">@Jo</a> is copied.</p>', true),
  ],
  [
    "the customer's reply quoting the (public) merge notice e-mail",
    says('<blockquote>Request #812 "Printer jams" was closed and merged into this request.</blockquote>', true),
  ],
  [
    'a "Notes" field in the ticket sidebar',
    (a, doc) =>
      doc.body.append(fragment(doc, '<aside class="ticket-notes sidebar-notes"><label>Notes</label><textarea>VIP</textarea></aside>')),
  ],
  ['a sender named "Drew Preview"', (a) => (a.querySelector('[data-test-id="omni-log-item-sender"] strong')!.textContent = 'Drew Preview')],
  ['"via Web form"', (a) => (via(a).textContent = 'via Web form')],
  ['a public reply in flight: "Sending…" in its header', (a) => tag(a, '<span class="sc-s2-0">Sending…</span>')],
];

const body = (html: string) => `<div class="ticket_note" data-note-id="777">${html} `;
const REPLY = `${SAM}${status('replied')}`;
/** A reply with an attachment after its text, as the fixture's (a link in .attachments), its title the file's name. */
const fdAttached = (name: string, cls = 'attachment') =>
  item('', REPLY).replace(
    /<\/div>\s*<\/div><\/div>\s*$/,
    `</div><div class="attachments"><a class="${cls}" title="${name}" href="/helpdesk/attachments/7">${name}</a></div></div></div>`,
  );
const FRESHDESK_HONEST: [string, string, ((item: Element) => void)?][] = [
  ['"here is a preview of your invoice" in the text', item('', REPLY, body('Here is a preview of your invoice.'))],
  ['"your two tickets were merged into one" in the text', item('', REPLY, body('Your two tickets were merged into one.'))],
  ['"only visible to logged-in users" in the text', item('', REPLY, body('This page is only visible to logged-in users.'))],
  ['"for agents only" in the text', item('', REPLY, body('The lounge is for agents only.'))],
  ['"whisper quiet" in the text', item('', REPLY, body('The new fan is whisper quiet.'))],
  ['an attachment "Merged into one statement.pdf"', fdAttached('Merged into one statement.pdf')],
  ['an attachment "Agents only handbook.pdf"', fdAttached('Agents only handbook.pdf')],
  ['an attachment "whisper-fan-manual.pdf"', fdAttached('whisper-fan-manual.pdf')],
  ['an attachment "Only visible in dark mode.png"', fdAttached('Only visible in dark mode.png')],
  ['an attachment "Note" (its own icon class "keynote")', fdAttached('Pitch.key', 'attachment keynote')],
  ['an attachment "Notes" shown whole', fdAttached('Notes')],
  [
    "the requester's HTML e-mail with classes footnote, notes-list, keynote, denote",
    item(
      'ticket-details__requestor',
      JANE,
      body('<div class="footnote">1</div><ul class="notes-list"><li class="keynote denote">x</li></ul>'),
    ),
  ],
  ['a reply Cc: support-agents-only@acme.example', item('', `${REPLY}<div class="emails-info">Cc: support-agents-only@acme.example</div>`)],
];

// read23: an address in a To/Cc line naming "agents-only" is an address, not a label (it was held back before).
honestCases('rev-leak22 (1)', ZENDESK_HONEST, FRESHDESK_HONEST);

// (2) Bypasses: each a note by the same rule, said otherwise.
const MERGES = [
  'Anfrage #812 "Druckerstau" wurde geschlossen und mit dieser Anfrage zusammengeführt. Letzter Kommentar in Anfrage #812:',
  'La demande #812 "Bourrage" a été fermée et fusionnée avec cette demande. Dernier commentaire dans la demande #812 :',
  'La solicitud #812 "Atasco" se cerró y se combinó con esta solicitud. Último comentario en la solicitud #812:',
  'リクエスト #812「紙詰まり」はクローズされ、このリクエストに統合されました。リクエスト #812 の最後のコメント:',
  'REQUEST #812 "PRINTER JAMS" WAS CLOSED AND MERGED INTO THIS REQUEST.',
  'Request #812 "Printer jams" was closed and merged   into\nthis request.',
];
const ZENDESK_BYPASS: [string, (a: Element, doc: Document) => void][] = [
  ...MERGES.map((m): [string, (a: Element) => void] => [
    `merge notice: "${m.slice(0, 40)}…"`,
    (a) => fill(text(a), `<p>${m}</p><p>${SECRET}</p>`),
  ]),
  ['a lock titled "Nur für Agenten sichtbar"', (a) => tag(a, '<span class="sc-i1-0" title="Nur für Agenten sichtbar"><svg></svg></span>')],
  [
    'a lock titled "Visible uniquement par les agents"',
    (a) => tag(a, '<span class="sc-i1-0" title="Visible uniquement par les agents"></span>'),
  ],
  ['a lock titled "Solo visible para agentes"', (a) => tag(a, '<span class="sc-i1-0" title="Solo visible para agentes"></span>')],
  [
    'a lock titled "ONLY  VISIBLE TO AGENTS" (capitals, two spaces)',
    (a) => tag(a, '<span class="sc-i1-0" title="ONLY  VISIBLE TO AGENTS"></span>'),
  ],
  ['a tag "Agents\u00a0only" (no-break space)', (a) => tag(a, '<span class="sc-t1-0">Agents\u00a0only</span>')],
  ['a tag "Failed  to send" (two spaces)', (a) => tag(a, '<span class="sc-t1-0">Failed  to send</span>')],
  ['a tag "Note" beside its icon, in one element', (a) => tag(a, '<span class="sc-t1-0"><svg></svg> Note</span>')],
  ['a tag "Notiz" beside its icon, in one element', (a) => tag(a, '<span class="sc-t1-0"><i></i>Notiz</span>')],
  ['"Whisper" one level lower, a <b> in the tag', (a) => tag(a, '<span class="sc-w1-0"><b>Whisper</b></span>')],
  ['data-visibility="AGENTS" on the article', (a) => a.setAttribute('data-visibility', 'AGENTS')],
  ['"via  MERGE" on the via line', (a) => (via(a).textContent = 'via  MERGE')],
];
const FRESHDESK_BYPASS: [string, string, ((item: Element) => void)?][] = [
  ['a lock titled "Nur für Agenten sichtbar"', item('', `${REPLY}<i title="Nur für Agenten sichtbar"></i>`)],
  ['a lock titled "Visible uniquement par les agents"', item('', `${REPLY}<i title="Visible uniquement par les agents"></i>`)],
  ['"ONLY  VISIBLE TO AGENTS" (capitals, two spaces)', item('', `${REPLY}<i title="ONLY  VISIBLE TO AGENTS"></i>`)],
  ['a "Private" badge beside its icon, in one element', item('', `${REPLY}<span class="badge"><i></i> Private</span>`)],
  ['a "Note" badge beside its icon, in one element', item('', `${REPLY}<span class="badge"><i></i> Note</span>`)],
  ['"Zusammengeführt mit diesem Ticket" in the header', item('', `${REPLY}<span>Zusammengeführt mit diesem Ticket</span>`)],
  ['"Fusionné avec ce ticket" in the header', item('', `${REPLY}<span>Fusionné avec ce ticket</span>`)],
  ['"MERGED  INTO this ticket" (capitals, two spaces)', item('', `${REPLY}<span>MERGED  INTO this ticket</span>`)],
  ['data-is-public="FALSE"', item('', REPLY), (i) => i.setAttribute('data-is-public', 'FALSE')],
  // Links are skipped only when they lead to a page or file (an attachment): a lock drawn as a link still marks.
  ['a lock drawn as a link to "#" titled "Private note"', item('', `${REPLY}<a href="#" title="Private note"><i></i></a>`)],
  ['a lock drawn as a link with no href, "Private note"', item('', `${REPLY}<a role="button" aria-label="Private note"></a>`)],
  [
    'a lock drawn as a "javascript:" link, "Only visible to agents"',
    item('', `${REPLY}<a href="javascript:void 0" title="Only visible to agents">🔒</a>`),
  ],
  [
    'data-visibility="agents-only" one level higher',
    item('', REPLY),
    (i) => {
      const w = i.ownerDocument.createElement('div');
      w.setAttribute('data-visibility', 'agents-only');
      i.replaceWith(w);
      w.append(i);
    },
  ],
];
// read23: the 20 left in round 17 (other languages' merge notices and agents-only tooltips, modelled wording; whitespace
// inside a phrase; a tag's word beside its icon in one element) now read internal too.
leakCases('rev-leak22 (2)', ZENDESK_BYPASS, FRESHDESK_BYPASS);

// (3) 100 KB on every new pattern, each reading under 200 ms.
const BIG = 'x '.repeat(50_000);
const timed = (read: () => unknown) => {
  const t = performance.now();
  read();
  return performance.now() - t;
};
describe('rev-leak22 (3): 100 KB inputs', () => {
  const zd: [string, (a: Element, doc: Document) => void][] = [
    ['a 100 KB tag title', (a) => tag(a, `<span title="${BIG}"></span>`)],
    ['a 100 KB tag text', (a) => tag(a, `<span>${BIG}</span>`)],
    ['a 100 KB class', (a) => bubble(a).setAttribute('class', 'note'.repeat(25_000))],
    ['a 100 KB via line of "merge"', (a) => (via(a).textContent = 'merg'.repeat(25_000))],
    ['a 100 KB text of "merged into this "', (a) => fill(text(a), `<p>${'merged into this '.repeat(6_000)}</p>`)],
    ['a 100 KB attribute of "=agents"', (a) => a.setAttribute('data-x', '=agent'.repeat(17_000))],
    // The comment's own label starts after a \0: 100 KB of them in a tag (a script may set any character) is no blow-up.
    ['a 100 KB text of NUL characters beside the comment', (a) => content(a).prepend('\0'.repeat(100_000))],
    ['a 100 KB attribute of NUL characters then "merg"', (a) => a.setAttribute('data-x', '\0merg'.repeat(20_000))],
  ];
  // The reading's own cost: the same page's reading without the input subtracted (loading the fixture is no part of it).
  for (const [name, change] of zd)
    it(`Zendesk: ${name}`, () => expect(timed(() => zendesk(change)) - timed(() => zendesk(() => {}))).toBeLessThan(200));
  const fd: [string, string, ((i: Element) => void)?][] = [
    ['a 100 KB class of "class="', item('', REPLY), (i) => i.setAttribute('title', 'class='.repeat(17_000))],
    ['a 100 KB class', item('', REPLY), (i) => i.setAttribute('class', `ticket-details__item ${'ticket_note '.repeat(8_000)}`)],
    ['a 100 KB header text of "merged"', item('', `${REPLY}<span>${'merged '.repeat(14_000)}</span>`)],
    ['a 100 KB attribute of "agents"', item('', REPLY), (i) => i.setAttribute('data-x', 'agents '.repeat(14_000))],
  ];
  for (const [name, html, change] of fd)
    it(`Freshdesk: ${name}`, () => expect(timed(() => freshdesk(html, change)) - timed(() => freshdesk(html))).toBeLessThan(200));
});
