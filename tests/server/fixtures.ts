// Tickets, snippets and settings shared by the drafts tests (and usable by the lead's browser tests).
import type { TicketCue } from '../../src/cue/types';
import type { SearchHit } from '../../src/knowledge/types';
import type { Message, Ticket } from '../../src/ticket/schema';
import { DEFAULT_DRAFT_SETTINGS, type DraftSettings } from '../../src/drafts/settings';

export function message(text: string, overrides: Partial<Message> = {}): Message {
  return {
    id: `m${Math.random().toString(36).slice(2, 8)}`,
    author: { name: 'Anna Schmidt' },
    role: 'customer',
    visibility: 'public',
    createdAt: '2026-11-20T10:00:00Z',
    text,
    ...overrides,
  };
}

export function ticket(
  texts: string[] = [
    'Hallo, wo bleibt meine Bestellung 100234? Ich warte seit zwei Wochen und habe schon dreimal geschrieben. Meine Nummer: 0171 2345678.',
  ],
  overrides: Partial<Ticket> = {},
): Ticket {
  return {
    id: '4711',
    helpdesk: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/4711',
    subject: 'Wo bleibt meine Bestellung?',
    requester: { name: 'Anna Schmidt', email: 'anna.schmidt@example.de' },
    status: 'open',
    priority: 'normal',
    tags: [],
    language: 'de',
    messages: texts.map((text, i) => message(text, { id: `m${i + 1}` })),
    warnings: [],
    // The REST reading: what the drafts are asked on (a page reading is provisional until it settles).
    source: 'api',
    ...overrides,
  };
}

export const SNIPPETS: SearchHit[] = [
  {
    id: 'kb-delivery',
    score: 3.2,
    title: 'Lieferzeiten',
    snippet: 'Bestellungen werden innerhalb von 2 Werktagen versendet. Die Sendungsverfolgung finden Sie unter https://acme.example/track.',
    matches: ['Bestellung'],
    url: 'https://acme.example/help/delivery',
    language: 'de',
  },
  {
    id: 'kb-refund',
    score: 1.1,
    title: 'Erstattungen',
    snippet: 'Eine Rückerstattung erfolgt innerhalb von 14 Tagen nach Eingang der Rücksendung auf das ursprüngliche Zahlungsmittel.',
    matches: [],
    url: 'https://acme.example/help/refunds',
    language: 'de',
  },
];

export const CUE: TicketCue = {
  sentiment: 'negative',
  emotion: 'frustration',
  intensity: 0.7,
  urgency: false,
  evidence: ['habe schon dreimal geschrieben'],
  triggers: ['repeated-contact', 'long-wait'],
  cue: 'Acknowledge the three earlier messages before explaining the delay.',
  trend: 'escalating',
  handlePersonally: false,
  handlePersonallyReasons: [],
};

export const SETTINGS: DraftSettings = {
  ...DEFAULT_DRAFT_SETTINGS,
  signature: 'Ihr Acme-Team',
  companyFacts: ['Acme ships from Hamburg.'],
};

/** A model answer in German that cites the delivery snippet and greets the customer by placeholder. */
export const GERMAN_ANSWER = {
  drafts: [
    {
      style: 'concise',
      text: 'Hallo ⟦NAME_1⟧,\n\nes tut mir leid, dass Sie schon dreimal schreiben mussten. Ihre Bestellung wird innerhalb von 2 Werktagen versendet; die Sendungsverfolgung finden Sie unter https://acme.example/track.\n\nViele Grüße',
      citations: ['kb-delivery'],
    },
    {
      style: 'thorough',
      text: 'Hallo ⟦NAME_1⟧,\n\nvielen Dank für Ihre Geduld, und entschuldigen Sie, dass Sie mehrfach nachfragen mussten. Bestellungen werden innerhalb von 2 Werktagen versendet. Sobald das Paket unterwegs ist, sehen Sie den Status unter https://acme.example/track.\n\nViele Grüße',
      citations: ['kb-delivery'],
    },
  ],
  reading: { emotion: 'frustration', intent: 'Lieferstatus', needsHumanTouch: false, reason: 'Routinefrage mit Ärger über Wartezeit' },
};
