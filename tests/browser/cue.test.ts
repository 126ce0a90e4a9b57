// The empathy cue appears with the ticket, on the device, and matches what the customer wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidebar, startSession, type Session } from '../support/session.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const evidence = (page: Parameters<typeof sidebar>[0]) => sidebar(page, 'cue-evidence').allTextContents();

describe('the empathy cue in the sidebar', () => {
  it('an angry Arabic complaint: anger, Arabic evidence, and the handle-personally banner with reasons', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/4');
    await expect.poll(() => sidebar(page, 'cue').textContent()).toMatch(/Angry/);
    // The dot and meter take the emotion's colour of the theme (CuePanel.css.ts).
    const colours = await page.locator('souffleur-sidebar .sf-cue').evaluate((cue) => {
      const style = getComputedStyle(cue);
      return [style.getPropertyValue('--sf-cue-color'), style.getPropertyValue('--sf-emotion-anger')];
    });
    expect(colours[0]).toMatch(/^#[\da-f]{6}$/);
    expect(colours[0]).toBe(colours[1]);
    const quotes = await evidence(page);
    expect(quotes.length).toBeGreaterThan(0);
    // Quoted from the customer's own Arabic words.
    for (const quote of quotes) expect(quote).toMatch(/[\u0600-\u06FF]/);
    const banner = sidebar(page, 'handle-personally');
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toMatch(/legal or ethical matter|complaint/);
    await page.close();
  });

  it('a repeated-contact English ticket: the trigger, the customer’s words, a cue tied to them', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/1');
    await expect.poll(() => evidence(page)).toContain('third time');
    const cue = await sidebar(page, 'cue').textContent();
    expect(cue).toContain('repeated contact');
    expect(cue).toMatch(/They say “third time”/);
    expect(cue).not.toMatch(/I understand your frustration/i);
    await page.close();
  });

  it('a calm German question: no negative emotion, no banner', async () => {
    const page = await session.open('http://acme.zendesk.com/agent/tickets/2');
    await expect.poll(() => sidebar(page, 'ticket-subject').textContent()).toBe('Lieferadresse für Bestellung 58213 ändern');
    await expect.poll(() => sidebar(page, 'cue').textContent()).toMatch(/Neutral|Positive|Confused/);
    expect(await sidebar(page, 'cue').textContent()).not.toMatch(/Angry|Frustrated|Disappointed/);
    expect(await sidebar(page, 'handle-personally').count()).toBe(0);
    await page.close();
  });
});
