// WXT's ContentScriptContext (wxt/utils/content-script-context) is a class, so every content script carries
// all of its methods, called or not. Our scripts call onInvalidated and addEventListener (src/content/start.tsx),
// WXT's location watcher setInterval; block, setTimeout, requestAnimationFrame and requestIdleCallback nobody
// calls, and this plugin leaves them out of the build (the content scripts have a size budget). A method it
// cannot find fails the build, so a WXT update that reshapes the class is noticed here; a call added to a
// removed method would fail every browser suite (ctx.setTimeout is not a function).
import type { Plugin } from 'vite';

export const UNCALLED_CONTEXT_METHODS = ['block', 'setTimeout', 'requestAnimationFrame', 'requestIdleCallback'];

/** The class's module without the uncalled methods (and their doc comments); throws when one is not found. */
export function withoutUncalledMethods(code: string): string {
  let out = code;
  for (const name of UNCALLED_CONTEXT_METHODS) {
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

export function trimContentScriptContext(): Plugin {
  return {
    name: 'souffleur:trim-content-script-context',
    apply: 'build',
    transform(code, id) {
      return /[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id)
        ? { code: withoutUncalledMethods(code), map: null }
        : null;
    },
  };
}
