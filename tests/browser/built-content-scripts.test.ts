// What the build puts on every helpdesk page, checked on the build `npm run test:browser` just made:
// each content script is an anonymous IIFE (nothing of ours becomes a global of the page; the editor
// bridge runs in the page's own world), carries none of the cue's weights or valence lists (they
// belong to the background), and stays within its size budget (`npm run bench:foundation` reports it).
// In the code-cached build (scripts/build/cached-content-scripts.ts) a helpdesk's script is a loader and
// its module: the module is the script as it was, and the page's budget counts loader and module together.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asCachedModule, pageScriptGzipBytes } from '../../scripts/build/cached-content-scripts.ts';
import { shipsCachedModules, shipsSidebarFrame } from '../../src/background/custom-domain-scripts.ts';
import { HELPDESKS } from '../../src/helpdesks/descriptors.ts';
import { EXTENSION_DIR } from '../support/chromium.ts';

const DIR = `${EXTENSION_DIR}/content-scripts`;
const files = readdirSync(DIR).filter((file) => file.endsWith('.js'));
const BUDGET_BYTES = 35 * 1024;
const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as object;
const cached = shipsCachedModules(manifest);
/** The sidebar frame build (docs/sidebar-frame.md) also ships each helpdesk's script for own domains. */
const frame = shipsSidebarFrame(manifest);
const PRAGMA = '//# allFunctionsCalledOnLoad\n';
/** The code each helpdesk page runs as its script: the module in the code-cached build, else the script. */
const scriptOf = (helpdesk: string) => readFileSync(`${DIR}/${helpdesk}${cached ? '-module' : ''}.js`, 'utf8');
const scripts: [name: string, code: string][] = [
  ['editor-bridge', readFileSync(`${DIR}/editor-bridge.js`, 'utf8')],
  ...HELPDESKS.map((helpdesk): [string, string] => [helpdesk, cached ? scriptOf(helpdesk).replace(PRAGMA, '') : scriptOf(helpdesk)]),
];

describe(`the built content scripts (${cached ? 'code-cached' : 'plain'} build)`, () => {
  it('are the two helpdesks (in the code-cached build each a loader and its module) and the editor bridge', () => {
    const helpdeskFiles = HELPDESKS.flatMap((helpdesk) => [
      ...(cached ? [`${helpdesk}.js`, `${helpdesk}-module.js`] : [`${helpdesk}.js`]),
      ...(frame ? [`${helpdesk}-own.js`] : []),
    ]);
    expect(files.sort()).toEqual(['editor-bridge.js', ...helpdeskFiles].sort());
  });

  // The frame page is web-accessible to the hosted helpdesks only: an own domain gets the shadow-root view.
  it.runIf(frame).each(HELPDESKS)('%s: the hosted script paints in the frame, the own-domain script in a shadow root', (helpdesk) => {
    expect(scriptOf(helpdesk)).toContain('sidebar-frame.html');
    expect(scriptOf(helpdesk)).not.toContain('sf-resize');
    const own = readFileSync(`${DIR}/${helpdesk}-own.js`, 'utf8');
    expect(own).not.toContain('sidebar-frame.html');
    expect(own).toContain('sf-resize');
  });

  it.each(scripts)('%s declares no global and keeps the IIFE in parentheses (compiled once)', (_name, code) => {
    expect(code.startsWith('(function(){')).toBe(true);
    expect(code.trimEnd().endsWith('})();')).toBe(true);
  });

  it.runIf(cached).each(HELPDESKS)('%s: the loader only imports its module, and the module compiles eagerly', (helpdesk) => {
    // An expression statement: it declares nothing in the content script's world.
    expect(readFileSync(`${DIR}/${helpdesk}.js`, 'utf8')).toBe(asCachedModule(helpdesk, '').loader);
    expect(scriptOf(helpdesk).startsWith(PRAGMA)).toBe(true);
  });

  it.each(scripts)('%s carries no cue model or valence lists', (_name, code) => {
    expect(code).not.toContain('souffleur-cue-linear/');
    expect(code).not.toContain('souffleur-valence/');
  });

  it.each([...HELPDESKS, 'editor-bridge'])('%s is within 35 KB gzip on the page (in the code-cached build: loader and module)', (name) => {
    expect(pageScriptGzipBytes(EXTENSION_DIR, name)).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("the editor bridge carries no Preact: every helpdesk page load compiles it in the page's main thread", () => {
    // It has no JSX; the classic-JSX plugin's import once brought Preact in (15,038 B, about 5,000 B without).
    const bridge = readFileSync(`${DIR}/editor-bridge.js`, 'utf8');
    expect(bridge.length).toBeLessThan(6_000);
    for (const preactMarker of ['dangerouslySetInnerHTML', 'http://www.w3.org/2000/svg']) expect(bridge).not.toContain(preactMarker);
  });

  it.each(HELPDESKS)('%s carries of its descriptor only the name and the matches', (helpdesk) => {
    // The sidebar's warnings need the helpdesk's name, WXT's script definition its matches; the hosted domain,
    // the editor and the script's path belong to the manifest and the background.
    const code = scriptOf(helpdesk);
    expect(code).not.toContain('content-scripts/');
    expect(code).not.toContain('hostedDomain');
  });

  it('are installed only where they can run: Chrome 111+ (MAIN-world bridge; tab switches by the Navigation API alone)', () => {
    // The Chrome build has no location polling to fall back on (scripts/build/trim-content-script-context.ts).
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as { minimum_chrome_version?: string };
    expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(111);
  });
});
