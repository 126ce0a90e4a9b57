// What the dashboard needs from its page: storage behind functions, so the page wires Dexie (and the
// background for "Delete all my data") and tests pass plain functions. Its own file: the dashboard and its
// data panel both use it.
import type { StatsEvent } from '../events';
import type { ImportReport } from '../exchange';
import type { ImportFile } from '../import-files';
import type { Summary, SummaryOptions } from '../summary';

export interface DashboardServices {
  load(): Promise<StatsEvent[]>;
  importFiles(files: readonly ImportFile[]): Promise<ImportReport>;
  exportEvents(format: 'ndjson' | 'csv', events: StatsEvent[]): void;
  deleteOlderThan(days: number): Promise<number>;
  /** "Delete all my data": one request to the background, which empties every store (data-stores.ts). */
  deleteAll(): Promise<void>;
  confirm(message: string): boolean;
  /**
   * With a team stats destination set: the same summary computed by the team's ClickHouse (through the
   * background and the egress gate, with the lead's read credentials). Absent: this browser's log only.
   */
  team?: (options: SummaryOptions) => Promise<Summary>;
}
