// Drafts are cached per conversation state: same ticket, same messages, same snippets, same settings and
// model → same key. A new customer message, a pinned snippet or a settings change gives a new key.
import type { Ticket } from '../ticket/schema';
import type { SearchHit } from '../knowledge/types';
import type { DraftSettings } from './settings';

// FNV-1a, twice with different offsets for 64 bits: sync (crypto.subtle is async), tiny, and collisions
// only cost a cache miss… or a stale draft for the same ticket id, which 64 bits make negligible.
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function hashText(text: string): string {
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193 ^ 0x9e3779b9);
}

export interface CacheKeyInput {
  ticket: Ticket;
  snippets: SearchHit[];
  pinned?: SearchHit[];
  settings: DraftSettings;
  /** Provider and model, so switching models does not show the other model's drafts. */
  model?: string;
}

export function draftCacheKey(input: CacheKeyInput): string {
  const state = JSON.stringify([
    input.ticket.helpdesk,
    input.ticket.id,
    input.ticket.subject,
    input.ticket.messages.map((m) => [m.id, m.visibility, m.text]),
    (input.pinned ?? []).map((s) => s.id),
    input.snippets.map((s) => s.id),
    input.settings,
    input.model ?? '',
  ]);
  return `${input.ticket.helpdesk}:${input.ticket.id}:${hashText(state)}`;
}
