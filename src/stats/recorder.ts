// What the background calls to record events: it turns "this happened on ticket X" (from a validated content
// script message) into a complete event and hands it to the batched writer. Recording never throws and
// never waits: a bad event is reported through onError and dropped, the sidebar carries on.
import { hashTicketId, isHoldout, makeEvent, type EventContext, type EventOf, type StatsEventType } from './events';
import type { EventWriter } from './writer';

export interface TicketInfo {
  helpdesk: string;
  /** The helpdesk's own ticket id: hashed here, never stored. */
  ticketId: string;
  language?: string;
  emotion?: string;
  model?: string;
}

/** An event's own fields, without the context the recorder fills in. */
export type EventFields<T extends StatsEventType = StatsEventType> = T extends StatsEventType
  ? { type: T } & Omit<EventOf<T>, keyof EventContext | 'id' | 'time' | 'type'>
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
  onError: (error: unknown) => void = () => {},
): StatsRecorder {
  return {
    async record(ticket, fields) {
      try {
        const context: EventContext = {
          agent: agent(),
          helpdesk: ticket.helpdesk,
          ticketHash: await hashTicketId(ticket.helpdesk, ticket.ticketId),
          language: ticket.language ?? '',
          emotion: ticket.emotion ?? '',
          model: ticket.model ?? '',
        };
        writer.record(makeEvent(context, fields as never));
      } catch (error) {
        onError(error);
      }
    },
    async isHoldoutTicket(helpdesk, ticketId, share) {
      return isHoldout(await hashTicketId(helpdesk, ticketId), share);
    },
  };
}

/** A new pseudonymous agent id (random, not derived from anything about the agent); persist it once. */
export function newAgentId(): string {
  return `agent-${globalThis.crypto.randomUUID()}`;
}
