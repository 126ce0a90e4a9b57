// The admin's policy for real, in Firefox ESR: a managed storage manifest
// (~/.mozilla/managed-storage/<add-on id>.json, in a temporary HOME) sets the provider and team
// settings; the options page shows them locked, and the background sends the drafts request to the
// admin's address with the admin's model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { OpenAiTestServer } from '../server/openai-server';
import { sidebarTexts, startFirefoxSession, type FirefoxSession } from '../support/firefox-session.ts';

let session: FirefoxSession;
let model: OpenAiTestServer;

beforeAll(async () => {
  // The model server must be up before the policy can name its address: start it first, then Firefox.
  const { startOpenAiTestServer } = await import('../server/openai-server');
  model = await startOpenAiTestServer();
  session = await startFirefoxSession({
    managedPolicy: {
      providerKind: 'compatible',
      providerBaseUrl: model.url,
      providerModel: 'team-model-7b',
      holdoutShare: 0,
      statsRetentionDays: 400,
      draftSettings: { signature: 'The ACME support team' },
    },
  });
});
afterAll(async () => {
  await session?.close();
  await model?.close();
});

/** A field's value, whether it is disabled, and the admin note beside it. */
const fieldState = (options: Page, name: string) =>
  options.evaluate((fieldName) => {
    const field = document.querySelector<HTMLInputElement>(`[name="${fieldName}"]`);
    return field
      ? {
          value: field.value,
          disabled: field.disabled,
          note: field.closest('label')?.querySelector('[data-testid="set-by-admin"]')?.textContent ?? null,
        }
      : null;
  }, name);

describe("Firefox: the admin's policy through a managed storage manifest", () => {
  it('the options page shows the managed values locked, with the note', async () => {
    const options = await session.openExtensionPage('options');
    await expect
      .poll(() => options.evaluate(() => document.querySelector('[data-testid="managed-notice"]')?.textContent ?? ''))
      .toMatch(/set by your admin/i);
    await expect.poll(() => fieldState(options, 'baseUrl')).toEqual({ value: model.url, disabled: true, note: 'Set by your admin' });
    expect(await fieldState(options, 'model')).toEqual({ value: 'team-model-7b', disabled: true, note: 'Set by your admin' });
    expect(await fieldState(options, 'statsRetentionDays')).toEqual({ value: '400', disabled: true, note: 'Set by your admin' });
    await expect
      .poll(() => fieldState(options, 'signature'))
      .toEqual({ value: 'The ACME support team', disabled: true, note: 'Set by your admin' });
    // The agent's own choices stay theirs.
    expect(await fieldState(options, 'agentName')).toMatchObject({ disabled: false, note: null });
    await options.close();
  });

  it("the background asks the admin's address for the admin's model, with no provider saved by the agent", async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await expect.poll(() => sidebarTexts(page, 'draft')).toHaveLength(2);
    const request = model.requests.filter((r) => r.path.endsWith('/chat/completions')).at(-1);
    expect(request).toBeDefined();
    expect((request!.body as { model?: string }).model).toBe('team-model-7b');
    // The admin's signature reached the request's instructions.
    expect(JSON.stringify(request!.body)).toContain('The ACME support team');
    await page.close();
  });
});
