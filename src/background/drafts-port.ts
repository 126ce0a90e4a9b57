// Serves drafts over a port: a validated request, a checked sender, and cancellation when the port
// closes (the agent switched ticket, a new customer message came in). The work is in ./drafts-service.ts.
import { browser, type Browser } from 'wxt/browser';
import { DRAFTS_PORT, DraftsRequest, type DraftsUpdate } from '../messaging/drafts-port';
import type { DraftsService } from './drafts-service';
import { classifySenderWhenReady, type SenderPolicy } from './senders';

export function serveDraftsPort(policy: SenderPolicy, service: DraftsService): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== DRAFTS_PORT) return;
    // Messages that arrive while an own-domain tab's grant is still being read wait for it, in order.
    const allowed = port.sender ? classifySenderWhenReady(port.sender, policy).then((kind) => kind === 'content-script') : Promise.resolve(false);
    void allowed.then((ok) => ok || port.disconnect());
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort());
    const send = (update: DraftsUpdate) => {
      if (!controller.signal.aborted) port.postMessage(update);
    };
    const handle = (raw: unknown) => {
      const parsed = DraftsRequest.safeParse(raw);
      if (!parsed.success) return port.disconnect();
      void service(parsed.data, send, controller.signal).catch((error: unknown) => {
        send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    };
    port.onMessage.addListener((raw: unknown) => void allowed.then((ok) => ok && handle(raw)));
  });
}
