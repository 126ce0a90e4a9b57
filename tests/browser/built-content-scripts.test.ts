// What the build puts on every helpdesk page, checked on the build `npm run test:browser` just made:
// each content script is an anonymous IIFE (nothing of ours becomes a global of the page; the editor
// bridge runs in the page's own world), carries none of the cue's weights or valence lists (they
// belong to the background), and stays within its size budget (`npm run bench:foundation` reports it).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/chromium.ts';

const DIR = `${EXTENSION_DIR}/content-scripts`;
const scripts = readdirSync(DIR).filter((file) => file.endsWith('.js'));
const BUDGET_BYTES = 35 * 1024;

describe('the built content scripts', () => {
  it('are the two helpdesks and the editor bridge', () => {
    expect(scripts.sort()).toEqual(['editor-bridge.js', 'freshdesk.js', 'zendesk.js']);
  });

  it.each(scripts)('%s declares no global and keeps the IIFE in parentheses (compiled once)', (file) => {
    const code = readFileSync(`${DIR}/${file}`, 'utf8');
    expect(code.startsWith('(function(){')).toBe(true);
    expect(code.trimEnd().endsWith('})();')).toBe(true);
  });

  it.each(scripts)('%s carries no cue model or valence lists and is within 35 KB gzip', (file) => {
    const code = readFileSync(`${DIR}/${file}`, 'utf8');
    expect(code).not.toContain('souffleur-cue-linear/');
    expect(code).not.toContain('souffleur-valence/');
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it.each(['freshdesk.js', 'zendesk.js'])('%s carries of its descriptor only the name and the matches', (file) => {
    // The sidebar's warnings need the helpdesk's name, WXT's script definition its matches; the hosted domain,
    // the editor and the script's path belong to the manifest and the background.
    const code = readFileSync(`${DIR}/${file}`, 'utf8');
    expect(code).not.toContain('content-scripts/');
    expect(code).not.toContain('hostedDomain');
  });

  it('are installed only where they can run: Chrome 111+ (MAIN-world bridge; tab switches by the Navigation API alone)', () => {
    // The Chrome build has no location polling to fall back on (scripts/build/trim-content-script-context.ts).
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as { minimum_chrome_version?: string };
    expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(111);
  });
});
