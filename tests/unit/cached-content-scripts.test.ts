import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { asCachedModule, cachedModulesResource } from '../../scripts/build/cached-content-scripts';
import { customDomainScripts, shipsCachedModules } from '../../src/background/custom-domain-scripts';

const dataUrl = (code: string) => `data:text/javascript,${encodeURIComponent(code)}`;

describe('content scripts as a code-cached module', () => {
  it('the loader imports the module from the package, which runs the original script once', () => {
    const { loader, module, modulePath } = asCachedModule('freshdesk', 'console.log("ran");');
    expect(modulePath).toBe('content-scripts/freshdesk-module.js');
    // In a plain Node, whose import() takes the data URL that this `chrome.runtime.getURL` answers with.
    const chrome = `globalThis.chrome = { runtime: { getURL: (path) => (console.log('asked ' + path), ${JSON.stringify(dataUrl(module))}) } };`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `${chrome} await ${loader}`], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual([`asked ${modulePath}`, 'ran']);
  });

  it('asks V8 to compile the whole module eagerly, so the code cache holds every function, and exposes only the modules', () => {
    expect(asCachedModule('zendesk', 'x()').module.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    expect(cachedModulesResource('chrome').resources).toEqual(['content-scripts/*-module.js']);
  });

  it("are web-accessible to the hosted helpdesks' origins only, at a per-session address on Chrome", () => {
    expect(cachedModulesResource('chrome')).toEqual({
      resources: ['content-scripts/*-module.js'],
      matches: ['*://*.freshdesk.com/*', '*://*.zendesk.com/*'],
      use_dynamic_url: true,
    });
    expect(cachedModulesResource('firefox')).not.toHaveProperty('use_dynamic_url');
  });

  it("the background knows the build and the module's path as the build writes them (own domains get the module)", () => {
    expect(shipsCachedModules({ web_accessible_resources: [cachedModulesResource('chrome')] })).toBe(true);
    const [zendesk] = customDomainScripts([{ origin: 'https://support.acme.com', helpdesk: 'zendesk' }], true);
    expect(zendesk?.js).toEqual([asCachedModule('zendesk', '').modulePath]);
  });
});
