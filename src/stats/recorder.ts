// What the background calls to record events: it turns "this happened on ticket X" (from a validated content
// script message) into a complete event and hands it to the batched writer. Recording never throws and
// never waits: a bad event is reported through onError and dropped, the sidebar carries on.
import { makeEvent, type EventContext, type EventOf, type StatsEventType } from './events';
import { isHoldoutTicket, keyedTicketHash, type TeamSecrets } from './pseudonyms';
import type { SuggestionOrigin } from './suggestions';
import type { EventWriter } from './writer';

export interface TicketInfo {
  helpdesk: string;
  /** The helpdesk account (the page's host): hashed with the ticket id, never stored. */
  account: string;
  /** The helpdesk's own ticket id: hashed here, never stored. */
  ticketId: string;
  language?: string;
  emotion?: string;
  /** Where the suggestion the event is about came from; absent for other events or when unknown. */
  origin?: SuggestionOrigin;
}

/** An event's own fields, without the context the recorder fills in. */
export type EventFields<T extends StatsEventType = StatsEventType> = T extends StatsEventType
  ? { type: T } & Omit<EventOf<T>, keyof EventContext | 'v' | 'id' | 'time' | 'type'>
  : never;

export interface StatsRecorder {
  /** Records one event for a ticket; resolves when buffered (not written), never rejects. */
  record(ticket: TicketInfo, fields: EventFields): Promise<void>;
  /** Whether this ticket is in the randomized holdout (show no drafts), for the given share (0..1). */
  isHoldoutTicket(helpdesk: string, ticketId: string, share: number): Promise<boolean>;
}

export function createStatsRecorder(
  writer: EventWriter,
  agent: () => { id: string; name: string },
  secrets: () => Promise<TeamSecrets>,
  onError: (error: unknown) => void = () => {},
): StatsRecorder {
  return {
    async record(ticket, fields) {
      try {
        const team = await secrets();
        const context: EventContext = {
          agent: agent(),
          helpdesk: ticket.helpdesk,
          ticketHash: await keyedTicketHash(team, ticket),
          keyId: team.keyId,
          language: ticket.language ?? '',
          emotion: ticket.emotion ?? '',
          source: ticket.origin?.source ?? '',
          model: ticket.origin?.model ?? '',
        };
        writer.record(makeEvent(context, fields as never));
      } catch (error) {
        onError(error);
      }
    },
    async isHoldoutTicket(helpdesk, ticketId, share) {
      // No holdout, no secrets to read: every ticket's drafts wait for this answer.
      if (!(share > 0)) return false;
      return isHoldoutTicket(await secrets(), helpdesk, ticketId, share);
    },
  };
}

/** A new pseudonymous agent id (random, not derived from anything about the agent); persist it once. */
export function newAgentId(): string {
  return `agent-${globalThis.crypto.randomUUID()}`;
}
