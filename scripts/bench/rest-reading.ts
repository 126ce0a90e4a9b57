// `npm run bench:rest-reading` (page16): the REST reading of a message's HTML (src/helpdesks/shown-html.ts, then the
// shared walk, as both helpdesks' REST readers do in the background) on 200 KB of hostile HTML, against 200 KB of an
// honest newsletter. Linear means of the same order: budget 3x the honest figure. Figures are medians.
import { shownHtml } from '../../src/helpdesks/shown-html';
import { splitMessageElement } from '../../src/ticket/quotes';
import { median, report } from './report.ts';

const AREA = 'rest-reading';
const SIZE = 200_000;
const RUNS = 7;
const BUDGET_RATIO = 3;

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const read = (html: string) => {
  const shown = shownHtml(html);
  return shown ? splitMessageElement(shown).text : '';
};
const timed = (html: string) => {
  read(html); // warm up
  return median(
    Array.from({ length: RUNS }, () => {
      const start = performance.now();
      read(html);
      return performance.now() - start;
    }),
  );
};

const row =
  '<tr><td bgcolor="#ffffff" style="padding:12px;font:14px/1.4 Arial,sans-serif;color:#333333">Everything is 20% off until Sunday.' +
  '<span style="color:#999999;font-size:11px"> Terms apply.</span></td></tr>';
const honest = `<style>.h{color:#fff;background:#202124}@media (max-width:480px){.d{display:none}}</style><table>${fill(row)}</table>`;

const HOSTILE: [string, string][] = [
  ['nested calc()', `<p style="position:absolute;left:${fill('calc(').slice(0, SIZE / 2)}-9999px${')'.repeat(SIZE / 10)}">x</p>`],
  ['a calc() of terms', `<p style="text-indent:calc(${fill('1px + ')}1px)">x</p>`],
  ['a font shorthand of words', `<p style="font:${fill('bold ')}1px a">x</p>`],
  ['a clip-path polygon of points', `<p style="clip-path:polygon(${fill('5% 5%,')}5% 5%)">x</p>`],
  ['a transform of scales', `<p style="transform:${fill('scale(.99) ')}">x</p>`],
  ['an @media of features', `<style>@media ${fill('(min-width:0) and ')}screen{.p{display:none}}</style><p class="p">x</p>`],
  ['a selector list of pseudo-elements', `<style>${fill('b::first-line,')}p{display:none}</style><p>x</p>`],
  [
    'elements with !important sheet colours',
    `<style>.c{color:#fff!important;opacity:.5}</style>${fill('<p class="c" style="color:#000">x</p>')}`,
  ],
  ['opacities nested 500 deep', `${'<div style="opacity:.99">'.repeat(500)}${fill('<b style="zoom:.99">x</b>')}${'</div>'.repeat(500)}`],
];

const base = timed(honest);
report(AREA, `an honest 200 KB newsletter`, base, 'ms');
for (const [name, html] of HOSTILE) report(AREA, `200 KB of ${name}, x the honest`, timed(html) / base, 'x', BUDGET_RATIO);
