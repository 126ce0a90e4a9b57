// Bundles the CLI (src/cli/main.ts and everything it imports from src/) into one ES module that
// runs on plain Node, so `npx souffleur` needs no TypeScript toolchain at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some bundled CommonJS dependencies call require(); give them one in ESM.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  splitting: false,
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
  loader: { '.bin': 'binary' },
});
