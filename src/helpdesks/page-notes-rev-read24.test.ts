// rev-read24 (modelled): bypasses of read24's ideas one step further, and honest labels its new words took for notes.
import { describe, expect, it } from 'vitest';
import { SAM, freshdesk, honestCases, item, leakCases, status, tag, zendesk } from './page-notes-support';

const REPLY = `${SAM}${status('replied')}`;
const badge = (html: string) => item('', `${REPLY}${html}`);
const ztag = (text: string) => (a: Element) => tag(a, `<span class="sc-t1-0">${text}</span>`);

leakCases(
  'rev-read24 (1) icons',
  [
    ['a Font Awesome lock <i class="fa fa-lock">', (a) => tag(a, '<i class="fa fa-lock"></i>')],
    ['a Material icon "lock_outline"', (a) => tag(a, '<span class="material-icons">lock_outline</span>')],
  ],
  [
    ['a Font Awesome lock <i class="fa fa-lock">', badge('<i class="fa fa-lock"></i>')],
    ['a Material icon "lock_outline"', badge('<span class="material-icons">lock_outline</span>')],
  ],
);
honestCases(
  'rev-read24 (1)',
  [['a comment of class "scroll-lock"', (a) => a.classList.add('scroll-lock')]],
  [['a conversation list of class "is-scroll-lock"', badge(''), (i) => i.parentElement!.classList.add('is-scroll-lock')]],
);
leakCases(
  'rev-read24 (2) look-alikes',
  [
    ['a tag in small capitals "ɪɴᴛᴇʀɴᴀʟ ɴᴏᴛᴇ"', ztag('ɪɴᴛᴇʀɴᴀʟ ɴᴏᴛᴇ')],
    ['a tag "I\u0300nternal" (a combining mark)', ztag('I\u0300nternal')],
    ['a tag "In\u0308ternal" (a mark on n)', ztag('In\u0308ternal')],
    ['a tag "\u03b9ntern\u03b1l" (Greek ι, α)', ztag('\u03b9ntern\u03b1l')],
    ['a tag "\u13a5nternal" (Cherokee Ꭵ)', ztag('\u13a5nternal')],
    ['a tag "I\u0578ternal" (Armenian ո)', ztag('I\u0578ternal')],
    ['a tag "Ⓘnternal" (an enclosed letter)', ztag('Ⓘnternal')],
    ['a tag "𝐈𝐧𝐭𝐞𝐫𝐧𝐚𝐥" (mathematical bold)', ztag('𝐈𝐧𝐭𝐞𝐫𝐧𝐚𝐥')],
    ['a tag "\u0420\u0433ivate" (Cyrillic Р, г)', ztag('\u0420\u0433ivate')],
  ],
  [
    ['a badge in small capitals "ᴘʀɪᴠᴀᴛᴇ"', badge('<span class="badge">ᴘʀɪᴠᴀᴛᴇ</span>')],
    ['a badge "Pri\u0301vate"', badge('<span class="badge">Pri\u0301vate</span>')],
    ['a badge "\u03c1rivate" (Greek ρ)', badge('<span class="badge">\u03c1rivate</span>')],
    ['a badge "\u13e2rivate" (Cherokee Ꮲ)', badge('<span class="badge">\u13e2rivate</span>')],
    ['the action line "added a ᴘʀɪᴠᴀᴛᴇ note"', item('', `${SAM}${status('replied, added a ᴘʀɪᴠᴀᴛᴇ note')}`)],
  ],
);
honestCases(
  'rev-read24 (2)',
  [
    ['a tag "Απάντηση προς πελάτη" (Greek: reply to the customer)', ztag('Απάντηση προς πελάτη')],
    ['a tag "Ответ клиенту, через почту" (Russian)', ztag('Ответ клиенту, через почту')],
    ['a tag "Պատասխան հաճախորդին" (Armenian: reply to the customer)', ztag('Պատասխան հաճախորդին')],
    ['a tag "Réponse envoyée" (French, marks)', ztag('Réponse envoyée')],
    ['a tag "답장 보냄" (Korean: reply sent)', ztag('답장 보냄')],
  ],
  [
    ['a badge "Απάντηση" with a Greek ρ in "προς"', badge('<span class="badge">Απάντηση προς πελάτη</span>')],
    ['a badge "Ответ отправлен" (Russian: reply sent)', badge('<span class="badge">Ответ отправлен</span>')],
    ['a badge "ᏣᎳᎩ" (Cherokee)', badge('<span class="badge">ᏣᎳᎩ</span>')],
  ],
);

/** An agent's item whose action line shows "sent an email" (no reply evidence), `style` on a "replied" before it. */
const styled = (style: string, after = ' sent an email'): [string, string] => [
  style,
  item('', `${SAM}${status(`<span style="${style}">replied </span>${after}`)}`),
];
leakCases(
  'rev-read24 (3) hidden "replied"',
  [],
  [
    'opacity:0 !important',
    'font-size:0 !important',
    'transform:scale(0)',
    'clip-path:inset(50%)',
    'color:transparent',
    'content-visibility:hidden',
    'opacity:-1',
    'scale: 0',
    'position:absolute;clip:rect(0 0 0 0)',
    'position:absolute;left:-9999px',
  ].map((style) => styled(style)),
);
honestCases(
  'rev-read24 (3)',
  [],
  [
    'transform:scale(1.1)',
    'transform: scale(0.9)',
    'background-color:transparent',
    'opacity:0.6 !important',
    'clip:rect(0, 80px, 20px, 0)',
    'margin-left:-12px',
  ].map((style) => styled(style, '')),
);

leakCases(
  'rev-read24 (4) an address beside the label',
  [
    ['a tag "private@note"', ztag('private@note')],
    ['a tag "یادداشت خصوصی" (Persian: private note)', ztag('یادداشت خصوصی')],
  ],
  [
    ['a lock titled "note@private"', badge('<i title="note@private"></i>')],
    ['a badge "הערה פרטית" (Hebrew: private note)', badge('<span class="badge">הערה פרטית</span>')],
    ['a badge "מסר פרטי" (Hebrew: private message)', badge('<span class="badge">מסר פרטי</span>')],
    ['a badge "یادداشت خصوصي" (Persian, Arabic ي)', badge('<span class="badge">یادداشت خصوصي</span>')],
    ['a badge "private@note"', badge('<span class="badge">private@note</span>')],
  ],
);
honestCases(
  'rev-read24 (4)',
  [
    ['a tag "در خصوص سفارش" (Persian: regarding the order)', ztag('در خصوص سفارش')],
    ['a tag "خصوصیات محصول" (Persian: product features)', ztag('خصوصیات محصول')],
    ['a header line "CC: jane@private-mail.example"', ztag('CC: jane@private-mail.example')],
  ],
  [
    ['a badge "در خصوص سفارش" (Persian: regarding the order)', badge('<span class="badge">در خصوص سفارش</span>')],
    ['a badge "פרטי הזמנה" (Hebrew: order details)', badge('<span class="badge">פרטי הזמנה</span>')],
    [
      'a reply Cc "private.office@acme.example"',
      item('', `${REPLY}<div class="emails-info" data-test-id="to-emails">To: jane.doe@example.com, Cc: private.office@acme.example</div>`),
    ],
  ],
);

// The wider fold's cost: every letter outside ASCII is looked up; 100 KB of them within 200 ms of the same tag in Latin.
const timed = (read: () => unknown) => {
  const t = performance.now();
  read();
  return performance.now() - t;
};
describe('rev-read24 (2): 100 KB tags outside ASCII', () => {
  const words = (pair: string) => `<span>${`${pair} `.repeat(33_000)}</span>`;
  const pairs: [string, string][] = [
    ['Chinese', '备忘'],
    ['small capitals', 'ᴀᴘ'],
    ['marked letters', 'e\u0301a'],
  ];
  for (const [name, pair] of pairs)
    it(`Zendesk and Freshdesk: ${name}`, () => {
      expect(timed(() => zendesk((a) => tag(a, words(pair)))) - timed(() => zendesk((a) => tag(a, words('ap'))))).toBeLessThan(200);
      expect(timed(() => freshdesk(badge(words(pair)))) - timed(() => freshdesk(badge(words('ap'))))).toBeLessThan(200);
    });
});
describe('rev-read24 (4): 100 KB around "@"', () => {
  for (const unit of ['priv@', '@private-', 'private.x@a-', '@'])
    it(`Zendesk and Freshdesk: "${unit}" repeated`, () => {
      const span = `<span>${unit.repeat(100_000 / unit.length)}</span>`;
      expect(timed(() => zendesk((a) => tag(a, span))) - timed(() => zendesk(() => {}))).toBeLessThan(200);
      expect(timed(() => freshdesk(badge(span))) - timed(() => freshdesk(badge('')))).toBeLessThan(200);
    });
});
leakCases(
  'rev-read24 (5) words beside a child with words',
  [['a tag "Private" before an address element', (a) => tag(a, '<span class="sc-t1-0">Private<span>sam@acme.example</span></span>')]],
  [
    ['a badge "Private" beside a child with words', badge('<span class="badge">Private <b>· Sam</b></span>')],
    ['a badge "Private" before an address element', badge('<span class="badge">Private<b>sam@acme.example</b></span>')],
  ],
);
