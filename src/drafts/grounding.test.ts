import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../knowledge/types';
import { buildRequest } from './prompt';
import { DEFAULT_DRAFT_SETTINGS } from './settings';
import type { Ticket } from '../ticket/schema';

const ticket: Ticket = {
  id: '1',
  helpdesk: 'zendesk',
  url: 'https://acme.zendesk.com/agent/tickets/1',
  subject: 'Password',
  requester: { name: null, email: null },
  status: 'open',
  priority: null,
  tags: [],
  language: 'en',
  warnings: [],
  source: 'dom',
  messages: [{ id: 'm1', author: { name: null }, role: 'customer', visibility: 'public', createdAt: null, text: 'I forgot my password.' }],
};
// The sidebar's window starts mid-link; the hit also carries the whole sentences.
const hit: SearchHit = {
  id: 'kb-reset',
  score: 1,
  title: 'Reset',
  snippet: 'example/reset and receive a link',
  matches: [],
  passage: 'Open https://acme.example/reset and receive a link within 5 minutes.',
};

describe('snippets given to the model and the checks', () => {
  const request = buildRequest({ ticket, snippets: [hit], cue: null, settings: DEFAULT_DRAFT_SETTINGS, agentLanguage: 'en' });
  it('are the whole-sentence passage, links intact, not the highlighted window', () => {
    // Datamarked inside its fence like all data: whitespace is the mark, the link itself intact.
    expect(request.messages.at(-1)!.content.replaceAll('ˆ', ' ')).toContain(
      'Open https://acme.example/reset and receive a link within 5 minutes.',
    );
    expect(request.context.snippets[0]!.text).toContain('https://acme.example/reset');
  });
  it('fall back to whole sentences of the snippet for hits without a passage', () => {
    const long = { ...hit, passage: undefined, snippet: `${'Sentence with words. '.repeat(80)}` };
    const sent = buildRequest({ ticket, snippets: [long], cue: null, settings: DEFAULT_DRAFT_SETTINGS, agentLanguage: 'en' }).context
      .snippets[0]!.text;
    expect(sent.length).toBeLessThanOrEqual(1200 + 'Reset\n'.length);
    expect(sent.endsWith('Sentence with words.')).toBe(true);
  });
});
