// The per-helpdesk history readers (src/helpdesks/history-readers.ts), by helpdesk, for the background,
// tests and tools.
import type { HistoryReader } from '../helpdesks/adapter';
import { HISTORY_READERS } from '../helpdesks/history-readers';
import type { Helpdesk } from '../ticket/schema';

export type { HistoryReader };
export { HISTORY_READERS };

/** The helpdesk's reader; throws for a helpdesk that declares none (a test asking for it is wrong). */
export function historyReader(helpdesk: Helpdesk): HistoryReader {
  const reader = HISTORY_READERS[helpdesk];
  if (!reader) throw new Error(`${helpdesk} declares no customer history`);
  return reader;
}
