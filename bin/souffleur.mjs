#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/cli.mjs by `npm run build:cli` (run on install).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('souffleur: dist/cli.mjs is missing; run `npm run build:cli` in the package folder\n');
  process.exit(1);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
