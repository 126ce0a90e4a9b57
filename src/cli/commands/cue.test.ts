import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../io';
import { cue } from './cue';
import { testMessage, testTicket } from '../../../tests/support/tickets';

const dir = mkdtempSync(join(tmpdir(), 'souffleur-cue-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
function captureStdout(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  return lines;
}
afterEach(() => vi.restoreAllMocks());

describe('souffleur cue', () => {
  it('prints one JSON line per input line', async () => {
    const out = captureStdout();
    const input = file('in.jsonl', '{"text": "This is the third time I write!!", "lang": "en"}\n\n{"text": "Hallo, wie geht das?"}\n');
    await cue([input, '--ui-lang', 'de']);
    expect(out).toHaveLength(2);
    const first = JSON.parse(out[0]!) as Record<string, unknown>;
    // `confidence` (issue 16): how sure the upset reading is, beside the thresholded emotion.
    expect(Object.keys(first).sort()).toEqual([
      'confidence',
      'cue',
      'emotion',
      'evidence',
      'intensity',
      'sentiment',
      'triggers',
      'urgency',
    ]);
    expect(first.confidence).toBeGreaterThanOrEqual(0);
    expect(first.confidence).toBeLessThanOrEqual(1);
    expect(first.triggers).toContain('repeated-contact');
    expect(first.cue).toContain('third time');
  });

  it('reports the line number of a bad line', async () => {
    captureStdout();
    const input = file('bad.jsonl', '{"text": "fine"}\n{"txt": "wrong key"}\n');
    await expect(cue([input])).rejects.toThrow(CliError);
    await expect(cue([input])).rejects.toThrow(/bad\.jsonl:2/);
  });

  it('analyzes a whole ticket with --ticket', async () => {
    const out = captureStdout();
    await cue(['--ticket', file('ticket.json', JSON.stringify(savedTicket))]);
    const result = JSON.parse(out[0]!) as Record<string, unknown>;
    expect(result.handlePersonally).toBe(true);
    expect(result.handlePersonallyReasons).toContain('legal-or-ethical');
    expect(result.trend).toBe('single');
  });

  it('reads a ticket saved by `souffleur read`, whose warnings are lines, and one with structured warnings', async () => {
    const out = captureStdout();
    const lines = ['priority: not found on the page', 'message 1: visibility not shown by the page; kept back as internal'];
    await cue(['--ticket', file('lines.json', JSON.stringify({ ...savedTicket, warnings: lines }))]);
    const structured = [{ field: 'priority', text: 'not found on the page' }];
    await cue(['--ticket', file('structured.json', JSON.stringify({ ...savedTicket, warnings: structured }))]);
    expect(out).toHaveLength(2);
    expect((JSON.parse(out[0]!) as { handlePersonally: boolean }).handlePersonally).toBe(true);
    await expect(
      cue(['--ticket', file('bad-warning.json', JSON.stringify({ ...savedTicket, warnings: [{ text: 'no field' }] }))]),
    ).rejects.toThrow(/not a Ticket/);
  });

  it('rejects a file that is not a Ticket', async () => {
    await expect(cue(['--ticket', file('not-ticket.json', '{"id": 1}')])).rejects.toThrow(/not a Ticket/);
  });
});

// A ticket as a file holds it (`souffleur read` output, or saved from the extension).
const savedTicket = testTicket({
  id: '7',
  helpdesk: 'freshdesk',
  subject: 'Refund',
  source: 'dom',
  messages: [testMessage('1', 'customer', 'I will contact my lawyer about this.')],
});
