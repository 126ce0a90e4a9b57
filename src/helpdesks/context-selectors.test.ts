// ctx18: a message's own sheet can hide its text through the page's markup AROUND the message ("article .x",
// "div > div > .x", ":root .x"), which the REST reading never sees. A hiding rule whose parts left of its key (the
// rightmost compound) cannot be decided inside the message is taken as matching when its key does (fail-safe: unsure ->
// hidden); a rule that only gives colours or fonts is never assumed. Through shownHtml, both helpdesks' REST readers and
// both page readings.
import { describe, expect, it } from 'vitest';
import { READINGS } from './page-test-support';
import { readPage } from './page-text';
import { readZendeskApi } from './zendesk/read-api';
import { zendeskAdapter } from './zendesk/adapter';
import { loadPage as loadZendeskPage, pageUrl, selectTicketTab } from '../../tests/fixtures/zendesk/load';
import { readFreshdeskApi } from './freshdesk/read-api';
import { freshdeskAdapter } from './freshdesk/adapter';
import { incomingReply, loadJson, loadPage as loadFreshdeskPage } from './freshdesk/test-support';

const secret = (rule: string, hides = 'display:none') => `<style>${rule}{${hides}}</style><span class="x">SECRET</span>`;

/** Rules that need markup outside the message to match: the page may have it, so the text counts as hidden. */
const HOSTILE: [string, string][] = [
  ['descendant of a tag around it', secret('article .x')],
  ['descendant of a test id around it', secret('[data-test-id] .x')],
  ["descendant of Freshdesk's note class", secret('.ticket_note .x')],
  ['child of child of child', secret('div > div > div > .x')],
  ['grandchild of an element that is not the body', secret(':not(body) > div > .x')],
  ['four universal ancestors', secret('* * * * .x')],
  ['descendant of the document body', secret('body .x')],
  [':root descendant', secret(':root .x')],
  ['general sibling outside, then descendant', secret('aside ~ div .x')],
  ['adjacent sibling outside, then descendant', secret('header + div .x')],
  [':is() with outer parts', secret(':is(article, section) .x')],
  [':where() with an outer class', secret(':where(.app) .x')],
  [':has() on an outer element', secret('body:has(main) .x')],
  [':is() of a complex selector in the key', secret('.x:is(main *)')],
  [':not() of a complex selector in the key', secret('.x:not(.nothing > *)')],
  ['visibility hidden through an outer tag', secret('main .x', 'visibility:hidden')],
  ['font-size 0 through an outer class', secret('.app .x', 'font-size:0')],
  ['opacity 0 through :root >', secret(':root > body .x', 'opacity:0')],
  // Targeting hacks that hide in some clients (Gmail's <u> before its body, Outlook.com's ExternalClass, Outlook's dark
  // mode): real hiding where they match, so fail-safe hidden here.
  ["Gmail's u + .body hack", secret('u + .body .x')],
  ["Outlook.com's .ExternalClass", secret('.ExternalClass .x')],
  ["Outlook's dark-mode attribute", secret('[data-ogsc] .x')],
];

/**
 * Rules that reach outside only from the message's top level (its parent and siblings are the page's): read where the
 * key sits there. Inside the message the walk decides them (a page line's parent is known), so the page readings,
 * whose test line is nested, are not asked.
 */
const TOP_LEVEL: [string, string][] = [
  ['html > body > div > key', secret('html > body > div > .x')],
  [':nth-child on the message root', secret('div:nth-child(2) > .x')],
  ['attribute of an outer element, child chain', secret('[data-garden-id] > * > .x')],
  ['a sibling the page may put before the message', secret('.toolbar + .x')],
  ['a universal sibling chain', secret('* ~ * ~ .x')],
];

const kept = (rule: string, html = '<span class="x">VISIBLE</span>') => `<style>${rule}</style>${html}`;

/** Honest e-mail sheets: descendant rules that do not hide, and hiding rules the message itself decides against. */
const HONEST: [string, string][] = [
  ['a font through an outer tag', kept('article .x{font-family:Arial,sans-serif}')],
  ["Outlook.com's line-height fix", kept('.ExternalClass, .ExternalClass p, .ExternalClass span{line-height:100%}')],
  [
    'a dark grey text colour in a table',
    kept('table td .x{color:#333333}', '<table><tr><td><span class="x">VISIBLE</span></td></tr></table>'),
  ],
  ['black on white through body', kept('body .x{background:#ffffff;color:#000000}')],
  ['a font size through a wrapper', kept('.wrapper .x{font-size:14px}', '<div class="wrapper"><span class="x">VISIBLE</span></div>')],
  ["Apple's data detectors reset", kept('a[x-apple-data-detectors] .x{color:inherit!important;text-decoration:none!important}')],
  ["Outlook's link padding", kept('#outlook a{padding:0}', '<a href="https://example.com" class="x">VISIBLE</a>')],
  ['a colour through an outer child chain', kept('div > div > .x{color:#1a1a1a}')],
  ['a child rule whose parent inside is another', kept('.a > .x{display:none}', '<div class="c"><span class="x">VISIBLE</span></div>')],
  ['an adjacent rule whose sibling inside is another', kept('h1 + .x{display:none}', '<div><p>Hi</p><span class="x">VISIBLE</span></div>')],
  [
    'a sibling rule whose sibling comes after',
    kept('.y ~ .x{display:none}', '<div><span class="x">VISIBLE</span><span class="y">.</span></div>'),
  ],
  ['a hiding rule in a narrow-screen @media', kept('@media (max-width:600px){.wrap .x{display:none}}')],
  ['a hiding descendant rule for a class the message lacks', kept('.mobile .only{display:none}')],
  ['a key compound the element does not match', kept('article p.x{display:none}')],
  [
    'a child rule inside a table cell',
    kept('td > .x{display:none}', '<table><tr><td><div><span class="x">VISIBLE</span></div></td></tr></table>'),
  ],
  ['an image-adjacent rule', kept('img + .x{display:none}', '<div><p>Hi</p><span class="x">VISIBLE</span></div>')],
  ['a colour on the nth child through an outer parent', kept('div:nth-child(2) > .x{color:#cc0000}')],
  ['a newsletter heading through an outer class', kept('.ExternalClass h1{font-size:24px;color:#003366}', '<h1>VISIBLE</h1>')],
];

/**
 * leak19: the page readings match a rule's left part on the message's real ancestors (its context), so a rule for markup
 * the page does not have around the message hides nothing there, as on the page (the REST reading still assumes it).
 */
const NOT_ON_PAGE: Record<string, string[]> = {
  'Zendesk page': ["descendant of Freshdesk's note class", 'font-size 0 through an outer class'],
  'Freshdesk page': ['descendant of a tag around it', 'font-size 0 through an outer class'],
};

describe('ctx18: a hiding rule through markup around the message counts as matching', () => {
  for (const [reading, read] of READINGS)
    for (const [name, html] of HOSTILE)
      if (NOT_ON_PAGE[reading]?.includes(name)) it(`${reading}, not on the page: ${name}`, () => expect(read(html)).toContain('SECRET'));
      else it(`${reading}: ${name}`, () => expect(read(html)).not.toContain('SECRET'));
  for (const [name, html] of TOP_LEVEL) it(`REST, top level: ${name}`, () => expect(READINGS[2]![1](html)).not.toContain('SECRET'));
});

describe('ctx18: honest sheets keep their text', () => {
  for (const [reading, read] of READINGS)
    for (const [name, html] of HONEST) it(`${reading}: ${name}`, () => expect(read(html)).toContain('VISIBLE'));
});

/** The message's text through the Zendesk REST reader, the comment's html_body holding `html`. */
async function zendeskRest(html: string, top = false) {
  const doc = loadZendeskPage('two-tabs.html');
  selectTicketTab(doc, '1');
  const dom = readPage(zendeskAdapter.readFromDom, doc, pageUrl('/agent/tickets/1'));
  const answer = {
    comments: [
      {
        id: 1,
        author_id: 9,
        public: true,
        html_body: top ? `<p>Hello, my order is late.</p>${html}` : `<div class="zd-comment"><p>Hello, my order is late.</p>${html}</div>`,
        plain_body: `Hello, my order is late. ${html.replace(/<[^>]*>/g, ' ')}`,
      },
    ],
    users: [{ id: 9, name: 'Dana Whitfield', role: 'end-user' }],
  };
  const ticket = await readZendeskApi(dom, async (path) => (path.endsWith('1.json') ? { ticket: { id: 1 } } : answer));
  return ticket.messages[0]!.text;
}

/** The last reply's text through the Freshdesk REST reader, its HTML body holding `html`. */
async function freshdeskRest(html: string, top = false) {
  const { doc, url } = loadFreshdeskPage('standard');
  const dom = readPage(freshdeskAdapter.readFromDom, doc, url);
  const { api } = loadJson('routes.json') as { api: Record<string, string> };
  const reply = incomingReply(
    top ? `<p>Still broken.</p>${html}` : `<div>Still broken.${html}</div>`,
    `Still broken. ${html.replace(/<[^>]*>/g, ' ')}`,
  );
  const ticket = await readFreshdeskApi(dom, async (path) => {
    if (path.startsWith('/api/v2/tickets/101/conversations')) return [reply];
    if (!api[path]) throw new Error(`${path.split('?')[0]}: HTTP 404`);
    return loadJson(api[path]);
  });
  return ticket.messages.at(-1)!.text;
}

describe('ctx18: end to end through the REST readers', () => {
  for (const [reader, read] of [
    ['Zendesk REST', zendeskRest],
    ['Freshdesk REST', freshdeskRest],
  ] as const) {
    for (const [name, html] of HOSTILE) it(`${reader}: ${name}`, async () => expect(await read(html)).not.toContain('SECRET'));
    for (const [name, html] of TOP_LEVEL)
      it(`${reader}, top level: ${name}`, async () => expect(await read(html, true)).not.toContain('SECRET'));
    for (const [name, html] of HONEST) it(`${reader} keeps: ${name}`, async () => expect(await read(html)).toContain('VISIBLE'));
  }
});
