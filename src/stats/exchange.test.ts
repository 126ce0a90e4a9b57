import { describe, expect, it } from 'vitest';
import { ev } from '../../tests/fixtures/stats/build';
import { handBuiltLog } from '../../tests/fixtures/stats/log';
import { EventMerger, mergeExports, ndjsonChunks, toCsv, toNdjson } from './exchange';
import { summarize } from './summary';

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('NDJSON export → import', () => {
  it('round-trips every event of every type exactly', () => {
    const log = handBuiltLog();
    const { events, report } = mergeExports([{ name: 'ana.ndjson', text: toNdjson(log) }]);
    expect([...events].sort(byId)).toEqual([...log].sort(byId));
    expect(report).toMatchObject({ events: log.length, duplicates: 0, rejected: 0, rejections: [] });
    expect(summarize(events)).toEqual(summarize(log));
  });

  it('writes large exports in chunks that concatenate to the same lines', () => {
    const log = handBuiltLog();
    const chunks = [...ndjsonChunks(log, 10)];
    expect(chunks).toHaveLength(Math.ceil(log.length / 10));
    expect(chunks.join('')).toBe(toNdjson(log));
  });
});

describe('merging exports', () => {
  it('deduplicates overlapping exports by event id and counts the duplicates per file', () => {
    const log = handBuiltLog();
    const first = toNdjson(log.slice(0, 25));
    const second = toNdjson(log.slice(15)); // events 15..24 are in both
    const { events, report } = mergeExports([
      { name: 'monday.ndjson', text: first },
      { name: 'tuesday.ndjson', text: second },
      { name: 'again.ndjson', text: first },
    ]);
    expect(events).toHaveLength(log.length);
    expect(report.duplicates).toBe(10 + 25);
    expect(report.files.map((f) => [f.file, f.accepted, f.duplicates])).toEqual([
      ['monday.ndjson', 25, 0],
      ['tuesday.ndjson', log.length - 25, 10],
      ['again.ndjson', 0, 25],
    ]);
    expect(summarize(events).headline).toEqual(summarize(log).headline);
  });
});

describe('malformed lines', () => {
  it('reports file, line and reason, and keeps every valid line', () => {
    const good = [ev('cue-shown', { id: 'g1' }), ev('cue-rated', { id: 'g2', helpful: true })];
    const text = [
      JSON.stringify(good[0]),
      '{"id": "x", truncated',
      '',
      JSON.stringify({ ...good[1], id: 'bad', helpful: 'yes' }),
      JSON.stringify({ ...good[0], id: 'bad2', type: 'reply-text', text: 'customer words' }),
      '[1, 2]',
      JSON.stringify(good[1]),
    ].join('\r\n');
    const { events, report } = mergeExports([{ name: 'bo.ndjson', text }]);
    expect(events.map((e) => e.id)).toEqual(['g1', 'g2']);
    expect(report.rejected).toBe(4);
    expect(report.rejections.map((r) => [r.file, r.line])).toEqual([
      ['bo.ndjson', 2],
      ['bo.ndjson', 4],
      ['bo.ndjson', 5],
      ['bo.ndjson', 6],
    ]);
    expect(report.rejections[0]!.reason).toBe('not valid JSON');
    expect(report.rejections[1]!.reason).toMatch(/^helpful: /);
    expect(report.files[0]).toEqual({ file: 'bo.ndjson', lines: 6, accepted: 2, duplicates: 0, rejected: 4 });
  });

  it('caps the list of rejections but still counts them all', () => {
    const merger = new EventMerger(3);
    merger.addText('junk.txt', Array.from({ length: 10 }, () => 'junk').join('\n'));
    expect(merger.report()).toMatchObject({ rejected: 10, events: 0 });
    expect(merger.report().rejections).toHaveLength(3);
  });
});

describe('CSV export', () => {
  it('has a header, one row per event, ISO times, quoting and formula guards', () => {
    const rows = [
      ev('suggestion-rated', {
        id: 'r1',
        time: Date.UTC(2026, 2, 2),
        suggestionId: 's1',
        rating: 'down',
        reason: 'too long, "formal"',
        agent: { id: 'a1', name: '=HYPERLINK("x")' },
      }),
      ev('reply-sent', { id: 'r2', similarity: 0.5, class: 'heavy-edit', msSinceTicketOpened: 1200 }),
    ];
    const lines = toCsv(rows).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^id,time,type,agentId,agentName,/);
    expect(lines[1]).toContain('r1,2026-03-02T00:00:00.000Z,suggestion-rated,a1,"\'=HYPERLINK(""x"")"');
    expect(lines[1]).toContain('"too long, ""formal"""');
    expect(lines[2]).toContain(',1200,');
    expect(lines[2]).toContain(',0.5,heavy-edit,');
  });
});

describe('streamed import', () => {
  it('reads lines split across chunks (and CRLF, and a last line without newline) like the whole text', async () => {
    const log = handBuiltLog();
    const text = toNdjson(log).replace(/\n/g, '\r\n').trimEnd();
    const merger = new EventMerger();
    async function* chunks() {
      for (let i = 0; i < text.length; i += 37) yield text.slice(i, i + 37);
    }
    await merger.addChunks('ana.ndjson', chunks());
    expect(merger.events().sort(byId)).toEqual([...log].sort(byId));
    expect(merger.report()).toMatchObject({ rejected: 0, events: log.length });
  });

  it('stops holding an endless line after the line limit and rejects it', async () => {
    const merger = new EventMerger();
    async function* chunks() {
      for (let i = 0; i < 50; i++) yield 'x'.repeat(10_000);
      yield '\n' + toNdjson(handBuiltLog().slice(0, 1));
    }
    await merger.addChunks('endless.ndjson', chunks());
    expect(merger.report().rejections).toEqual([{ file: 'endless.ndjson', line: 1, reason: 'line longer than 100000 characters' }]);
    expect(merger.events()).toHaveLength(1);
  });

  it('holds at most maxEvents distinct events; more are rejected, not kept', () => {
    const merger = new EventMerger(10, 5);
    merger.addText('many.ndjson', toNdjson(handBuiltLog().slice(0, 8)));
    expect(merger.events()).toHaveLength(5);
    expect(merger.report().rejected).toBe(3);
  });
});
