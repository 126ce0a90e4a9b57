// HTML → plain text without a DOM and without ever rendering it: the main text only (script, style, nav,
// header, footer, forms and comments dropped; <main>/<article> preferred when present), block elements as
// line breaks, list items as "- " lines, entities decoded. Tolerant of broken markup by construction.

const DROPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'head',
];
const BLOCK = /^(p|div|section|article|main|h[1-6]|ul|ol|table|tr|blockquote|pre|hr|dl|dt|dd|figure|figcaption|details|summary)$/;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  aring: 'å',
  Aring: 'Å',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ntilde: 'ñ',
  atilde: 'ã',
  otilde: 'õ',
  ecirc: 'ê',
  oacute: 'ó',
  aacute: 'á',
  iacute: 'í',
  uacute: 'ú',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[name] ?? whole;
  });
}

/** The `<main>` or `<article>` element's inner markup if the page has one, else the whole markup. */
function mainPart(html: string): string {
  for (const tag of ['main', 'article']) {
    const open = new RegExp(`<${tag}\\b[^>]*>`, 'i').exec(html);
    if (!open) continue;
    const close = html.toLowerCase().lastIndexOf(`</${tag}>`);
    if (close > open.index) return html.slice(open.index + open[0].length, close);
  }
  return html;
}

export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?(-->|$)/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  for (const tag of DROPPED) {
    // The element and everything in it; an unclosed one runs to the end (as a browser would treat <script>).
    text = text.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?(</${tag}\\s*>|$)`, 'gi'), ' ');
  }
  text = mainPart(text);
  text = text.replace(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi, (_, closing: string, name: string) => {
    const tag = name.toLowerCase();
    if (tag === 'br') return '\n';
    if (tag === 'li') return closing ? '' : '\n- ';
    if (tag === 'td' || tag === 'th') return ' ';
    return BLOCK.test(tag) ? '\n\n' : '';
  });
  text = text.replace(/<[^>]*>?/g, ' '); // stray or broken tags
  text = decodeEntities(text);
  return text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n- (?=\n|$)/g, '\n')
    .trim();
}

/** The page title: <title>, else the first <h1>. */
export function htmlTitle(html: string): string | null {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html) ?? /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!match) return null;
  const title = decodeEntities(match[1]!.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return title || null;
}
