import { describe, expect, it } from 'vitest';
import { customDomainScripts, shipsCachedModules, shipsSidebarFrame } from './custom-domain-scripts';

describe('own-domain content scripts', () => {
  it("registers each helpdesk's own script on its granted origins and the bridge on all of them", () => {
    const scripts = customDomainScripts([
      { origin: 'https://support.acme.com', helpdesk: 'zendesk' },
      { origin: 'https://help.globex.com', helpdesk: 'freshdesk' },
      { origin: 'https://desk.initech.com', helpdesk: 'zendesk' },
    ]);
    const byId = Object.fromEntries(scripts.map((script) => [script.id, script]));
    expect(byId['souffleur-custom-zendesk']).toMatchObject({
      js: ['content-scripts/zendesk.js'],
      matches: ['https://support.acme.com/*', 'https://desk.initech.com/*'],
    });
    expect(byId['souffleur-custom-freshdesk']).toMatchObject({
      js: ['content-scripts/freshdesk.js'],
      matches: ['https://help.globex.com/*'],
    });
    expect(byId['souffleur-custom-bridge']).toMatchObject({
      world: 'MAIN',
      matches: ['https://support.acme.com/*', 'https://help.globex.com/*', 'https://desk.initech.com/*'],
    });
    expect(scripts).toHaveLength(3);
  });

  it('registers no script for a helpdesk without granted origins, and nothing at all without any', () => {
    const scripts = customDomainScripts([{ origin: 'https://help.globex.com', helpdesk: 'freshdesk' }]);
    expect(scripts.map((script) => script.id).sort()).toEqual(['souffleur-custom-bridge', 'souffleur-custom-freshdesk']);
    expect(customDomainScripts([])).toEqual([]);
  });

  it('in the code-cached build, registers the module itself: an own domain is not among the origins it is web-accessible to', () => {
    const scripts = customDomainScripts([{ origin: 'https://help.globex.com', helpdesk: 'freshdesk' }], true);
    expect(scripts.find((script) => script.id === 'souffleur-custom-freshdesk')?.js).toEqual(['content-scripts/freshdesk-module.js']);
    expect(scripts.find((script) => script.id === 'souffleur-custom-bridge')?.js).toEqual(['content-scripts/editor-bridge.js']);
  });

  it('tells the code-cached build by its manifest', () => {
    const modules = { resources: ['content-scripts/*-module.js'], matches: ['*://*.zendesk.com/*'], use_dynamic_url: true };
    const frame = { resources: ['sidebar-frame.html'], matches: ['*://*.zendesk.com/*'] };
    expect(shipsCachedModules({ web_accessible_resources: [frame, modules] })).toBe(true);
    expect(shipsCachedModules({ web_accessible_resources: [frame] })).toBe(false);
    expect(shipsCachedModules({})).toBe(false);
  });

  it('in the frame build, registers the shadow-root build of each script: the frame page is not web-accessible to an own domain', () => {
    const granted = [{ origin: 'https://help.globex.com', helpdesk: 'freshdesk' as const }];
    for (const cached of [false, true])
      expect(customDomainScripts(granted, cached, true).find((script) => script.id === 'souffleur-custom-freshdesk')?.js).toEqual([
        'content-scripts/freshdesk-own.js',
      ]);
    expect(customDomainScripts(granted, true, true).find((script) => script.id === 'souffleur-custom-bridge')?.js).toEqual([
      'content-scripts/editor-bridge.js',
    ]);
  });

  it('tells the frame build by its manifest', () => {
    const modules = { resources: ['content-scripts/*-module.js'], matches: ['*://*.zendesk.com/*'], use_dynamic_url: true };
    const frame = { resources: ['sidebar-frame.html'], matches: ['*://*.zendesk.com/*'] };
    expect(shipsSidebarFrame({ web_accessible_resources: [modules, frame] })).toBe(true);
    expect(shipsSidebarFrame({ web_accessible_resources: [modules] })).toBe(false);
    expect(shipsSidebarFrame({})).toBe(false);
  });
});
