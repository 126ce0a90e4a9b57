// A port the content script opens for streamed work (drafts, the model summary): only our content
// scripts may use it (messages wait for an own-domain tab's grant, in order), each message is parsed
// before it is handled (a malformed one closes the port), and closing the port aborts the work.
import { browser, type Browser } from 'wxt/browser';
import { classifySenderWhenReady, fromClaimedPage, type SenderPolicy } from './senders';

export function servePort<Request, Update>(
  name: string,
  policy: SenderPolicy,
  parse: (raw: unknown) => { success: true; data: Request } | { success: false },
  run: (request: Request, send: (update: Update) => void, signal: AbortSignal) => Promise<void>,
  failed: (message: string) => Update,
): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== name) return;
    const allowed = port.sender
      ? classifySenderWhenReady(port.sender, policy).then((kind) => kind === 'content-script')
      : Promise.resolve(false);
    void allowed.then((ok) => ok || port.disconnect());
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort());
    const send = (update: Update) => {
      if (!controller.signal.aborted) port.postMessage(update);
    };
    const handle = (raw: unknown) => {
      const parsed = parse(raw);
      // A malformed request, or one about another page than the sender's, closes the port unanswered.
      if (!parsed.success || !fromClaimedPage(parsed.data as object, port.sender ?? {}, policy)) return port.disconnect();
      void run(parsed.data, send, controller.signal).catch((error: unknown) =>
        send(failed(error instanceof Error ? error.message : String(error))),
      );
    };
    port.onMessage.addListener((raw: unknown) => void allowed.then((ok) => ok && handle(raw)));
  });
}
