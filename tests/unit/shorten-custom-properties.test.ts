import { describe, expect, it } from 'vitest';
import { shortenCustomProperties } from '../../scripts/build/shorten-custom-properties';

describe("the content scripts' custom properties get short names", () => {
  it('renames each --sf-* property the same way at its declaration and its uses, the most used the shortest', () => {
    const code =
      'const a=".t{--sf-fg:#111;--sf-fg-muted:#555;color:var(--sf-fg-muted)}.u{border-color:var(--sf-fg-muted);color:var(--sf-fg)}";';
    expect(shortenCustomProperties(code)).toBe('const a=".t{--b:#111;--a:#555;color:var(--a)}.u{border-color:var(--a);color:var(--b)}";');
  });

  it('never takes a name the code already writes after two dashes', () => {
    const code = 'for(;--a;)x();const s=".t{--sf-bg:#fff;color:var(--sf-bg)}";';
    expect(shortenCustomProperties(code)).toBe('for(;--a;)x();const s=".t{--b:#fff;color:var(--b)}";');
  });

  it('goes on to two letters after z, and leaves other custom properties and text alone', () => {
    const names = Array.from({ length: 28 }, (_, i) => `--sf-p${String(i).padStart(2, '0')}`);
    const out = shortenCustomProperties(`${names.join(';')};--page-own:1;-- sf-not`);
    expect(out.split(';')).toEqual([
      ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `--${c}`),
      '--aa',
      '--ab',
      '--page-own:1',
      '-- sf-not',
    ]);
  });
});
