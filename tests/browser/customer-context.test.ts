// Issue 17 items 1 and 2 in the built extension, against the fixture server answering the helpdesks'
// documented endpoints (ticket, comments/conversations, users, the requester's tickets): earlier
// tickets listed without the open one, a 429 retried after Retry-After, a refused or missing API said
// in one line, and a long thread summarized at the top.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidebar, sidebarRoot, startSession, type Session } from '../support/session.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const ZENDESK_9001 = '/api/v2/users/9001/tickets/requested.json?sort_by=created_at&sort_order=desc';
const ZENDESK_9003 = '/api/v2/users/9003/tickets/requested.json?sort_by=created_at&sort_order=desc';
const ZENDESK_9007 = '/api/v2/users/9007/tickets/requested.json?sort_by=created_at&sort_order=desc';
const DAY = 86_400_000;

describe('customer context', () => {
  it("Zendesk: the requester's earlier tickets, newest first, not the open one, with links, counts and the repeated invoice", async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    const rows = sidebar(page, 'earlier-ticket');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.locator('a').allTextContents()).toEqual([
      'Update the billing address on my account',
      'Invoice INV-2291 charged twice',
      'Question about invoice INV-2291',
      'Password reset link expired',
    ]);
    expect(await rows.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).toEqual([
      'http://acme.zendesk.com/agent/tickets/44',
      'http://acme.zendesk.com/agent/tickets/41',
      'http://acme.zendesk.com/agent/tickets/38',
      'http://acme.zendesk.com/agent/tickets/30',
    ]);
    expect(await rows.nth(0).getAttribute('data-open')).toBe('true');
    expect(await rows.nth(1).locator('[data-testid="earlier-status"]').textContent()).toBe('Solved');
    // Opened in the last 30 days, counted here from the fixture's dates and today's clock.
    const created = [
      '2026-11-10T09:14:00Z',
      '2026-11-06T10:02:00Z',
      '2026-11-03T15:40:00Z',
      '2026-10-21T08:30:00Z',
      '2026-06-02T12:00:00Z',
    ];
    const recent = created.filter((d) => Date.now() - Date.parse(d) <= 30 * DAY).length;
    expect(await sidebar(page, 'context-counts').textContent()).toBe(`Opened in the last 30 days: ${recent} · still open: 1`);
    expect(await sidebar(page, 'repeated-contact').textContent()).toContain('INV-2291 was raised before (#41, #38)');
    expect(session.server.apiRequests).toContain(ZENDESK_9001);
    await page.close();
  });

  it('Freshdesk: tickets filtered by requester (with updated_since, or Freshdesk lists 30 days only)', async () => {
    const page = await session.open('http://acme.freshdesk.com/a/tickets/130');
    const rows = sidebar(page, 'earlier-ticket');
    await expect
      .poll(() => rows.locator('a').allTextContents())
      .toEqual(['Sync paused after changing my password', 'Invoice SUB-4410 shows the wrong plan']);
    expect(await rows.locator('[data-testid="earlier-status"]').allTextContents()).toEqual(['Resolved', 'Closed']);
    expect(session.server.apiRequests.some((p) => p.startsWith('/api/v2/tickets?requester_id=5005&updated_since='))).toBe(true);
    await page.close();
  });

  it("an order number from an earlier ticket makes a repeated contact, in the section and among the cue's triggers", async () => {
    const page = await session.open('http://acme.freshdesk.com/a/tickets/101');
    await expect.poll(() => sidebar(page, 'repeated-contact').textContent()).toContain('48213 was raised before (#93)');
    await expect.poll(() => sidebarRoot(page).locator('.sf-triggers').textContent()).toContain('repeated contact');
    await page.close();
  });

  it('a 429 is retried once after Retry-After, and the list then shows', async () => {
    session.server.answerOnce(ZENDESK_9003, 429, { 'retry-after': '1' });
    const page = await session.open('http://acme.zendesk.com/agent/tickets/3');
    await expect
      .poll(() => sidebar(page, 'earlier-ticket').locator('a').allTextContents(), { timeout: 10_000 })
      .toEqual(['CRM sync: duplicate contacts after import']);
    expect(session.server.apiRequests.filter((p) => p === ZENDESK_9003)).toHaveLength(2);
    await page.close();
  });

  it('says plainly when the API refuses the session or is not there, and the rest of the sidebar still works', async () => {
    session.server.answerOnce(ZENDESK_9007, 403);
    const refused = await session.open('http://acme.zendesk.com/agent/tickets/5');
    await expect.poll(() => sidebar(refused, 'context-error').textContent()).toContain("the helpdesk's API refused this session");
    await expect.poll(() => sidebar(refused, 'ticket-subject').textContent()).toBe('Cancel my subscription before the renewal');
    // A retry asks again (the refusal was not cached) and shows the tickets the API now lists: none.
    await sidebar(refused, 'context-error').locator('button').click();
    await expect.poll(() => sidebar(refused, 'customer-context').textContent()).toContain('No earlier tickets from this customer.');
    await refused.close();

    // Requester 9002 has no tickets endpoint on this server (404): as on a domain the API does not answer.
    const missing = await session.open('http://acme.zendesk.com/agent/tickets/2');
    await expect.poll(() => sidebar(missing, 'context-error').getAttribute('data-reason')).toBe('unreachable');
    expect(await sidebar(missing, 'context-error').locator('button').count()).toBe(0);
    await missing.close();
  });
});

describe('thread summary', () => {
  it('a long Zendesk thread gets a summary at the top, within 120 words, that says it uses internal notes when it does', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/3');
    const summary = sidebar(page, 'thread-summary');
    await expect.poll(() => summary.locator('dt').allTextContents()).toContain('Asked');
    const text = (await summary.textContent()) ?? '';
    expect(text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(120);
    const internalLines = await summary.locator('li[data-internal="true"]').count();
    expect(await sidebar(page, 'summary-internal').count()).toBe(internalLines > 0 ? 1 : 0);
    // At the top: before the cue and the snippets.
    const order = await sidebarRoot(page)
      .locator('section')
      .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-testid') ?? s.className));
    expect(order[0]).toBe('thread-summary');
    await page.close();
  });

  it('a long Freshdesk thread too; a short ticket has none', async () => {
    const page = await session.open('http://acme.freshdesk.com/a/tickets/130');
    await expect.poll(() => sidebar(page, 'thread-summary').locator('q').count()).toBeGreaterThan(0);
    await page.close();
    const short = await session.open('http://acme.freshdesk.com/a/tickets/101');
    await expect.poll(() => sidebar(short, 'customer-context').count()).toBe(1);
    expect(await sidebar(short, 'thread-summary').count()).toBe(0);
    await short.close();
  });
});
