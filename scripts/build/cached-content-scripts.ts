// Chromium compiles a content script from source on every page load: it is injected as an "inline
// script" and never code-cached (CDP trace, Chromium 156: the script's v8.compile has no consumed cache
// on any load, 6-8 ms top-level plus ~50 ms of lazy compilation per Freshdesk load at load average 12,
// while the page's own scripts come from the code cache from their third load). A module the content
// script imports from the extension's package is fetched like a page's script, so it is streamed off
// the main thread and code-cached. So the Chrome build ships each helpdesk script as a module and a
// one-line loader in its place; `//# allFunctionsCalledOnLoad` has V8 compile every function when the
// module loads, so the cache holds them all and a warm load compiles almost nothing (measured in the
// comment of scripts/bench/main-thread.ts). Firefox keeps the plain scripts (not measured there).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The modules are web-accessible so that the content script may import them. use_dynamic_url: their
 * address changes every browser session, so no page can probe for the extension by it; every URL, as
 * helpdesks on a company's own domain run the same scripts (registered at run time).
 */
export const CACHED_MODULES_RESOURCE = {
  resources: ['content-scripts/*-module.js'],
  matches: ['<all_urls>'],
  use_dynamic_url: true,
};

/** The loader that takes the content script's place, and the module: the script as it was, run when imported. */
export function asCachedModule(name: string, script: string): { loader: string; module: string; modulePath: string } {
  const modulePath = `content-scripts/${name}-module.js`;
  return {
    loader: `import(chrome.runtime.getURL(${JSON.stringify(modulePath)}))`,
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
