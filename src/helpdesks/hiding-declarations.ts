// Declarations that hide an element's whole content whatever its colours: display, visibility, opacity, transforms
// that flatten, positions far off-screen, boxes with no room, fonts too small in any unit, var() in a property that
// hides (unknown: kept from the model). Shared by the inline styles and the message's sheets (hidden-in-html.ts,
// message-sheets.ts); background only, like them.

import { amount } from './css-colour';
import { angleCos, lengthPx, opacityOf } from './css-values';

/** Under this fraction (an opacity, a scale, a zoom, an alpha) an element or its text reads as gone. */
export const SMALL = 0.1;
/** Under this many px high (a clipping box, a line) or tall (a font), text cannot be read. */
export const MIN_SIZE = 3;

/** Whether a transform list flattens its element to nothing (a scale under a tenth, a matrix with no area, a quarter turn out of the page). */
function flattens(transform: string): boolean {
  for (const [, name, args] of transform.matchAll(/([a-z\d]+)\(([^()]*)\)/g)) {
    const n = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((a) => amount(a, 1));
    if (n.some(Number.isNaN)) return true;
    const tiny = (x: number | undefined) => x !== undefined && Math.abs(x) < SMALL;
    if (name === 'scale' && (tiny(n[0]) || tiny(n[1] ?? n[0]))) return true;
    if ((name === 'scalex' || name === 'scaley') && tiny(n[0])) return true;
    if (name === 'scale3d' && (tiny(n[0]) || tiny(n[1]))) return true;
    if (name === 'matrix' && n.length >= 4 && Math.abs(n[0]! * n[3]! - n[1]! * n[2]!) < SMALL * SMALL) return true;
    if (name === 'matrix3d' && n.length >= 16 && Math.abs(n[0]! * n[5]! - n[1]! * n[4]!) < SMALL * SMALL) return true;
    if ((name === 'rotatex' || name === 'rotatey') && Math.abs(angleCos(args!.trim())) < SMALL) return true;
    if (/^translate/.test(name!) && args!.split(/[\s,]+/).some((a) => Math.abs(lengthPx(a, 16)) >= OFF_SCREEN)) return true;
  }
  return false;
}
const OFF_SCREEN = 1000;

/** Whether declarations hide the element's whole content, whatever its colours (these checks know no inheritance but font size). */
export function hidesContent(d: Map<string, string>, font: number): boolean {
  for (const property of [
    'display',
    'visibility',
    'opacity',
    'font-size',
    'color',
    '-webkit-text-fill-color',
    'transform',
    'filter',
    'content-visibility',
    'zoom',
    'scale',
    'translate',
  ]) {
    if (d.get(property)?.includes('var(')) return true; // unknown: kept from the model
  }
  if (d.get('display') === 'none' || /^(?:hidden|collapse)$/.test(d.get('visibility') ?? '') || d.get('content-visibility') === 'hidden')
    return true;
  const opacity = d.get('opacity');
  if (opacity !== undefined && opacityOf(opacity) < SMALL) return true;
  const filter = /opacity\(([^()]*)\)/.exec(d.get('filter') ?? '');
  if (filter && opacityOf(filter[1]!.trim() || '0') < SMALL) return true;
  // A filter that turns dark text white or grey like its background (invert, brightness, contrast), or a blend that
  // mixes the text into what is behind it: e-mails have no use for either, so any such one counts as hiding (page12).
  if (/invert|brightness|contrast/.test(d.get('filter') ?? '') || !/^(?:normal)?$/.test(d.get('mix-blend-mode') ?? '')) return true;
  if (flattens(d.get('transform') ?? '')) return true;
  // The translate property moves as translate() does, on either axis (page14: 'translate: 0 -9999px').
  if ((d.get('translate') ?? '').split(' ').some((v) => Math.abs(lengthPx(v, font)) >= OFF_SCREEN)) return true;
  // Smeared past reading: letters drawn over each other (a third of an em or more taken from each), or blurred by a
  // quarter of an em or more (page14). A slight tightening or a soft blur stays.
  const spacing = d.get('letter-spacing');
  if (spacing !== undefined && lengthPx(spacing, font) <= -font / 3) return true;
  const blur = /blur\(([^()]*)\)/.exec(d.get('filter') ?? '');
  if (blur && lengthPx(blur[1]!.trim() || '0', font) >= font / 4) return true;
  // A clip-path inset whose sides meet (top and bottom, or left and right, adding to 100 %) leaves no area; lengths
  // in px depend on a size this reading does not know, so only percentages count.
  const inset = /inset\(([^()]*?)(?: round [^()]*)?\)/.exec(d.get('clip-path') ?? '');
  if (inset) {
    const [top = 0, right = top, bottom = top, left = right] = inset[1]!
      .split(' ')
      .filter(Boolean)
      .map((v) => (v.endsWith('%') ? parseFloat(v) : 0));
    if (top + bottom >= 100 || left + right >= 100) return true;
  }
  // A mask can paint the text away (a gradient of transparent); e-mails have no use for one.
  if (['mask', 'mask-image', '-webkit-mask', '-webkit-mask-image'].some((p) => (d.get(p) ?? 'none') !== 'none')) return true;
  const scale = d.get('scale');
  if (
    scale &&
    scale !== 'none' &&
    scale
      .split(' ')
      .slice(0, 2)
      .some((s) => Math.abs(amount(s, 1)) < SMALL)
  )
    return true;
  const zoom = d.get('zoom');
  if (zoom && zoom !== 'normal' && zoom !== 'reset' && !(amount(zoom, 1) >= SMALL)) return true;
  // Far off-screen: by position, inset or margin.
  const far = (v: string | undefined, sign: 1 | -1) => v !== undefined && v.split(' ').some((x) => sign * lengthPx(x, font) >= OFF_SCREEN);
  const positioned = /^(?:absolute|fixed|relative|sticky)$/.test(d.get('position') ?? '');
  if (positioned) {
    if (
      ['left', 'top', 'inset-inline-start', 'inset-block-start'].some((p) => far(d.get(p), -1)) ||
      ['right', 'bottom', 'inset-inline-end', 'inset-block-end'].some((p) => far(d.get(p), 1))
    )
      return true;
    const inset = (d.get('inset') ?? '').split(' ').filter(Boolean);
    if (inset.length) {
      const [top, right = top, bottom = top, left = right] = inset;
      if (far(top, -1) || far(left, -1) || far(right, 1) || far(bottom, 1)) return true;
    }
  }
  for (const margin of ['margin-top', 'margin-left', 'margin', 'margin-block-start', 'margin-inline-start', 'text-indent']) {
    if (far(d.get(margin), -1)) return true;
  }
  // An indent far to the right pushes the line out of the box as far to the left does (page14: 'text-indent: 9999px').
  if (far(d.get('text-indent'), 1)) return true;
  // No room: a box a pixel high or wide, or lines of no height, that clips what overflows.
  const clips = ['overflow', 'overflow-x', 'overflow-y', 'overflow-block', 'overflow-inline'].some((p) =>
    /hidden|clip/.test(d.get(p) ?? ''),
  );
  if (clips) {
    for (const p of ['height', 'max-height', 'width', 'max-width', 'block-size', 'max-block-size', 'inline-size', 'max-inline-size']) {
      const v = d.get(p);
      if (v !== undefined && !(lengthPx(v, font) >= MIN_SIZE)) {
        if (v === 'auto' || v === 'none' || v.endsWith('%') || /content|stretch|available/.test(v)) continue;
        return true;
      }
    }
    // The image-replacement trick: an indent of the whole width or more, clipped, leaves the line out of the box.
    const indent = d.get('text-indent') ?? '';
    if (indent.endsWith('%') && parseFloat(indent) >= 100) return true;
    const lineHeight = d.get('line-height');
    if (
      lineHeight !== undefined &&
      lineHeight !== 'normal' &&
      !(lengthPx(lineHeight, font) * (/[a-z%]$/.test(lineHeight) ? 1 : font) >= MIN_SIZE)
    )
      return true;
  }
  return false;
}
