// The empathy cue appears with the ticket, on the device, and matches what the customer wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidebar, sidebarRoot, startSession, type Session } from '../support/session.ts';
import { tokensCss } from '../../src/ui/tokens.css.ts';

/** A theme's colour token as getComputedStyle writes it ('#c62d36' -> 'rgb(198, 45, 54)'). */
function themeColour(theme: 'light' | 'dark', token: string): string {
  const [light, dark] = tokensCss.split("[data-theme='dark']");
  const hex = new RegExp(`${token}:\\s*#([\\da-f]{6})`).exec(theme === 'dark' ? dark! : light!)![1]!;
  return `rgb(${[0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
}

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
    // The dot and meter take the emotion's colour of the theme (CuePanel.css.ts, tokens.css.ts). Read as painted:
    // the built script gives the custom properties short names (scripts/build/shorten-custom-properties.ts).
    const [dot, fill, theme] = await sidebarRoot(page)
      .locator('.sf-cue')
      .evaluate((cue) => [
        getComputedStyle(cue.querySelector('.sf-emotion-dot')!).backgroundColor,
        getComputedStyle(cue.querySelector('.sf-meter-fill')!).backgroundColor,
        cue.closest('.sf-themed')!.getAttribute('data-theme'),
      ]);
    expect(dot).toBe(themeColour(theme === 'dark' ? 'dark' : 'light', '--sf-emotion-anger'));
    expect(fill).toBe(dot);
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
