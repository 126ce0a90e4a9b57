// The sidebar's theme is a set of CSS custom properties (--sf-fg-muted, --sf-emotion-disappointment…, src/ui/tokens.css.ts),
// named for the people who read the CSS. In a helpdesk content script they are only bytes: every one is declared and
// read inside the sidebar's shadow root, by the script's own CSS strings, so this plugin gives each a short name
// there (--a, --b…; 97 B of Freshdesk's gzip). Only the content scripts: the options page and the dashboard read
// theirs by name from script (src/stats/dashboard/chart-config.ts).
import type { Plugin } from 'vite';

const CUSTOM_PROPERTY = /--sf-[a-z\d-]*[a-z\d]/g;

/** Short names in order: a…z, then aa, ab…; none that the code already writes after `--` (a JS decrement, a page's property). */
function* shortNames(code: string): Generator<string> {
  const taken = new Set(code.match(/--[\w-]+/g));
  for (let n = 0; ; n++) {
    let name = '';
    for (let rest = n; ; rest = Math.floor(rest / 26) - 1) {
      name = String.fromCharCode(97 + (rest % 26)) + name;
      if (rest < 26) break;
    }
    if (!taken.has(`--${name}`)) yield `--${name}`;
  }
}

/** The code with every --sf-* custom property renamed, the most used first to the shortest name; the same name, the same short one. */
export function shortenCustomProperties(code: string): string {
  const uses = new Map<string, number>();
  for (const [name] of code.matchAll(CUSTOM_PROPERTY)) uses.set(name, (uses.get(name) ?? 0) + 1);
  const names = shortNames(code);
  const short = new Map([...uses].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([name]) => [name, names.next().value!]));
  return code.replace(CUSTOM_PROPERTY, (name) => short.get(name)!);
}

/** Vite plugin for a content script's build: renames the custom properties in its finished chunks. */
export function shortenContentScriptCustomProperties(): Plugin {
  return {
    name: 'souffleur:shorten-custom-properties',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = shortenCustomProperties(chunk.code);
    },
  };
}
