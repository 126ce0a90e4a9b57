// The content script's and extension pages' side of the protocol: typed requests, envelope answers.
// The answer's type follows from the request's kind (./responses.ts); there is no type to pick by hand.
import { browser } from 'wxt/browser';
import type { BackgroundRequest, Reply } from './protocol';
import type { ResponseOf } from './responses';

export async function ask<R extends BackgroundRequest>(request: R): Promise<Reply<ResponseOf<R['kind']>>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<ResponseOf<R['kind']>> | undefined;
    return reply ?? { ok: false, error: 'no answer from the extension' };
  } catch (error) {
    // The extension was reloaded or updated under this page: say so instead of failing silently.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
