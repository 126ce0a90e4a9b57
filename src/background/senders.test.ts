import { describe, expect, it } from 'vitest';
import { isHelpdeskPage } from '../helpdesks/page-match';
import { classifySender, type Sender, type SenderPolicy } from './senders';

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
