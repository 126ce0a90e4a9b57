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
  /**
   * Which helpdesk a helpdesk page is (the hosted patterns, a granted own domain's choice), for the ticket a content
   * script claims to speak for (`fromClaimedPage`). Absent: not compared.
   */
  helpdeskOf?(url: URL): string | null;
  /**
   * Settles once the granted own-domain origins are known. The service worker answers messages as soon
   * as it wakes, while the grants are still being read (storage and permissions are async), so a tab on
   * a company's own domain would otherwise be refused for its first messages.
   */
  ready?: Promise<unknown>;
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

/**
 * `classifySender`, but a sender refused only because the grants are not known yet is asked again once
 * they are. Hosted helpdesks and extension pages are answered at once; nothing is accepted early.
 */
export async function classifySenderWhenReady(sender: Sender, policy: SenderPolicy): Promise<SenderKind | null> {
  const kind = classifySender(sender, policy);
  if (kind || !policy.ready) return kind;
  await policy.ready.catch(() => undefined);
  return classifySender(sender, policy);
}

export const NOT_THIS_PAGE = 'the ticket is not from the page that sent it';

/**
 * Whether a content script's request is about the page it runs on: a ticket (or page reading) names its URL, and
 * that URL's origin must be the sending tab's. The account a ticket's knowledge and stats belong to is derived from
 * it (src/knowledge/account.ts), so a script on one helpdesk must not speak for another. The origin, not the whole
 * URL: the agent may have moved to the next ticket of the same helpdesk while a request was on its way. A ticket's
 * helpdesk (with a URL or without, as a stats report's) must be the tab's too: it decides the ticket's holdout (no
 * model, nothing leaves), its REST and history readers and its stats.
 */
export function fromClaimedPage(request: object, sender: Sender, policy?: Pick<SenderPolicy, 'helpdeskOf'>): boolean {
  const claimed = 'ticket' in request ? request.ticket : 'page' in request ? request.page : undefined;
  if (!claimed || typeof claimed !== 'object') return true;
  const page = sender.url && URL.canParse(sender.url) ? new URL(sender.url) : null;
  if ('helpdesk' in claimed && typeof claimed.helpdesk === 'string' && policy?.helpdeskOf) {
    if (!page || policy.helpdeskOf(page) !== claimed.helpdesk) return false;
  }
  if (!('url' in claimed) || typeof claimed.url !== 'string') return true;
  return URL.canParse(claimed.url) && !!page && new URL(claimed.url).origin === page.origin;
}
