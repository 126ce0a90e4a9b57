// Serves model summaries over a port: a validated request, a checked sender (content scripts only), and
// cancellation when the port closes (the agent switched ticket). The work is in ./model.ts.
import { browser, type Browser } from 'wxt/browser';
import { classifySenderWhenReady, type SenderPolicy } from '../background/senders';
import type { ModelSummaries } from './model';
import { ModelSummaryRequest, SUMMARY_PORT, type ModelSummaryUpdate } from './port-messages';

export function serveSummaryPort(policy: SenderPolicy, summaries: ModelSummaries): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== SUMMARY_PORT) return;
    const allowed = port.sender ? classifySenderWhenReady(port.sender, policy).then((kind) => kind === 'content-script') : Promise.resolve(false);
    void allowed.then((ok) => ok || port.disconnect());
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort());
    const send = (update: ModelSummaryUpdate) => {
      if (!controller.signal.aborted) port.postMessage(update);
    };
    port.onMessage.addListener((raw: unknown) =>
      void allowed.then((ok) => {
        if (!ok) return;
        const parsed = ModelSummaryRequest.safeParse(raw);
        if (!parsed.success) return port.disconnect();
        summaries(parsed.data, send, controller.signal).catch((error: unknown) =>
          send({ kind: 'failed', problem: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
      }),
    );
  });
}
