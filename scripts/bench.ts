// `npm run bench`: builds the extension, then runs every `bench:*` script of package.json in turn.
// Each prints lines of `<area>: <figure>: <value> <unit> (budget <= X: ok|OVER)`.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts)
  .filter((name) => name.startsWith('bench:'))
  .sort((a, b) => (a === 'bench:foundation' ? -1 : b === 'bench:foundation' ? 1 : a.localeCompare(b)));

process.stderr.write('Building the extension…\n');
execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
let failed = 0;
for (const name of scripts) {
  process.stderr.write(`\n— ${name}\n`);
  const run = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
