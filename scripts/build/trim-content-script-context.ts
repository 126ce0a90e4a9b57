// WXT's ContentScriptContext (wxt/utils/content-script-context) is a class, so every content script carries
// all of its methods, called or not. Our scripts call onInvalidated and addEventListener (src/content/start.tsx),
// WXT's location watcher setInterval; block, setTimeout, requestAnimationFrame and requestIdleCallback nobody
// calls, and this plugin leaves them out of the build (the content scripts have a size budget). A method it
// cannot find fails the build, so a WXT update that reshapes the class is noticed here; a call added to a
// removed method would fail every browser suite (ctx.setTimeout is not a function).
// For Chrome, the location watcher's polling fallback goes too (and with it setInterval, its only caller): Chrome
// has had the Navigation API, in content scripts too, since 102, so the fallback never runs there. Firefox keeps it:
// its minimum (140) predates the API (147). The ticket watcher also follows DOM changes, so a tab switch is read
// either way (browser suites).
import type { Plugin } from 'vite';

export const UNCALLED_CONTEXT_METHODS = ['block', 'setTimeout', 'requestAnimationFrame', 'requestIdleCallback'];

/** The class's module without the uncalled methods (and their doc comments); throws when one is not found. */
export function withoutUncalledMethods(code: string, { navigationApi = false } = {}): string {
  let out = code;
  for (const name of navigationApi ? [...UNCALLED_CONTEXT_METHODS, 'setInterval'] : UNCALLED_CONTEXT_METHODS) {
    // The method's doc comment (which never crosses another comment's end), its head, and its body up to the
    // brace at the class's indentation.
    const method = new RegExp(`\\n\\t/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/\\n\\t${name}\\([^)]*\\) \\{\\n[\\s\\S]*?\\n\\t\\}(?=\\n)`);
    if (!method.test(out)) throw new Error(`trim-content-script-context: ${name}() not found in WXT's ContentScriptContext`);
    out = out.replace(method, '');
  }
  // The window message for scripts built by older WXT versions, which our scripts turn off
  // (noScriptStartedPostMessage: true in every isolated-world entrypoint, checked by its test).
  const postMessage = /\n\t\tif \(!this\.options\?\.noScriptStartedPostMessage\) window\.postMessage\(\{[^}]*\}, "\*"\);/;
  if (!postMessage.test(out))
    throw new Error("trim-content-script-context: the script-started window message not found in WXT's ContentScriptContext");
  return out.replace(postMessage, '');
}

const NAVIGATION_API_CHECK = 'const supportsNavigationApi = typeof globalThis.navigation?.addEventListener === "function";';
/** The location watcher with its Navigation API check made true, so the minifier drops the polling branch. */
export function navigationApiOnly(code: string): string {
  if (!code.includes(NAVIGATION_API_CHECK)) throw new Error("trim-content-script-context: WXT's Navigation API check not found");
  return code.replace(NAVIGATION_API_CHECK, 'const supportsNavigationApi = true;');
}

/** `navigationApi`: the build is for a browser that always has the Navigation API (Chrome). */
export function trimContentScriptContext({ navigationApi = false } = {}): Plugin {
  return {
    name: 'souffleur:trim-content-script-context',
    apply: 'build',
    transform(code, id) {
      if (/[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id))
        return { code: withoutUncalledMethods(code, { navigationApi }), map: null };
      if (navigationApi && /[\\/]wxt[\\/]dist[\\/]utils[\\/]internal[\\/]location-watcher\.mjs$/.test(id))
        return { code: navigationApiOnly(code), map: null };
      return null;
    },
  };
}
