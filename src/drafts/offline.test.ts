import { describe, expect, it } from 'vitest';
import { CUE, SETTINGS, SNIPPETS, ticket } from '../../tests/server/fixtures';
import { offlineDrafts } from './offline';
import { suggestDrafts } from './pipeline';

describe('offlineDrafts', () => {
  it('greets by name, acknowledges the customer’s own words, cites the best snippet, signs', () => {
    const answer = offlineDrafts({ ticket: ticket(), snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' });
    const [first] = answer.drafts;
    expect(first!.text).toMatch(/^Hallo Anna Schmidt,/); // formal German: full name
    expect(first!.text).toContain('„habe schon dreimal geschrieben“');
    expect(first!.text).toContain('Bestellungen werden innerhalb von 2 Werktagen versendet.');
    expect(first!.text.trimEnd().endsWith('Viele Grüße\nIhr Acme-Team')).toBe(true);
    expect(first!.citations).toEqual(['kb-delivery']);
    expect(answer.drafts[1]!.citations).toEqual(['kb-refund']);
    expect(answer.reading.emotion).toBe('frustration');
  });

  it("fills a macro's placeholders from the ticket, and leaves an article's text as written", () => {
    const macro = { ...SNIPPETS[0]!, passage: 'Ticket #{{ticket.id}} für {{ticket.requester.name}}.', source: 'zendesk-macro' };
    const article = { ...SNIPPETS[1]!, passage: 'Ticket #{{ticket.id}}.', source: 'zendesk-help-center' };
    const open = ticket();
    const [first, second] = offlineDrafts({
      ticket: open,
      snippets: [macro, article],
      cue: CUE,
      settings: SETTINGS,
      agentLanguage: 'en',
    }).drafts;
    expect(first!.text).toContain(`Ticket #${open.id} für Anna Schmidt.`);
    expect(second!.text).toContain('Ticket #{{ticket.id}}.');
  });

  it('uses team phrasing for the customer’s language, else the agent’s language', () => {
    const french = ticket(['Bonjour, où est ma commande ? J’attends depuis deux semaines.'], {
      language: 'fr',
      requester: { name: 'Marie Curie', email: null },
    });
    const withTeam = offlineDrafts({
      ticket: french,
      snippets: [],
      cue: null,
      settings: { ...SETTINGS, phrasing: { fr: { greeting: 'Bonjour {name},', closing: 'Cordialement' } } },
      agentLanguage: 'en',
    });
    expect(withTeam.drafts[0]!.text).toMatch(/^Bonjour Marie Curie,/);
    expect(withTeam.drafts[0]!.text).not.toMatch(/looking into/);
    const without = offlineDrafts({ ticket: french, snippets: [], cue: null, settings: SETTINGS, agentLanguage: 'en' });
    expect(without.drafts[0]!.text).toMatch(/^Hi Marie,[\s\S]*I am looking into this now/);
  });

  it('is what suggestDrafts returns without a provider, checked like model drafts', async () => {
    const result = await suggestDrafts({ ticket: ticket(), snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' }, null);
    expect(result.source).toBe('offline');
    expect(result.request).toBeUndefined();
    expect(result.drafts[0]!.flags).toEqual([]);
  });

  it('falls back to offline drafts with the typed error when the provider fails', async () => {
    const result = await suggestDrafts(
      { ticket: ticket(), snippets: SNIPPETS, cue: CUE, settings: SETTINGS, agentLanguage: 'en' },
      { kind: 'compatible', baseUrl: 'http://127.0.0.1:9/v1', model: 'x' },
    );
    expect(result.source).toBe('offline');
    expect(result.error?.kind).toBe('network');
    expect(result.drafts.length).toBeGreaterThan(0);
  });
});
