// Round 14 review (rev-page16): since read18 the REST reading reads every message a helpdesk page shows, so a rule
// of round 14 that is too broad drops honest customer text everywhere. Honest real-world e-mail HTML (Outlook/Word,
// Gmail and Apple Mail quotes, newsletters with many rules and media queries, RTL, icons turned by transforms) must be
// kept; hostile forms on round 14's new code paths (calc() nesting, min()/max(), clamp() with var(), media query
// lists, <style media>, !important order, print-only sheets) must not reach the model.
import { describe, expect, it } from 'vitest';
import { READINGS, restText } from './page-test-support';
import { readPage } from './page-text';
import { readZendeskApi } from './zendesk/read-api';
import { zendeskAdapter } from './zendesk/adapter';
import { loadPage as loadZendeskPage, pageUrl, selectTicketTab } from '../../tests/fixtures/zendesk/load';

const WORD_SHEET = `<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
a:visited, span.MsoHyperlinkFollowed {mso-style-priority:99; color:#954F72; text-decoration:underline;}
span.EmailStyle17 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt; mso-fareast-language:EN-US;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
@list l0 {mso-list-id:1; mso-list-type:hybrid;}
@list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7; mso-level-tab-stop:none; font-family:Symbol;}
--></style>`;

/** A newsletter's sheet of `n` top-level rules that colour and size text (Mailchimp's and HubSpot's run to hundreds). */
const bigSheet = (n: number) =>
  `<style>${Array.from({ length: n }, (_, i) => `.mcnText${i} a{color:#007c89;font-size:${12 + (i % 6)}px}`).join('\n')}</style>`;

/** Honest text an agent sees in real e-mails: every case must keep 'VISIBLE'. */
export const HONEST_MAIL: Record<string, string> = {
  'Outlook reply with a Word sheet and windowtext': `${WORD_SHEET}<div class="WordSection1"><p class="MsoNormal"><span style="mso-fareast-language:EN-US">VISIBLE thanks for the refund<o:p></o:p></span></p></div>`,
  'Outlook span.EmailStyle17 colour windowtext': `${WORD_SHEET}<p class="MsoNormal"><span class="EmailStyle17">VISIBLE reply text</span></p>`,
  'Outlook conditional comments around a table':
    '<!--[if mso]><table role="presentation" width="600"><tr><td><![endif]--><div style="max-width:600px;margin:0 auto">VISIBLE body</div><!--[if mso]></td></tr></table><![endif]-->',
  'Outlook not-mso block': '<!--[if !mso]><!--><div style="mso-hide:none">VISIBLE not mso</div><!--<![endif]-->',
  'Outlook font colours in pt sizes':
    '<p class="MsoNormal"><span style="font-size:10.0pt;font-family:&quot;Arial&quot;,sans-serif;color:#1F497D;mso-themecolor:text2">VISIBLE</span></p>',
  'Outlook black with mso-themecolor': '<span style="color:black;mso-themecolor:text1;mso-style-textfill-fill-color:black">VISIBLE</span>',
  'Gmail quote nested twice':
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Dana wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">VISIBLE</blockquote></blockquote></div>',
  'Apple Mail quote':
    '<blockquote type="cite" style="margin:0 0 0 5px;padding-left:5px;border-left:2px solid #1010ff"><div style="-webkit-text-size-adjust:auto;caret-color:rgb(0,0,0);color:rgb(0,0,0)">VISIBLE</div></blockquote>',
  'Apple Mail webkit nbsp mode':
    '<body style="word-wrap:break-word;-webkit-nbsp-mode:space;line-break:after-white-space"><div>VISIBLE</div></body>',
  'Mailchimp dark-mode and mobile media queries':
    '<style>@media (prefers-color-scheme: dark){body,#bodyTable{background:#121212!important}.mcnTextContent{color:#ffffff!important}}@media only screen and (max-width:600px){.mcnTextContent{font-size:16px!important;line-height:150%!important}.hide-mobile{display:none!important}}</style><table id="bodyTable"><tr><td class="mcnTextContent" style="color:#202020;font-size:14px">VISIBLE</td></tr></table>',
  'Mailchimp hidden preheader and honest text':
    '<span class="mcnPreviewText" style="display:none;font-size:0;line-height:0;max-height:0;max-width:0;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all">preview</span><p>VISIBLE</p>',
  'HubSpot sheet of 160 rules': `${bigSheet(160)}<p class="mcnText3">VISIBLE</p>`,
  'a newsletter sheet of 120 rules': `${bigSheet(120)}<p class="mcnText3">VISIBLE</p>`,
  'a newsletter reset with a long selector list':
    '<style>body,table,td,a,p,li,blockquote,h1,h2,h3,h4,h5,h6,span,div{-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;color:#222222}</style><p>VISIBLE</p>',
  'responsive table, honest max-height none':
    '<table><tr><td style="max-height:none;overflow:visible;font-size:14px">VISIBLE</td></tr></table>',
  'mobile-only copy hidden by inline max-height, desktop copy shown':
    '<div class="mobile" style="display:none;max-height:0;overflow:hidden;mso-hide:all">mobile copy</div><div class="desktop">VISIBLE</div>',
  'RTL Arabic e-mail':
    '<div dir="rtl" style="direction:rtl;text-align:right;font-family:Tahoma;unicode-bidi:embed"><p>VISIBLE مرحبا، طلبي متأخر</p></div>',
  'RTL with negative text-indent for hanging punctuation': '<p dir="rtl" style="text-indent:-1em;padding-right:1em">VISIBLE</p>',
  'font shorthand with a system font stack':
    '<p style="font:14px/1.5 -apple-system,BlinkMacSystemFont,&quot;Segoe UI&quot;,Roboto,Helvetica,Arial,sans-serif">VISIBLE</p>',
  'font shorthand 100%/1.4': '<p style="font:normal 400 100%/1.4 Arial">VISIBLE</p>',
  'font shorthand inherit': '<p style="font:inherit">VISIBLE</p>',
  'font shorthand with a keyword size small': '<p style="font:bold small Verdana">VISIBLE</p>',
  'an arrow icon turned half a turn': '<span style="display:inline-block;transform:rotate(180deg)">VISIBLE</span>',
  'a mirrored icon scaleX(-1)': '<span style="display:inline-block;transform:scaleX(-1)">VISIBLE</span>',
  'a centred badge translate(-50%,-50%)': '<div style="position:absolute;top:50%;left:50%;transform:translate(-50%,-50%)">VISIBLE</div>',
  'a side label turned a quarter within the page': '<span style="display:inline-block;transform:rotate(-90deg)">VISIBLE</span>',
  'a flipped card rotateY(180deg)': '<div style="transform:rotateY(180deg)">VISIBLE</div>',
  'a GPU hack translate3d(0,0,0)': '<div style="transform:translate3d(0,0,0)">VISIBLE</div>',
  'a translateX(calc(-50% + 10px))': '<div style="transform:translateX(calc(-50% + 10px))">VISIBLE</div>',
  ':lang() rule that colours': '<style>p:lang(de){color:#333}</style><p lang="de">VISIBLE</p>',
  '!important on an honest colour': '<style>.t{color:#333333!important}</style><p class="t" style="color:#fff">VISIBLE</p>',
  'an inline !important black over a sheet !important white (inline wins)':
    '<style>.w{color:#fff!important}</style><p class="w" style="color:#000!important">VISIBLE</p>',
  '!important dark background under white inline text':
    '<style>.b{background-color:#0a2540!important}</style><div class="b" style="background:#fff"><p style="color:#fff">VISIBLE</p></div>',
  'a print-only rule inside @media print': '<style>@media print{.no-print{display:none}}</style><p class="no-print">VISIBLE</p>',
  'a <style media="print"> hiding a screen block':
    '<style media="print">.screen{display:none!important}</style><p class="screen">VISIBLE</p>',
  'a <style media="only screen and (max-width:480px)">':
    '<style media="only screen and (max-width:480px)">.d{display:none}</style><p class="d">VISIBLE</p>',
  'a webkit-only interactive block (left, fallback kept)':
    '<style>@media screen and (-webkit-min-device-pixel-ratio:0){.fallback{display:none!important}}</style><p class="fallback">VISIBLE</p>',
  'a legal footer by clamp() with var()': '<p style="font-size:clamp(10px, var(--fs, 12px), 14px);color:#666">VISIBLE</p>',
  'an indent by max()': '<p style="text-indent:max(1em, 12px)">VISIBLE</p>',
  'a margin by min() of a percentage': '<p style="margin-left:min(-2px, 5%)">VISIBLE</p>',
  'a gentle opacity .6 in a sheet and .5 inline (0.3)':
    '<style>.m{opacity:.6}</style><div class="m"><p style="opacity:.5">VISIBLE</p></div>',
  'a zoom of 1.2 on a zoom of .5': '<div style="zoom:.5"><p style="zoom:1.2">VISIBLE</p></div>',
  'a header with a white font on a bgcolor table':
    '<table bgcolor="#1a73e8" width="100%"><tr><td align="center"><font color="#FFFFFF" face="Arial" size="2">VISIBLE</font></td></tr></table>',
  'an ::first-letter drop cap': '<style>p.intro::first-letter{font-size:3em;color:#c00;float:left}</style><p class="intro">VISIBLE</p>',
  'a ::before icon rule': '<style>.tick::before{content:"\\2713";color:#fff}</style><p class="tick">VISIBLE</p>',
};

/** Text the agent is not shown, on round 14's new code paths. */
export const HIDDEN_REVIEW: Record<string, string> = {
  'translateX(calc(-9999px))': '<span style="display:inline-block;transform:translateX(calc(-9999px))">HIDDEN</span>',
  'translate(calc(-100vw - 9999px), 0)': '<span style="display:inline-block;transform:translate(calc(-100vw - 9999px),0)">HIDDEN</span>',
  'scale(calc(1 / 100))': '<span style="display:inline-block;transform:scale(calc(1 / 100))">HIDDEN</span>',
  'scale(calc(.01))': '<span style="display:inline-block;transform:scale(calc(.01))">HIDDEN</span>',
  'font-size calc(calc(calc(1px)))': '<span style="font-size:calc(calc(calc(1px)))">HIDDEN</span>',
  'font-size min(1px, 5em)': '<span style="font-size:min(1px, 5em)">HIDDEN</span>',
  'text-indent max(-9999px, -10001px) (max picks -9999)': '<div style="text-indent:max(-9999px, -10001px)">HIDDEN</div>',
  'left min(-9999px, 10px), absolute': '<div style="position:absolute;left:min(-9999px, 10px)">HIDDEN</div>',
  'font-size clamp(0px, var(--x), 1px)': '<span style="font-size:clamp(0px, var(--x), 1px)">HIDDEN</span>',
  'font shorthand calc(1px) Arial': '<span style="font:calc(1px) Arial">HIDDEN</span>',
  'font shorthand 0/0 a': '<span style="font:0/0 a">HIDDEN</span>',
  '@media (0 <= width)': '<style>@media (0 <= width){.p{display:none}}</style><p class="p">HIDDEN</p>',
  '@media (width > 0px)': '<style>@media (width > 0px){.p{display:none}}</style><p class="p">HIDDEN</p>',
  '@media not all and (max-width:1px)': '<style>@media not all and (max-width:1px){.p{display:none}}</style><p class="p">HIDDEN</p>',
  '@media only screen, print (comma list)': '<style>@media only screen, print{.p{display:none}}</style><p class="p">HIDDEN</p>',
  '@media PRINT, SCREEN upper case': '<style>@media PRINT, SCREEN{.p{display:none}}</style><p class="p">HIDDEN</p>',
  '@media (max-width: 1e5px)': '<style>@media (max-width:1e5px){.p{opacity:0}}</style><p class="p">HIDDEN</p>',
  '@media (min-width: calc(0px))': '<style>@media (min-width:calc(0px)){.p{font-size:0}}</style><p class="p">HIDDEN</p>',
  '@media in an @supports': '<style>@supports (display:grid){@media screen{.p{display:none}}}</style><p class="p">HIDDEN</p>',
  '<style media="screen, print">': '<style media="screen, print">.p{display:none}</style><p class="p">HIDDEN</p>',
  '<style media="ALL">': '<style media="ALL">.p{display:none}</style><p class="p">HIDDEN</p>',
  '<style media=" (min-width:0) ">': '<style media=" (min-width:0) ">.p{visibility:hidden}</style><p class="p">HIDDEN</p>',
  'sheet !important opacity 0 over an inline opacity 1': '<style>.o{opacity:0!important}</style><p class="o" style="opacity:1">HIDDEN</p>',
  'two sheets: the later !important white wins':
    '<style>.w{color:#000!important}</style><style>.w{color:#fff!important}</style><p class="w">HIDDEN</p>',
  'print-only sheet that would show it: stays hidden':
    '<style media="print">.x{display:block!important}</style><p class="x" style="display:none">HIDDEN</p>',
  'a transform scale in a :lang() rule': '<style>span:lang(en){transform:scale(.01)}</style><span>HIDDEN</span>',
  'the scale property by calc(.01)': '<span style="display:inline-block;scale:calc(.01)">HIDDEN</span>',
  'translateY(min(-9999px, 0px))': '<span style="display:inline-block;transform:translateY(min(-9999px,0px))">HIDDEN</span>',
  'matrix(calc(1e-9), 0, 0, 1, 0, 0)': '<span style="display:inline-block;transform:matrix(calc(1e-9),0,0,1,0,0)">HIDDEN</span>',
  '@media (99999px >= width)': '<style>@media (99999px >= width){.p{display:none}}</style><p class="p">HIDDEN</p>',
  '@media not screen and (min-width:20000px)':
    '<style>@media not screen and (min-width:20000px){.p{display:none}}</style><p class="p">HIDDEN</p>',
  'a ::first-line rule of font-size 0 in a list': '<style>a, p.f::first-line{font-size:0}</style><p class="f">HIDDEN</p>',
  'a sheet zoom .3 times inline zoom .3': '<style>.z{zoom:.3}</style><div class="z"><p style="zoom:.3">HIDDEN</p></div>',
};

describe('round 14 review: honest e-mail HTML is kept (REST reading)', () => {
  for (const [name, html] of Object.entries(HONEST_MAIL)) it(name, () => expect(restText(html)).toContain('VISIBLE'));
});

describe('round 14 review: hostile forms on the new code paths do not reach the model (REST reading)', () => {
  for (const [name, html] of Object.entries(HIDDEN_REVIEW))
    it(name, () => {
      const text = restText(html);
      expect(text).toContain('Visible text.');
      expect(text).not.toContain('HIDDEN');
    });
});

// leak20: a position by var() the element does not set is read as far off-screen (unknown is kept from the model); one
// it sets is put in; margins keep var() as no move (Tailwind's space-x, hidden-in-html-round14.test.ts).
describe('leak20: a position by var() (REST and page readings)', () => {
  const HIDDEN: Record<string, string> = {
    'left calc(var(--x) * 1px), x undefined': '<div style="position:absolute;left:calc(var(--x) * 1px)">HIDDEN</div>',
    'left calc(var(--x) * 1px), x set on the element to -99999':
      '<div style="--x:-99999;position:absolute;left:calc(var(--x) * 1px)">HIDDEN</div>',
    'top var(--y, -9999px) with a fallback': '<div style="position:fixed;top:var(--y, -9999px)">HIDDEN</div>',
    'right calc(var(--r) * -1px) in a sheet': '<style>.r{position:absolute;right:calc(var(--r) * -1px)}</style><div class="r">HIDDEN</div>',
  };
  const VISIBLE: Record<string, string> = {
    "Tailwind 4's left-4, its --spacing set on the element":
      '<div style="--spacing:0.25rem;position:absolute;left:calc(var(--spacing) * 4)">VISIBLE</div>',
    'left auto, positioned': '<div style="position:relative;left:auto">VISIBLE</div>',
    'a var() left on an element not positioned': '<div style="left:calc(var(--x) * 1px)">VISIBLE</div>',
  };
  for (const [reading, read] of READINGS) {
    for (const [name, html] of Object.entries(HIDDEN)) it(`${reading}: ${name}`, () => expect(read(html)).not.toContain('HIDDEN'));
    for (const [name, html] of Object.entries(VISIBLE)) it(`${reading}: ${name} is kept`, () => expect(read(html)).toContain('VISIBLE'));
  }
});

// The review's new code paths (math inside transform functions and the scale property, a font size's floor under
// var(), media features either way round) on 100 KB of hostile input: linear, and still hidden.
describe('round 14 review: linear on 100 KB of hostile input (REST reading)', () => {
  const N = 100_000;
  it.each([
    ['a translate left open at the end', '<span style="display:inline-block;transform:translateX(calc(-9999px">HIDDEN</span>'],
    ['a translate of 25,000 unclosed calc(', `<span style="transform:translateX(${'calc('.repeat(N / 5)}-9999px)">HIDDEN</span>`],
    ['a transform of 10,000 calc() scales', `<span style="transform:${'scale(calc(.9)) '.repeat(N / 17)}">HIDDEN</span>`],
    ['a scale property of 20,000 min(', `<span style="scale:${'min('.repeat(N / 4)}.01">HIDDEN</span>`],
    ['a font size clamp( of 30,000 var() arguments', `<span style="font-size:clamp(1px,${'var(--a),'.repeat(N / 10)}1px)">HIDDEN</span>`],
    ['a font size max( of 30,000 unreadable arguments', `<span style="font-size:max(${'var(--a) '.repeat(N / 9)})">HIDDEN</span>`],
    [
      'an @media feature of 100,000 "<"',
      `<style>@media (${'<'.repeat(N)}width){.p{display:none}}</style><p class="p">shown: not a query</p><p style="display:none">HIDDEN</p>`,
    ],
    ['an @media feature of 100,000 blanks', `<style>@media (0${' '.repeat(N)}<= width){.p{display:none}}</style><p class="p">HIDDEN</p>`],
    [
      '500 !important colour rules on 5,000 elements',
      `<style>${Array.from({ length: 500 }, (_, i) => `.c${i}{color:#fff!important}`).join('')}</style>${'<p class="c1" style="color:#000">HIDDEN</p>'.repeat(5_000)}`,
    ],
  ])('%s', (_, html) => {
    const start = performance.now();
    expect(restText(html)).not.toContain('HIDDEN');
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

it('round 14 review: an Outlook reply and a newsletter read whole, end to end (Zendesk REST reader)', async () => {
  const doc = loadZendeskPage('two-tabs.html');
  selectTicketTab(doc, '1');
  const dom = readPage(zendeskAdapter.readFromDom, doc, pageUrl('/agent/tickets/1'));
  for (const name of [
    'Outlook span.EmailStyle17 colour windowtext',
    'Mailchimp dark-mode and mobile media queries',
    'HubSpot sheet of 160 rules',
  ]) {
    const answer = {
      comments: [
        { id: 1, author_id: 9, public: true, html_body: `<div class="zd-comment">${HONEST_MAIL[name]}</div>`, plain_body: 'VISIBLE' },
      ],
      users: [{ id: 9, name: 'Dana Whitfield', role: 'end-user' }],
    };
    const ticket = await readZendeskApi(dom, async (path) => (path.endsWith('1.json') ? { ticket: { id: 1 } } : answer));
    expect(ticket.messages[0]!.text, name).toContain('VISIBLE');
  }
});
