// rev-leak20: a live helpdesk toggles classes all the time (hover, focus, the composer, animations). leak20's watcher
// reads the page again on every class or type change: what 10 s of a class toggled every 50 ms costs. Tests only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPage, pageUrl } from '../../tests/fixtures/zendesk/load';
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import { zendeskAdapter } from '../helpdesks/zendesk/adapter';
import { readPageText } from '../helpdesks/page-text';
import { watchTicket, type TicketWatcher } from './ticket-watcher';

let watcher: TicketWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function churn(target: (doc: Document) => Element) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const doc = loadPage('two-tabs.html');
  vi.stubGlobal('MutationObserver', (doc.defaultView as unknown as { MutationObserver: unknown }).MutationObserver);
  let readings = 0;
  let texts = 0;
  let ms = 0;
  const adapter: HelpdeskAdapter = {
    ...zendeskAdapter,
    readFromDom: (d, u) => {
      readings++;
      const t0 = performance.now();
      try {
        return zendeskAdapter.readFromDom(d, u);
      } finally {
        ms += performance.now() - t0;
      }
    },
  };
  watcher = watchTicket({
    adapter,
    doc,
    currentUrl: () => pageUrl('/agent/tickets/1'),
    readText: (page) => (texts++, readPageText(page)),
    readFromApi: () => new Promise(() => undefined),
    onReading: () => undefined,
  });
  await vi.advanceTimersByTimeAsync(500);
  const [r0, t0] = [readings, texts];
  ms = 0;
  const el = target(doc);
  for (let i = 0; i < 200; i++) {
    el.classList.toggle('is-hovered');
    await vi.advanceTimersByTimeAsync(50);
  }
  await vi.advanceTimersByTimeAsync(500);
  const result = { readings: readings - r0, texts: texts - t0, ms: Math.round(ms) };
  console.log(`churn ${target.toString()}:`, JSON.stringify(result));
  return result;
}

describe('rev-leak20: 10 s of a class toggled every 50 ms', () => {
  it('on the composer: no page reading', async () => {
    const r = await churn((d) => d.querySelector('[contenteditable], textarea') ?? d.body.appendChild(d.createElement('textarea')));
    expect(r.texts).toBe(0);
    expect(r.readings).toBe(0);
  });
  // issue 15: hover and animation classes anywhere on the app (navigation, the properties panel) read nothing either:
  // only the conversation, and what holds it, can mark a message as a note.
  it('on the navigation, outside the conversation: no page reading', async () => {
    const r = await churn((d) => d.querySelector('nav')!);
    expect(r.readings).toBe(0);
  });
  it('on a ticket field, outside the conversation: no page reading', async () => {
    const r = await churn((d) => d.querySelector('[data-test-id="ticket-system-field-requester-select"]')!);
    expect(r.readings).toBe(0);
  });
  it('on an element holding the conversation: it is read again (a wrapper may mark every message a note)', async () => {
    const r = await churn((d) => d.querySelector('[data-test-id="ticket-main"]')!);
    expect(r.readings).toBeGreaterThan(10);
  });
  it('on a page where the conversation is not found: it is read again (fail-safe)', async () => {
    const r = await churn((d) => {
      for (const item of d.querySelectorAll('[data-test-id="omni-log-comment-item"]')) item.setAttribute('data-test-id', 'x');
      return d.querySelector('nav')!;
    });
    expect(r.readings).toBeGreaterThan(10);
  });
  it('on a button: no page reading', async () => {
    const r = await churn((d) => d.querySelector('button')!);
    expect(r.texts).toBe(0);
    expect(r.readings).toBe(0);
  });
});
