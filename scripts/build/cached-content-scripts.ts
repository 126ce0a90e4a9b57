// Chromium compiles a content script from source on every page load: it is injected as an "inline
// script" and never code-cached (CDP trace, Chromium 156: the script's v8.compile has no consumed cache
// on any load, 6-8 ms top-level plus ~50 ms of lazy compilation per Freshdesk load at load average 12,
// while the page's own scripts come from the code cache from their third load). A module the content
// script imports from the extension's package is fetched like a page's script, so it is streamed off
// the main thread and code-cached. So the build ships each helpdesk script as a module and a
// one-line loader in its place; `//# allFunctionsCalledOnLoad` has V8 compile every function when the
// module loads, so the cache holds them all and a warm load compiles almost nothing (measured in the
// comment of scripts/bench/main-thread.ts). Which browsers get it: wxt.config.ts; why, the error state, the
// budget and what the page can learn: docs/cached-content-scripts.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FRESHDESK_MATCHES } from '../../src/helpdesks/freshdesk/descriptor';
import { ZENDESK_MATCHES } from '../../src/helpdesks/zendesk/descriptor';
import { webAccessibleTo } from './web-accessible';
import { LOAD_FAILED } from '../../src/content/load-failed';

/**
 * The modules are web-accessible so that the content script may import them, to the hosted helpdesks'
 * pages only, at a per-session address on Chrome (./web-accessible.ts). A helpdesk on a company's own
 * domain is not among those origins: the background registers the module there as a plain content script
 * (src/background/custom-domain-scripts.ts), uncached but working. What a page that fetches a module
 * learns: that Souffleur is installed, nothing more (the module is the same code for every user and
 * carries no key, setting or ticket; docs/cached-content-scripts.md).
 */
export function cachedModulesResource(browser: string): ReturnType<typeof webAccessibleTo> {
  return webAccessibleTo(['content-scripts/*-module.js'], [...FRESHDESK_MATCHES, ...ZENDESK_MATCHES], browser);
}

// What the agent reads when the import fails (the module missing, blocked, or throwing as it is evaluated).
export { LOAD_FAILED_TEXT } from '../../src/content/load-failed';

/** The loader that takes the content script's place, and the module: the script as it was, run when imported. */
export function asCachedModule(name: string, script: string): { loader: string; module: string; modulePath: string } {
  const modulePath = `content-scripts/${name}-module.js`;
  return {
    // Minified by hand: terser has run before this file is written, and every byte counts on the page.
    loader:
      `import(chrome.runtime.getURL(${JSON.stringify(modulePath)})).catch(e=>{console.error(e);` +
      `let h=document.createElement("souffleur-sidebar");h.attachShadow({mode:"open"}).innerHTML=${JSON.stringify(LOAD_FAILED)};` +
      `document.documentElement.append(h)})`,
    module: `//# allFunctionsCalledOnLoad\n${script}`,
    modulePath,
  };
}

/** Rewrites the built content scripts `names` in `outDir` as loader and module. */
export function cacheContentScripts(outDir: string, names: readonly string[]): void {
  for (const name of names) {
    const scriptPath = join(outDir, 'content-scripts', `${name}.js`);
    const { loader, module, modulePath } = asCachedModule(name, readFileSync(scriptPath, 'utf8'));
    writeFileSync(join(outDir, modulePath), module);
    writeFileSync(scriptPath, loader);
  }
}

/**
 * The gzip -9 bytes a helpdesk page loads for the content script `name` of the build in `outDir`: the
 * script, and in the code-cached build its module too (each file compressed on its own, as it ships).
 * The page's budget counts both (tests/browser/built-content-scripts.test.ts, `npm run bench`).
 */
export function pageScriptGzipBytes(outDir: string, name: string): number {
  const { modulePath } = asCachedModule(name, '');
  return [join('content-scripts', `${name}.js`), modulePath]
    .map((path) => join(outDir, path))
    .filter((path) => existsSync(path))
    .reduce((bytes, path) => bytes + gzipSync(readFileSync(path), { level: 9 }).length, 0);
}
