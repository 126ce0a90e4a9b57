import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import { checkContext } from './prompt';
import { DEFAULT_DRAFT_SETTINGS } from './settings';
import type { Ticket } from '../ticket/schema';

// The language check when the customer writes a language Souffleur does not support (rev-chk14: the two Indonesian
// honest drafts of round 14 were flagged 'written in nl/it, the customer writes en', 'en' being the agent's language
// standing in). It says nothing then; it still speaks when the customer's language is known.
const ticket = (language: string | null, text: string): Ticket =>
  ({
    id: '1',
    helpdesk: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/1',
    subject: null,
    requester: { name: null, email: null },
    status: 'open',
    priority: null,
    tags: [],
    language,
    warnings: [],
    source: 'dom',
    messages: [{ id: 'm1', author: { name: null }, role: 'customer', visibility: 'public', createdAt: null, text }],
  }) as Ticket;
const languageFlags = (t: Ticket, draft: string) =>
  checkDraft(
    { text: draft, citations: [] },
    checkContext({ ticket: t, snippets: [], cue: null, settings: DEFAULT_DRAFT_SETTINGS, agentLanguage: 'en' }),
  ).filter((f) => f.kind === 'language');

describe('language check, customer language not supported', () => {
  it.each([
    ['id', 'Pertanyaan tentang pesanan saya.', 'Halo, pesanan Anda sudah dikirim dan akan tiba dalam tiga hari kerja.'],
    ['id', 'Pertanyaan tentang pesanan saya.', 'Anda dapat mengatur ulang kata sandi di https://acme.example/reset.'],
    [null, 'Pertanyaan tentang pesanan saya.', 'Halo, pesanan Anda sudah dikirim dan akan tiba dalam tiga hari kerja.'],
  ])('ticket language %s: nothing said', (lang, customer, draft) => expect(languageFlags(ticket(lang, customer), draft)).toEqual([]));

  it('a known customer language is still held to', () =>
    expect(
      languageFlags(ticket('de', 'Wo ist meine Bestellung?'), 'Hallo, uw bestelling is gisteren verzonden en komt morgen aan bij u thuis.'),
    ).not.toEqual([]));
  it('a customer language detected from the text is still held to', () =>
    expect(
      languageFlags(
        ticket(null, 'Hallo, wo ist meine Bestellung? Ich warte schon seit zwei Wochen darauf.'),
        'Hallo, uw bestelling is gisteren verzonden en komt morgen aan bij u thuis.',
      ),
    ).not.toEqual([]));
});
