import { describe, expect, it } from 'vitest';
import { minifyCssModule } from '../../scripts/build/minify-css-strings';

describe('the build minifies the CSS held in *.css.ts modules', () => {
  it('turns each exported CSS template into a minified string literal, rules intact', async () => {
    const source = `// a comment about the frame
export const frameCss = \`
:host { all: initial; }
.sf {
  /* on the page side */
  box-shadow: -4px 0 16px var(--sf-shadow-color);
  margin: 0px 0px 0px 0px;
}
\`;
export const other = \`.a { color: #ffffff; }\`;
`;
    const out = await minifyCssModule(source);
    expect(out).toContain('export const frameCss = ":host{all:initial}.sf{box-shadow:-4px 0 16px var(--sf-shadow-color);margin:0}";');
    expect(out).toContain('export const other = ".a{color:#fff}";');
    expect(out).toContain('// a comment about the frame');
  });

  it("drops the space after a custom property's colon, which esbuild keeps", async () => {
    const out = await minifyCssModule(
      'export const tokens = `.t { --sf-bg: #fff; --sf-font: system-ui, sans-serif; color: var(--sf-bg); }`;',
    );
    expect(out).toBe('export const tokens = ".t{--sf-bg:#fff;--sf-font:system-ui, sans-serif;color:var(--sf-bg)}";');
  });

  it('leaves a template that interpolates alone (its CSS is not known until it runs)', async () => {
    const source = 'export const sized = `.a { width: ${width}px; }`;';
    expect(await minifyCssModule(source)).toBe(source);
  });
});
