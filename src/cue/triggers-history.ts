// The repeated-contact trigger from the requester's history (issue 17): the same order or invoice
// number in an earlier ticket's subject, or several contacts in a short time. The sidebar and
// `souffleur cue --history` both call this, so they agree. Subjects are read here and never sent.
import { historyView, type CustomerHistory } from '../context/history';
import type { Ticket } from '../ticket/schema';

/** Contacts (the open ticket included) within FREQUENT_DAYS that make a repeated contact. */
export const FREQUENT_CONTACTS = 3;
export const FREQUENT_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Order / invoice / case references: a letter prefix joined to 3+ digits (INV-2291, ORD#5531, A12345),
 * or a bare number of 5+ digits (short numbers are quantities, years and dates). Modelled on common
 * shop and billing formats, not measured.
 */
const REFERENCE = /(?<![\p{L}\p{N}])(?:[A-Za-z]{1,5}[-#/]?\d{3,}|#?\d{5,})(?![\p{L}\p{N}])/gu;

export function referencesIn(text: string): string[] {
  return [...new Set([...text.matchAll(REFERENCE)].map((m) => m[0].replace(/^#/, '').toUpperCase()))];
}

export interface RepeatedContact {
  /** A reference the open ticket shares with earlier ones, with those tickets' ids. */
  sameReference: { reference: string; ticketIds: string[] }[];
  /** Contacts within FREQUENT_DAYS (the open ticket included), when they reach FREQUENT_CONTACTS. */
  recentContacts: number | null;
}

/** Null when the history shows no repeated contact. `now`: epoch ms (the open ticket counts as now). */
export function repeatedContact(ticket: Ticket, history: CustomerHistory, now: number): RepeatedContact | null {
  const { earlier } = historyView(history, ticket.id, now);
  // The open ticket's subject and the customer's own first words name what this contact is about.
  const opening = ticket.messages.find((m) => m.role === 'customer')?.text.slice(0, 2000) ?? '';
  const mine = referencesIn(`${ticket.subject ?? ''}\n${opening}`);
  const sameReference = mine
    .map((reference) => ({
      reference,
      ticketIds: earlier.filter((t) => referencesIn(t.subject ?? '').includes(reference)).map((t) => t.id),
    }))
    .filter((r) => r.ticketIds.length > 0);
  const recent = 1 + earlier.filter((t) => t.createdAt && now - Date.parse(t.createdAt) <= FREQUENT_DAYS * DAY_MS).length;
  const recentContacts = recent >= FREQUENT_CONTACTS ? recent : null;
  return sameReference.length || recentContacts ? { sameReference, recentContacts } : null;
}

/** A cue with the history's repeated contact added to its triggers (the CLI's `--history`). */
export function withHistory<C extends { triggers: readonly string[] }>(
  cue: C,
  ticket: Ticket,
  history: CustomerHistory,
  now: number,
): C & { repeatedContact: RepeatedContact | null } {
  const repeated = repeatedContact(ticket, history, now);
  const triggers = repeated && !cue.triggers.includes('repeated-contact') ? [...cue.triggers, 'repeated-contact'] : cue.triggers;
  return { ...cue, triggers, repeatedContact: repeated };
}
