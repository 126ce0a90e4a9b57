// The content script's and extension pages' side of the protocol: typed requests, envelope answers.
import { browser } from 'wxt/browser';
import type { BackgroundRequest, Reply } from './protocol';

export async function ask<T>(request: BackgroundRequest): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'no answer from the extension' };
  } catch (error) {
    // The extension was reloaded or updated under this page: say so instead of failing silently.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
