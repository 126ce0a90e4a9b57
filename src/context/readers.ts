// The per-helpdesk history readers live on the adapters (`capabilities.customerHistory`); this map is
// for tests and tools that need both at once (the content scripts take only their own adapter's).
import type { HistoryReader } from '../helpdesks/adapter';
import { ADAPTERS } from '../helpdesks/registry';
import type { Helpdesk } from '../ticket/schema';

export type { HistoryReader };

export const HISTORY_READERS = Object.fromEntries(
  Object.values(ADAPTERS).flatMap((adapter) =>
    adapter.capabilities.customerHistory ? [[adapter.id, adapter.capabilities.customerHistory]] : [],
  ),
) as Partial<Record<Helpdesk, HistoryReader>>;

/** The helpdesk's reader; throws for a helpdesk that declares none (a test asking for it is wrong). */
export function historyReader(helpdesk: Helpdesk): HistoryReader {
  const reader = HISTORY_READERS[helpdesk];
  if (!reader) throw new Error(`${helpdesk} declares no customer history`);
  return reader;
}
