// A byte map of the helpdesk content scripts: which source files their built modules carry, in minified bytes and in
// gzip bytes (each file's marginal gzip: the module's gzip -9 less the same module with that file's characters taken
// out, so a file's share of the shared dictionary is counted where it is last needed). Reads a build made with a
// source map (SOUFFLEUR_SOURCEMAP=1 npx wxt build, wxt.config.ts); prints JSON lines, largest first.
// Usage: SOUFFLEUR_SOURCEMAP=1 npx wxt build && node scripts/run.mjs scripts/bench/content-script-bytes.ts [freshdesk|zendesk]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

const gz = (s: string) => gzipSync(s, { level: 9 }).length;
/** node_modules files by package, ours by path under src/ (or the entrypoint). */
const owner = (source: string | null) => {
  if (!source) return '(unmapped)';
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return dep ? `npm:${dep[1]}` : source.replace(/^(\.\.\/)+/, '');
};

for (const name of process.argv.slice(2).length ? process.argv.slice(2) : ['freshdesk', 'zendesk']) {
  const dir = '.output/chrome-mv3/content-scripts';
  const module = readFileSync(`${dir}/${name}-module.js`, 'utf8');
  // The module is the script with one line before it (scripts/build/cached-content-scripts.ts): the map's line 1 is its 2.
  const lines = module.split('\n').slice(1);
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${dir}/${name}.js.map`, 'utf8')) as RawSourceMap);
  const who: string[][] = lines.map((line) => new Array<string>(line.length).fill('(unmapped)'));
  const byLine = new Map<number, { column: number; source: string }[]>();
  map.eachMapping((m) => {
    const list = byLine.get(m.generatedLine) ?? [];
    list.push({ column: m.generatedColumn, source: owner(m.source) });
    byLine.set(m.generatedLine, list);
  });
  for (const [line, list] of byLine) {
    const chars = who[line - 1];
    if (!chars) continue;
    list.sort((a, b) => a.column - b.column);
    list.forEach((m, i) => chars.fill(m.source, m.column, list[i + 1]?.column ?? chars.length));
  }
  const whole = lines.join('\n');
  const total = gz(module);
  const raw = new Map<string, number>();
  for (const chars of who) for (const s of chars) raw.set(s, (raw.get(s) ?? 0) + 1);
  const rows = [...raw].map(([source, bytes]) => {
    const without = lines.map((line, l) => [...line].filter((_, c) => who[l]![c] !== source).join('')).join('\n');
    return { source, bytes, gzip: gz(whole) - gz(without) };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  console.log(JSON.stringify({ module: name, bytes: module.length, gzip: total }));
  for (const row of rows) console.log(JSON.stringify(row));
}
