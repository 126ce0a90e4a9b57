// Loads NDJSON exports (v1 and v2) into the team's ClickHouse table, streamed: lines are validated one by
// one (the same `parseExportLine` as every import), sent in batches, and never all held in memory, so a year of
// a large team loads in bounded memory. Idempotent: the table collapses equal event ids (./table.ts), and
// `duplicates` is what the table already held or the files repeated.
import { parseExportLine, type Rejection } from '../exchange';
import type { RunSql } from './summary';
import { CREATE_TABLE_SQL, EVENTS_TABLE, eventRow, insertSql } from './table';

export interface LoadReport {
  loaded: number;
  rejected: number;
  duplicates: number;
  /** The first rejections (file, line, reason). */
  rejections: Rejection[];
}

const MAX_REJECTIONS = 100;

export async function ensureTable(run: RunSql): Promise<void> {
  await run(CREATE_TABLE_SQL);
}

/** Distinct events in the table (FINAL: duplicates not merged yet count once). */
export async function countEvents(run: RunSql): Promise<number> {
  return Number((await run(`SELECT count() FROM ${EVENTS_TABLE} FINAL`)).trim());
}

export class ClickHouseLoader {
  private batch: string[] = [];
  private valid = 0;
  private rejected = 0;
  private readonly rejections: Rejection[] = [];
  private before = 0;

  constructor(
    private readonly run: RunSql,
    private readonly batchSize = 50_000,
  ) {}

  async start(): Promise<void> {
    await ensureTable(this.run);
    this.before = await countEvents(this.run);
  }

  /** One line of a file (1-based); blank lines are ignored. */
  async addLine(raw: string, file: string, line: number): Promise<void> {
    if (!raw.trim()) return;
    const reject = (reason: string) => {
      this.rejected++;
      if (this.rejections.length < MAX_REJECTIONS) this.rejections.push({ file, line, reason });
    };
    const parsed = parseExportLine(raw);
    if (!parsed.ok) return reject(parsed.reason);
    this.valid++;
    this.batch.push(eventRow(parsed.event));
    if (this.batch.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.batch.length) return;
    const body = this.batch.join('\n');
    this.batch = [];
    await this.run(insertSql(), body);
  }

  async finish(): Promise<LoadReport> {
    await this.flush();
    const loaded = (await countEvents(this.run)) - this.before;
    return { loaded, rejected: this.rejected, duplicates: this.valid - loaded, rejections: this.rejections };
  }
}
