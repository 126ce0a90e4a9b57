import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { UNCALLED_CONTEXT_METHODS, navigationApiOnly, withoutUncalledMethods } from '../../scripts/build/trim-content-script-context';

const require = createRequire(import.meta.url);
const contextModule = readFileSync(require.resolve('wxt/utils/content-script-context'), 'utf8');
const watcherModule = readFileSync(
  require.resolve('wxt/utils/content-script-context').replace(/content-script-context\.mjs$/, 'internal/location-watcher.mjs'),
  'utf8',
);

describe("trimming WXT's ContentScriptContext", () => {
  it('takes out the uncalled methods and the old-version window message, and keeps what the scripts call', () => {
    const trimmed = withoutUncalledMethods(contextModule);
    for (const name of UNCALLED_CONTEXT_METHODS) expect(trimmed).not.toMatch(new RegExp(`\\n\\t${name}\\(`));
    expect(trimmed).not.toContain('window.postMessage');
    for (const kept of [
      'onInvalidated(cb)',
      'addEventListener(target,',
      'setInterval(handler,',
      'notifyInvalidated()',
      'listenForNewerScripts()',
    ])
      expect(trimmed).toContain(kept);
    expect(trimmed.length).toBeLessThan(contextModule.length - 1500);
  });

  it("for Chrome, keeps the location watcher's Navigation API path only, so setInterval goes too", () => {
    const trimmed = withoutUncalledMethods(contextModule, { navigationApi: true });
    expect(trimmed).not.toMatch(/\n\tsetInterval\(/);
    expect(trimmed).toContain('addEventListener(target,');
    const watcher = navigationApiOnly(watcherModule);
    expect(watcher).toMatch(/const supportsNavigationApi = true;/);
    expect(watcher).toContain('navigation.addEventListener("navigate"');
    expect(() => navigationApiOnly(watcherModule.replace('typeof globalThis.navigation', 'typeof navigation'))).toThrow(/Navigation API/);
  });

  it('fails the build when the class no longer has the shape it trims', () => {
    expect(() => withoutUncalledMethods(contextModule.replace('\trequestIdleCallback(', '\tidle('))).toThrow(/requestIdleCallback/);
    expect(() => withoutUncalledMethods(contextModule.replace('window.postMessage', 'postMessage'))).toThrow(/window message/);
  });

  it('is right to drop the window message: every isolated-world content script turns it off', () => {
    const entrypoints = readdirSync('entrypoints').filter((name) => name.endsWith('.content'));
    expect(entrypoints.length).toBeGreaterThan(0);
    // An entrypoint is index.tsx or index.ts; one that spreads another's definition (the frame build's own-domain
    // scripts: `{ ...hosted, … }`) has that one's options, so that file must turn the message off.
    const source = (name: string): string => {
      const dir = `entrypoints/${name}`;
      const file = readdirSync(dir).find((entry) => /^index\.tsx?$/.test(entry));
      if (!file) throw new Error(`${dir} has no index.ts(x)`);
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const spread = /import (\w+) from '\.\.\/([\w-]+\.content)\/index';[\s\S]*\.\.\.\1\b/.exec(text);
      return spread ? source(spread[2]!) : text;
    };
    for (const name of entrypoints) expect(source(name), name).toMatch(/noScriptStartedPostMessage: true/);
  });
});
