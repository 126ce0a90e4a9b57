import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { releaseSpace, reserveSpace } from './reserve-space';

const page = () => parseHTML('<html><head></head><body><main>ticket</main></body></html>').document;

describe('reserveSpace', () => {
  it('narrows the page’s body on the sidebar’s side, and gives the space back', () => {
    const doc = page();
    reserveSpace(doc, 360.4, 'right');
    expect(doc.getElementById('souffleur-reserve-space')!.textContent).toContain('margin-right: 360px !important');
    reserveSpace(doc, 300, 'left');
    expect(doc.querySelectorAll('#souffleur-reserve-space')).toHaveLength(1);
    expect(doc.getElementById('souffleur-reserve-space')!.textContent).toContain('margin-left: 300px !important');
    releaseSpace(doc);
    expect(doc.getElementById('souffleur-reserve-space')).toBeNull();
  });

  it('leaves the page’s style sheet alone when nothing changed (each rewrite restyles the whole page)', () => {
    const doc = page();
    reserveSpace(doc, 360, 'right');
    const style = doc.getElementById('souffleur-reserve-space')!;
    const text = style.firstChild;
    reserveSpace(doc, 360, 'right');
    expect(style.firstChild).toBe(text); // the same text node: not written again
    reserveSpace(doc, 400, 'right');
    expect(style.firstChild).not.toBe(text);
  });

  it('makes the body a containing block with a 2D transform only (a 3D one composites the whole page)', () => {
    const doc = page();
    reserveSpace(doc, 360, 'right');
    const css = doc.getElementById('souffleur-reserve-space')!.textContent!;
    expect(css).toMatch(/transform: translate[XY]?\(/); // the fixed layers' containing block (tests/browser/reserve-space.test.ts)
    expect(css).not.toMatch(/translateZ|translate3d|matrix3d|perspective|rotate[XY]|scale3d|will-change|backface/);
  });
});
