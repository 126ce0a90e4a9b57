// Who may talk to the background. Content scripts run inside helpdesk pages, so their messages are
// accepted only from our own extension, from a tab, and from a page the content script is meant to
// run on; extension pages (options, dashboard) are recognised by our own origin.
import type { Browser } from 'wxt/browser';

export type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab' | 'origin'>;

export interface SenderPolicy {
  extensionId: string;
  extensionOrigin: string;
  /** Whether a page URL is a helpdesk page Souffleur runs on (hosted or granted own domain). */
  isHelpdeskPage(url: URL): boolean;
}

export type SenderKind = 'content-script' | 'extension-page';

export function classifySender(sender: Sender, policy: SenderPolicy): SenderKind | null {
  if (sender.id !== policy.extensionId || !sender.url || !URL.canParse(sender.url)) return null;
  const url = new URL(sender.url);
  // Not `url.origin`: for chrome-extension:// and moz-extension:// URLs it is "null" outside browsers.
  if (`${url.protocol}//${url.host}` === policy.extensionOrigin) return 'extension-page';
  if (sender.tab && policy.isHelpdeskPage(url)) return 'content-script';
  return null;
}
