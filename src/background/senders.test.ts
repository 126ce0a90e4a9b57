import { describe, expect, it } from 'vitest';
import { isHelpdeskPage } from '../helpdesks/page-match';
import { classifySender, classifySenderWhenReady, type Sender, type SenderPolicy } from './senders';

const policy: SenderPolicy = {
  extensionId: 'abcdef',
  extensionOrigin: 'chrome-extension://abcdef',
  isHelpdeskPage: (url) => isHelpdeskPage(url, ['https://support.acme.com']),
};
const tab = { id: 1 } as Sender['tab'];

describe('classifySender', () => {
  it('accepts our content script on hosted and granted helpdesk pages', () => {
    expect(classifySender({ id: 'abcdef', url: 'https://acme.zendesk.com/agent/tickets/1', tab }, policy)).toBe('content-script');
    expect(classifySender({ id: 'abcdef', url: 'http://acme.freshdesk.com/a/tickets/7', tab }, policy)).toBe('content-script');
    expect(classifySender({ id: 'abcdef', url: 'https://support.acme.com/agent/tickets/1', tab }, policy)).toBe('content-script');
  });

  it('recognises our own extension pages', () => {
    expect(classifySender({ id: 'abcdef', url: 'chrome-extension://abcdef/options.html' }, policy)).toBe('extension-page');
  });

  it('rejects other extensions, other pages and senders without a tab', () => {
    expect(classifySender({ id: 'other', url: 'https://acme.zendesk.com/agent/tickets/1', tab }, policy)).toBeNull();
    expect(classifySender({ id: 'abcdef', url: 'https://evil.example/agent/tickets/1', tab }, policy)).toBeNull();
    expect(classifySender({ id: 'abcdef', url: 'https://acme.zendesk.com/hc/en-us', tab }, policy)).toBeNull();
    expect(classifySender({ id: 'abcdef', url: 'https://acme.zendesk.com/agent/tickets/1' }, policy)).toBeNull();
    expect(classifySender({ id: 'abcdef', url: 'not a url', tab }, policy)).toBeNull();
    expect(classifySender({ id: 'abcdef' }, policy)).toBeNull();
  });
});

describe('classifySenderWhenReady (service worker just woke, grants still being read)', () => {
  it('an own-domain tab waits for the grants instead of being refused; others are answered at once', async () => {
    let granted: string[] = [];
    let done!: () => void;
    const ready = new Promise<void>((resolve) => (done = resolve));
    const waking: SenderPolicy = { ...policy, isHelpdeskPage: (url) => isHelpdeskPage(url, granted), ready };
    const own = classifySenderWhenReady({ id: 'abcdef', url: 'https://support.acme.com/agent/tickets/1', tab }, waking);
    const stranger = classifySenderWhenReady({ id: 'abcdef', url: 'https://evil.example/agent/tickets/1', tab }, waking);
    // Hosted helpdesks do not wait for the grants.
    expect(await classifySenderWhenReady({ id: 'abcdef', url: 'https://acme.zendesk.com/agent/tickets/1', tab }, waking)).toBe(
      'content-script',
    );
    granted = ['https://support.acme.com'];
    done();
    expect(await own).toBe('content-script');
    expect(await stranger).toBeNull();
  });

  it('a failed reading of the grants refuses instead of hanging', async () => {
    const failed: SenderPolicy = { ...policy, isHelpdeskPage: () => false, ready: Promise.reject(new Error('storage')) };
    expect(await classifySenderWhenReady({ id: 'abcdef', url: 'https://support.acme.com/agent/tickets/1', tab }, failed)).toBeNull();
  });
});
