// read23: honest public messages beside read23's rules (all modelled): the merge and agents-only words in other languages,
// white space inside a phrase, an element whose children show no words read whole, a sender's name taken out only as a
// word of its own, nothing read on a link to a page. Each must stay public with its text.
import { SAM, commentText as text, fill, honestCases, item, status, tag } from './page-notes-support';

const REPLY = `${SAM}${status('replied')}`;
const body = (html: string) => `<div class="ticket_note" data-note-id="777">${html} `;
const sender = (a: Element) => a.querySelector('[data-test-id="omni-log-item-sender"] strong')!;

honestCases(
  'read23',
  [
    [
      'an agent\'s German reply "Ihre beiden Konten wurden zusammengeführt"',
      (a) => fill(text(a), '<p>Ihre beiden Konten wurden zusammengeführt. Refund approved internally.</p>'),
    ],
    [
      'an agent\'s French reply "J\'ai fusionné vos deux comptes"',
      (a) => fill(text(a), "<p>J'ai fusionné vos deux comptes. Refund approved internally.</p>"),
    ],
    [
      'an agent\'s Spanish reply "la oferta es solo para agentes"',
      (a) => fill(text(a), '<p>La oferta es solo para agentes. Refund approved internally.</p>'),
    ],
    ['a header badge "Email" beside its icon, in one element', (a) => tag(a, '<span class="sc-t1-0"><svg></svg> Email</span>')],
    ['a header badge "Sent" beside its icon, in one element', (a) => tag(a, '<span class="sc-t1-0"><i></i>Sent</span>')],
    ['a sender named "Solo Para Agentes"', (a) => (sender(a).textContent = 'Solo Para Agentes')],
    ['a sender named "In" (a piece of other words)', (a) => (sender(a).textContent = 'In')],
    [
      'a header link to a page titled "Only visible to agents: the handbook"',
      (a) => tag(a, '<a href="/hc/handbook" title="Only visible to agents: the handbook">Handbook</a>'),
    ],
  ],
  [
    ['a reply whose text says "Vos deux tickets ont été fusionnés"', item('', REPLY, body('Vos deux tickets ont été fusionnés.'))],
    ['a reply whose text says "nur für Agenten sichtbar"', item('', REPLY, body('Die Seite ist nur für Agenten sichtbar.'))],
    [
      'a reply with a "Zusammengefasst" (summarized) badge beside its icon',
      item('', `${REPLY}<span class="badge"><i></i> Zusammengefasst</span>`),
    ],
    ['a reply with a "Fusionner" (merge) button in its header', item('', `${REPLY}<button>Fusionner</button>`)],
    ['a reply with an "Email" badge beside its icon', item('', `${REPLY}<span class="badge"><i></i> Email</span>`)],
    ['a reply Cc: agents.only@acme.example', item('', `${REPLY}<div class="emails-info">Cc: agents.only@acme.example</div>`)],
    [
      'a reply by an agent named "Para Agentes" (a link to the agent)',
      item('', `<a data-test-id="user-name" href="/a/agents/9003">Para Agentes</a>${status('replied')}`),
    ],
  ],
);
