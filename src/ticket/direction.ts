// A text's or an element's writing direction, as `dir` and `dir="auto"` resolve it: for the content scripts (a message's
// direction is read on the page) and the background alike, apart from text.ts's walk, which the content scripts do not carry.
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR_CHAR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/** Direction of the first strongly directional letter, as `dir="auto"` resolves it. */
export function directionOfText(text: string): 'ltr' | 'rtl' | undefined {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return 'rtl';
    if (LTR_CHAR.test(ch)) return 'ltr';
  }
  return undefined;
}

function resolveDir(el: Element): 'ltr' | 'rtl' | undefined {
  const dir = (el.getAttribute('dir') ?? '').toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  if (dir === 'auto') return directionOfText(el.textContent ?? '');
  return undefined;
}

/**
 * Writing direction the page marks for `el`'s text: its own `dir`, else the first marked element
 * inside it, else the nearest marked ancestor below <body>. <html>/<body> say the agent UI's
 * language, not the message's, so they are not asked. Undefined when nothing is marked.
 */
export function textDirection(el: Element): 'ltr' | 'rtl' | undefined {
  const own = resolveDir(el);
  if (own) return own;
  const inner = el.querySelector('[dir]');
  if (inner) {
    const d = resolveDir(inner);
    if (d) return d;
  }
  for (let p = el.parentElement; p; p = p.parentElement) {
    const tag = p.localName;
    if (tag === 'body' || tag === 'html') break;
    const d = resolveDir(p);
    if (d) return d;
  }
  return undefined;
}
