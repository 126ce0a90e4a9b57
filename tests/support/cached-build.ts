// The code-cached build (scripts/build/cached-content-scripts.ts) made from the build the browser suite
// runs, whichever way that one was built: tests of the cached loader run whatever the flag's default.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedModulesResource, cacheContentScripts } from '../../scripts/build/cached-content-scripts.ts';
import { HELPDESKS } from '../../src/helpdesks/descriptors.ts';
import { EXTENSION_DIR } from './chromium.ts';

/** A copy of the Chrome build with the helpdesk scripts as loader and module, as `SOUFFLEUR_CACHED_MODULES=1` builds them. */
export function cachedBuild(from = EXTENSION_DIR): string {
  const dir = mkdtempSync(join(tmpdir(), 'souffleur-cached-build-'));
  cpSync(from, dir, { recursive: true });
  if (existsSync(join(dir, 'content-scripts', 'freshdesk-module.js'))) return dir; // built so already
  cacheContentScripts(dir, HELPDESKS);
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { web_accessible_resources?: unknown[] };
  manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), cachedModulesResource('chrome')];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
