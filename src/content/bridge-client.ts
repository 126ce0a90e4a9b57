// One request to the editor bridge (MAIN world) and its answer: the content script marks the composer
// it means, sends a JSON request with a fresh id, and takes the first answer with that id, or
// 'timeout'. The answer is a claim (threat model: ../bridge/events.ts); callers check the editor.
import { TARGET_ATTRIBUTE } from '../bridge/events';

const BRIDGE_TIMEOUT_MS = 800;

export function askBridge<Outcome extends string>(
  doc: Document,
  composer: HTMLElement,
  events: { request: string; result: string },
  payload: object,
  outcomes: readonly Outcome[],
): Promise<Outcome | 'timeout'> {
  // Not crypto.randomUUID(): it exists only in secure contexts, and self-hosted helpdesks may be http.
  const id = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
  composer.setAttribute(TARGET_ATTRIBUTE, '');
  return new Promise((resolve) => {
    const finish = (outcome: Outcome | 'timeout') => {
      doc.removeEventListener(events.result, onResult);
      clearTimeout(timer);
      composer.removeAttribute(TARGET_ATTRIBUTE);
      resolve(outcome);
    };
    const onResult = (event: Event) => {
      const detail = (event as CustomEvent).detail;
      if (typeof detail !== 'string') return;
      let result: { id?: unknown; outcome?: unknown };
      try {
        result = JSON.parse(detail) as typeof result;
      } catch {
        return;
      }
      if (result.id !== id) return;
      finish(outcomes.includes(result.outcome as Outcome) ? (result.outcome as Outcome) : outcomes[outcomes.length - 1]!);
    };
    const timer = setTimeout(() => finish('timeout'), BRIDGE_TIMEOUT_MS);
    doc.addEventListener(events.result, onResult);
    doc.dispatchEvent(new CustomEvent(events.request, { detail: JSON.stringify({ ...payload, id }) }));
  });
}
