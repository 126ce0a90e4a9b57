import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../io';
import { cue } from './cue';

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
    const ticket = {
      id: '7',
      helpdesk: 'freshdesk',
      url: 'https://x.freshdesk.com/a/tickets/7',
      subject: 'Refund',
      requester: { name: null, email: null },
      status: null,
      priority: null,
      tags: [],
      language: 'en',
      warnings: [],
      source: 'dom',
      messages: [
        {
          id: '1',
          author: { name: 'C' },
          role: 'customer',
          visibility: 'public',
          createdAt: null,
          text: 'I will contact my lawyer about this.',
        },
      ],
    };
    await cue(['--ticket', file('ticket.json', JSON.stringify(ticket))]);
    const result = JSON.parse(out[0]!) as Record<string, unknown>;
    expect(result.handlePersonally).toBe(true);
    expect(result.handlePersonallyReasons).toContain('legal-or-ethical');
    expect(result.trend).toBe('single');
  });

  it('rejects a file that is not a Ticket', async () => {
    await expect(cue(['--ticket', file('not-ticket.json', '{"id": 1}')])).rejects.toThrow(/not a Ticket/);
  });
});
