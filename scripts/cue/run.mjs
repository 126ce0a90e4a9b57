// Runs a TypeScript script under scripts/cue/ on Node: bundles it (and the src/ code it imports) with
// esbuild into .cache/ and executes it, passing the remaining arguments through.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/cue/run.mjs <scripts/cue/x.ts> [args...]\n');
  process.exit(2);
}
const outfile = `.cache/cue-${basename(entry, '.ts')}.mjs`;
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node22', logLevel: 'warning',
  // The baseline loads its per-language dictionaries with a computed require(): leave it to Node.
  external: ['multilang-sentiment'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } });
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
