// ARCHITECTURE.md is the map a newcomer reads first, so it is checked against the code: every request
// kind with who may send it, every folder, every CLI subcommand. A new one fails here until the map says so.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED } from '../../src/background/router';
import { BackgroundRequest } from '../../src/messaging/protocol';

const ROOT = join(import.meta.dirname, '../..');
const doc = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');

/** The rows of the first table under `heading`, as trimmed cells ("\|" inside a cell kept). */
function tableUnder(heading: string): string[][] {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`ARCHITECTURE.md has no "${heading}"`);
  const lines = doc.slice(start).split('\n').slice(2);
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .replace(/\\\|/g, '\uE000')
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.replace(/\uE000/g, '|').trim());
    if (!cells.every((cell) => /^-+$/.test(cell))) rows.push(cells);
  }
  return rows.slice(1); // the header row
}

const code = (cell: string) => /^`([^`]+)`/.exec(cell)?.[1] ?? cell;

describe('ARCHITECTURE.md', () => {
  const kinds = tableUnder('### Every request kind');

  it('lists every request kind of the protocol, and no other', () => {
    const documented = kinds.map(([kind]) => code(kind!)).sort();
    const inProtocol = [...(BackgroundRequest._zod.propValues?.kind ?? [])].map(String).sort();
    expect(inProtocol.length).toBeGreaterThan(20);
    expect(documented).toEqual(inProtocol);
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('says who may send each kind as the sender policy does', () => {
    const SENDER_NAMES = { 'content script': 'content-script', 'extension page': 'extension-page' } as const;
    const documented = Object.fromEntries(
      kinds.map(([kind, from]) => [
        code(kind!),
        from!
          .split(', ')
          .map((name) => SENDER_NAMES[name as keyof typeof SENDER_NAMES] ?? name)
          .sort(),
      ]),
    );
    const policy = Object.fromEntries(Object.entries(ALLOWED).map(([kind, senders]) => [kind, [...senders].sort()]));
    expect(documented).toEqual(policy);
  });

  it('lists every CLI subcommand of src/cli/main.ts, and no other', () => {
    const main = readFileSync(join(ROOT, 'src/cli/main.ts'), 'utf8');
    const table = /const SUBCOMMANDS[^=]*= \{([\s\S]*?)\n\};/.exec(main)?.[1] ?? '';
    const inCode = [...table.matchAll(/^ {2}(\w[\w-]*): \{/gm)].map((m) => m[1]).sort();
    expect(inCode.length).toBeGreaterThan(3);
    const documented = tableUnder('## The CLI')
      .map(([usage]) => /^`souffleur ([\w-]+)/.exec(usage!)?.[1])
      .sort();
    expect(documented).toEqual(inCode);
  });

  it('maps every folder under src/, entrypoints/, scripts/ and tests/, and only folders that exist', () => {
    const folders = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
        .flatMap((entry) => [`${dir}/${entry.name}/`, ...folders(`${dir}/${entry.name}`)]);
    const onDisk = ['src', 'entrypoints', 'scripts', 'tests'].flatMap((top) => [`${top}/`, ...folders(top)]).filter((f) => f !== 'src/');
    const mapped = tableUnder('## Folder map').map(([folder]) => code(folder!));
    expect(mapped.filter((folder) => !onDisk.includes(folder))).toEqual([]);
    expect(onDisk.filter((folder) => !mapped.includes(folder))).toEqual([]);
  });
});
