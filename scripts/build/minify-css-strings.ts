// The sidebar's CSS lives in TypeScript modules (src/**/*.css.ts: `export const x = `…`;`) so the
// content script, the options page and Node tests share it without a CSS loader. Those strings keep
// their comments and indentation in the source; this Vite plugin minifies them in the build (esbuild's
// CSS minifier), because the content script that carries them has a size budget.
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

const CSS_TEMPLATE = /(export const \w+ = )`([^`$\\]*)`/g;

/**
 * esbuild keeps a custom property's value byte for byte, the space after its colon too ("--sf-bg: #fff").
 * CSS drops a declaration value's leading whitespace when it parses it, custom properties included, so
 * the space is only bytes in the content script.
 */
export const tightenCustomProperties = (css: string): string => css.replace(/([{;]--[\w-]+):\s+/g, '$1:');

/** The module with each plain CSS template literal minified; one that interpolates (`${`) or escapes is left alone. */
export async function minifyCssModule(code: string): Promise<string> {
  const parts: Promise<string>[] = [];
  code.replace(CSS_TEMPLATE, (_whole, head: string, css: string) => {
    parts.push(
      transform(css, { loader: 'css', minify: true }).then((out) => `${head}${JSON.stringify(tightenCustomProperties(out.code.trim()))}`),
    );
    return '';
  });
  const minified = await Promise.all(parts);
  let index = 0;
  return code.replace(CSS_TEMPLATE, () => minified[index++]!);
}

export function minifyCssStrings(): Plugin {
  return {
    name: 'souffleur:minify-css-strings',
    apply: 'build',
    async transform(code, id) {
      return id.endsWith('.css.ts') ? { code: await minifyCssModule(code), map: null } : null;
    },
  };
}
