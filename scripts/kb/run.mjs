// Runs a TypeScript script of scripts/kb/ on Node 22: esbuild bundles it with the src/ code it uses into
// .cache/kb/<name>.mjs (git-ignored), then runs that with the remaining arguments.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/kb/run.mjs scripts/kb/<script>.ts [args...]\n');
  process.exit(2);
}
// Two folders deep, as the sources are: bundled code that finds files relative to its own folder
// (tests/support: the built extension, the fixtures) still finds them.
const outfile = `.cache/kb/${basename(entry, '.ts')}.mjs`;
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node22', logLevel: 'warning',
  // Browser benchmarks drive Chromium from node_modules; Playwright is not bundled.
  external: ['playwright-core'] });
process.exit(spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' }).status ?? 1);
