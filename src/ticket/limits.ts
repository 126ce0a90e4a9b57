// What a ticket may hold at most where it arrives in the background or the CLI (the schemas in ./schema.ts).
import * as z from 'zod/mini';

/**
 * The most a ticket may hold where it arrives (a message from a content script, a saved ticket): past them it is
 * refused whole, with the field named. Far above any real ticket, so only a forged one meets them: a page reading
 * sends at most 512 KB of HTML a message and 4 MB a ticket (./page-ticket.ts), a REST reading at most 50 pages of
 * 100 comments; the background cuts both readings' text to them before they go back (./fit-limits.ts: HTML does not
 * bound text, nested lists indent every item). These only refuse; ./caps.ts then cuts what the cue, search and
 * prompts read to far less.
 */
export const TICKET_LIMITS = {
  idChars: 500,
  urlChars: 8_192,
  /** Names, e-mail, status, priority, a tag, a time, a language tag. */
  fieldChars: 1_000,
  subjectChars: 10_000,
  tags: 1_000,
  /** Text, quoted history or signature of one message: twice a page reading's HTML cap. */
  messageChars: 1_048_576,
  messages: 10_000,
  /** All messages' text, quoted history and signatures together. */
  ticketChars: 16_777_216,
  warnings: 20_000,
  warningChars: 10_000,
} as const;

/** A string of at most `max` characters. */
export const limited = (max: number) => z.string().check(z.maxLength(max));
