// Writes docs/helpdesks/<helpdesk>.md from src/helpdesks/<helpdesk>/selectors.ts: every selector the
// adapter uses with the source its comment cites. Run: node scripts/run.mjs scripts/docs/selectors-doc.ts
// (reads only this repository; the sources themselves are cited in shared/reference/helpdesk-dom.md).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

// A source is live evidence when it names public code written against the real helpdesk; TABLE rows
// come from helpdesk-dom.md's table (public userscripts, no per-row source); the rest only our fixtures
// or a model have, and still need a live page.
const MODELLED = /only (our )?fixtures?|fixture only|modelled|no public code|none found|our own/i;
function evidence(cited: string): string {
  if (MODELLED.test(cited)) return 'modelled / fixture only';
  if (/^TABLE/.test(cited)) return 'reference table (helpdesk-dom.md)';
  return 'live evidence (public code)';
}

function rows(source: string): string[] {
  const out: string[] = [];
  let name = '';
  let doc = '';
  for (const line of source.split('\n')) {
    const comment = /^\/\*\*\s*(.*?)\s*\*\/$/.exec(line.trim());
    if (comment) doc = comment[1]!;
    const start = /^export const (\w+)/.exec(line);
    if (start) name = start[1]!;
    // A short list prettier keeps on one line: its source is the comment above it.
    const oneLine = /^export const \w+(?::[^=]+)? = \[(.+)\];/.exec(line);
    for (const [, , value] of oneLine?.[1]!.matchAll(/(['"`])(.*?)\1/g) ?? []) {
      const cited = doc || '(see the comment above the list in selectors.ts)';
      out.push(`| \`${name}\` | \`${value!.replaceAll('|', '\\|')}\` | ${cited.replaceAll('|', '\\|')} | ${evidence(cited)} |`);
    }
    if (oneLine) doc = '';
    const entry = /^\s+(['"`])(.*)\1,\s*(?:\/\/\s*(.*))?$/.exec(line);
    if (name && entry) {
      const cited = entry[3] ?? '(see the comment above the list in selectors.ts)';
      const kind = evidence(cited);
      out.push(`| \`${name}\` | \`${entry[2]!.replaceAll('|', '\\|')}\` | ${cited.replaceAll('|', '\\|')} | ${kind} |`);
    }
    if (/^\];/.test(line)) {
      name = '';
      doc = '';
    }
  }
  return out;
}

// Every helpdesk folder with a selectors file (plain node runs this, so the descriptors are read as text).
const helpdesks = readdirSync('src/helpdesks').filter((id) => existsSync(`src/helpdesks/${id}/selectors.ts`));
const field = (text: string, key: string) => new RegExp(`${key}: (.+),`).exec(text)?.[1] ?? '';

for (const id of helpdesks) {
  const descriptorText = readFileSync(`src/helpdesks/${id}/descriptor.ts`, 'utf8');
  const descriptor = {
    id,
    displayName: field(descriptorText, 'displayName').replaceAll("'", ''),
    matches: field(descriptorText, 'matches'),
    editor: field(descriptorText, 'editor').replaceAll("'", ''),
  };
  const file = `src/helpdesks/${id}/selectors.ts`;
  const source = readFileSync(file, 'utf8');
  const header = source
    .split('\n')
    .filter((line) => line.startsWith('//'))
    .map((line) => line.replace(/^\/\/ ?/, ''))
    .join('\n');
  const page = `# ${descriptor.displayName}: the selectors Souffleur reads

Generated from \`${file}\` by \`scripts/docs/selectors-doc.ts\`; edit the selectors file, then rerun.
Hosted pages: \`${descriptor.matches}\`; reply editor: ${descriptor.editor}.
Each list is tried in order; \`selectors.test.ts\` checks every alternative against the fixtures in
\`tests/fixtures/${descriptor.id}\`. Sources as cited in /work/shared/reference/helpdesk-dom.md.

From the selectors file:

${header}

| list | selector | source | evidence |
|---|---|---|---|
${rows(source).join('\n')}
`;
  writeFileSync(`docs/helpdesks/${descriptor.id}.md`, page);
  process.stdout.write(`docs/helpdesks/${descriptor.id}.md\n`);
}
