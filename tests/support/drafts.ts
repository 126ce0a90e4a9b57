// Shortcuts for the drafts browser tests: configure the provider the way the options page does (its
// requests to the background), change a setting, and add a customer message to a Zendesk fixture.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

type Chrome = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

export async function configureProvider(options: Page, baseUrl: string, configured: boolean): Promise<void> {
  const reply = await options.evaluate(
    ([url, on]) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(
        on
          ? { kind: 'provider-save', config: { kind: 'compatible', model: 'souffleur-test-mini', baseUrl: url }, apiKey: 'sk-test-1234' }
          : { kind: 'provider-remove' },
      ),
    [baseUrl, configured] as const,
  );
  expect(reply).toMatchObject({ ok: true });
}

/** Changes one of the agent's settings in storage.local, as the options page would. */
export async function setSetting(options: Page, name: string, value: unknown): Promise<void> {
  await options.evaluate(
    async ([key, v]) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), [key as string]: v } });
    },
    [name, value] as const,
  );
}

/** A new customer comment at the end of a Zendesk fixture ticket's log, as when the customer writes again. */
export async function addZendeskCustomerMessage(page: Page, ticketId: string, text: string): Promise<void> {
  await page.evaluate(
    ([id, body]) => {
      const log = document.querySelector(`[data-test-id="ticket-${id}-standard-layout"] [data-test-id="omni-log"]`)!;
      const customer = [...log.querySelectorAll('article[data-test-id="omni-log-comment-item"]')].find((a) =>
        a.querySelector('[type="end-user"]'),
      )!;
      const copy = customer.cloneNode(true) as Element;
      copy.querySelector('.zd-comment')!.textContent = body;
      copy.querySelector('time')!.setAttribute('datetime', new Date().toISOString());
      log.append(copy);
    },
    [ticketId, text] as const,
  );
}
