import { describe, expect, it } from 'vitest';
import { sidebarFrameResource } from '../../scripts/build/sidebar-frame';
import { FRESHDESK_MATCHES } from '../../src/helpdesks/freshdesk/descriptor';
import { ZENDESK_MATCHES } from '../../src/helpdesks/zendesk/descriptor';

describe('the sidebar frame prototype: its page is web-accessible', () => {
  it("on the hosted helpdesks' origins only (Chrome refuses a path in these matches), at a per-session address on Chrome", () => {
    expect(sidebarFrameResource([...FRESHDESK_MATCHES, ...ZENDESK_MATCHES], 'chrome')).toEqual({
      resources: ['sidebar-frame.html'],
      matches: ['*://*.freshdesk.com/*', '*://*.zendesk.com/*'],
      use_dynamic_url: true,
    });
  });

  it('without use_dynamic_url for Firefox, which gives each install its own moz-extension:// address', () => {
    expect(sidebarFrameResource(['https://acme.example/agent/*'], 'firefox')).toEqual({
      resources: ['sidebar-frame.html'],
      matches: ['https://acme.example/*'],
    });
  });
});
