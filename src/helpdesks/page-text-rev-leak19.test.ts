// Review of leak19, part B: the page reading matches a message sheet's left part on the message's real ancestors (its
// context). Hiding rules the agent's page applies through those ancestors must still hide; unsure -> hidden.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { hidingMatches } from './outer-selectors';
import { textOfHtml } from './page-text';

const secret = (rule: string) => `<style>${rule}{display:none}</style><span class="x">SECRET</span>`;
/** The page's elements around the body as the content script sends them (lower-case names, as the DOM gives them). */
const CONTEXT = [
  '<html lang="en-US">',
  '<body class="App Ticket">',
  '<main class="app a>b a+b" id="Main" data-x="one two" data-lang="en-GB" style="color:red" role="main">',
  '<article data-id="1" class="Comment" title="Ticket &quot;1&quot;">',
  '<div class="zd-comment">',
];
const read = (rule: string, ctx = CONTEXT) => textOfHtml(`<p>Hi</p>${secret(rule)}`, ctx).text;

describe('leak19 review: rules the page applies through the real ancestors still hide', () => {
  it.each([
    ['a tag in upper case', 'ARTICLE .x'],
    ['an attribute name in upper case', '[DATA-ID] .x'],
    ['a case-blind attribute value (i flag)', '[class~="comment" i] .x'],
    ['an escaped class name', '.\\41 pp .x'],
    ['an escaped id', '#\\4d ain .x'],
    ['a class holding ">" (escaped)', '.a\\>b .x'],
    ['a class holding "+" (hex escaped)', '.a\\2b b .x'],
    ['~= on a data attribute', '[data-x~=two] .x'],
    ['|= on a data attribute', '[data-lang|=en] .x'],
    ['^= $= *=', '[data-x^="one "][data-x$=" two"][data-x*="e t"] .x'],
    ['the style attribute with a space in the brackets', '[ style] .x'],
    ['the style attribute escaped', '[\\73 tyle] .x'],
    ['the style attribute in any namespace', '[*|style] .x'],
    ['the style attribute by value', '[style*="red"] .x'],
    ['any namespace on a tag', '*|main .x'],
    ['html and body', 'html body .x'],
    ['body > main > article', 'body > main > article > div > .x'],
    ['a quoted attribute value holding a quote', '[title=\'Ticket "1"\'] .x'],
    [':is() around the page markup', ':is(main) .x'],
    [':where() around the page markup', ':where(.app) .x'],
    [':not() of a class the page lacks', ':not(.nothing) > .x'],
    [':has() on an ancestor', 'main:has(article) .x'],
    [':root', ':root .x'],
    [':scope', ':scope .x'],
    ['the lang of an ancestor', '[lang|=en] .x'],
    ['@media screen wrapper', '@media screen{main .x'],
    ['@supports wrapper', '@supports (display:grid){main .x'],
  ])('hidden: %s', (_name, rule) => {
    const css = rule.startsWith('@') ? `${rule}{display:none}}` : `${rule}{display:none}`;
    expect(textOfHtml(`<p>Hi</p><style>${css}</style><span class="x">SECRET</span>`, CONTEXT).text).not.toContain('SECRET');
  });
  it('a context the parser keeps but the helpdesk later gives a class (unknowable): ids and tags still decide', () =>
    expect(read('#Main article .x')).not.toContain('SECRET'));
});

describe('leak19 review: honest text the real ancestors keep', () => {
  it.each([
    ['a class the page lacks', '.ticket_note .x'],
    ['a case the page lacks (class names are case-sensitive)', '.COMMENT .x'],
    ['an id the page lacks', '#other .x'],
  ])('read: %s', (_name, rule) => expect(read(rule)).toContain('SECRET'));
});

describe('leak19 review: speed of the ancestor walk', () => {
  // Before the fix, each matching ancestor walked all those above it again: 400 deep x 200 elements took 15 s, 800 deep
  // 53 s (and hit the step cap, hiding at random).
  it('2,000 ancestors and 2,000 elements under a 3-compound rule: linear', () => {
    const { document } = parseHTML(
      `<!doctype html><html><body>${'<div class="w">'.repeat(2000)}<div id="r"><p>Hi</p>${'<span class="x">a</span>'.repeat(2000)}`,
    );
    const start = performance.now();
    expect(hidingMatches(document.getElementById('r')!, ['.nope .w .x'], true).size).toBe(0);
    expect(hidingMatches(document.getElementById('r')!, ['.w .w .x'], true).size).toBe(2000);
    expect(performance.now() - start).toBeLessThan(2000);
  });
  it('a 100 KB attribute on an ancestor', () => {
    const ctx = ['<html>', '<body>', `<main data-x="${'a '.repeat(50_000)}">`, '<div>'];
    const start = performance.now();
    expect(textOfHtml(`<p>Hi</p>${secret('[data-x~=b] .x')}`, ctx).text).toContain('SECRET');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
