// Serves drafts over a port: a validated request, a checked sender, and cancellation when the port
// closes (the agent switched ticket, a new customer message came in). The work is in ./drafts-service.ts.
import { browser, type Browser } from 'wxt/browser';
import { DRAFTS_PORT, DraftsRequest, type DraftsUpdate } from '../messaging/drafts-port';
import type { DraftsService } from './drafts-service';
import { classifySender, type SenderPolicy } from './senders';

export function serveDraftsPort(policy: SenderPolicy, service: DraftsService): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== DRAFTS_PORT) return;
    if (!port.sender || classifySender(port.sender, policy) !== 'content-script') return port.disconnect();
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort());
    const send = (update: DraftsUpdate) => {
      if (!controller.signal.aborted) port.postMessage(update);
    };
    port.onMessage.addListener((raw: unknown) => {
      const parsed = DraftsRequest.safeParse(raw);
      if (!parsed.success) return port.disconnect();
      void service(parsed.data, send, controller.signal).catch((error: unknown) => {
        send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    });
  });
}
