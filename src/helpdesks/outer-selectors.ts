// Which elements a message's hiding rule may hide on the page. The message is read without the page's markup around it
// (REST: none of it; the page reading: its opening tags only), but its sheet applies to the whole page: "article .x",
// "div > div > .x", ":root .x" match there through elements this reading cannot see. A hiding rule is taken as matching
// an element its key (rightmost compound) matches unless the message itself rules it out (a parent, a sibling inside
// that does not match): unsure -> hidden. Only for hiding rules: a rule that would show text is never assumed.

/** Walk steps one selector may take per message (sibling chains on a long flat list); past them it is taken as matching. */
const MAX_STEPS = 20_000;
const NESTED = /:(?:is|where|not|matches|any|-webkit-any|-moz-any|has)\(/gi;

/** A selector's compounds and the combinators between them (' ', '>', '+', '~'), outside brackets and quotes. */
function split(selector: string): { compounds: string[]; combinators: string[] } {
  const compounds: string[] = [];
  const combinators: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  let pending = '';
  for (const c of selector.trim()) {
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && /[\s>+~]/.test(c)) {
      if (c.trim()) pending = c;
      else pending ||= ' ';
      continue;
    }
    if (pending && current) {
      compounds.push(current);
      combinators.push(pending);
      current = '';
    }
    pending = '';
    current += c;
  }
  compounds.push(current);
  return { compounds, combinators };
}

/**
 * A compound without its :is(), :where(), :not() or :has() of a complex selector ("article *", "~ .y"), which could
 * reach outside the message: the compound then matches more elements, never fewer (fail-safe for a hiding rule).
 */
function local(compound: string): string {
  let out = compound;
  for (const m of [...compound.matchAll(NESTED)].reverse()) {
    let depth = 1;
    let end = m.index + m[0].length;
    while (end < out.length && depth) depth += out[end] === '(' ? 1 : out[end++] === ')' ? -1 : 0;
    if (depth) return '*';
    const argument = out.slice(m.index + m[0].length, end - 1);
    if (/[>+~]|[^\s,(]\s+[^\s,)]/.test(argument.trim())) out = out.slice(0, m.index) + out.slice(end);
  }
  return out || '*';
}

/** Whether `selector` needs nothing outside the element it keys on: no combinator, no nested complex selector. */
const plain = (selector: string) => split(selector).compounds.length === 1 && local(selector) === selector;

/**
 * A compound an element around the message (the page's: its siblings and other children are not there) matches or may
 * match: unsure of a pseudo-class (:first-child, :nth-of-type, :has(), :root) or of a style attribute (not kept); and,
 * by choice as in the REST reading, the mail clients' own markup (Gmail's .body, Outlook.com's .ExternalClass,
 * Outlook's [data-ogsc]): text they hide, the customer's client hid too.
 */
const outerMatch = (el: Element, compound: string) => {
  // rev-leak19: the style attribute however written ('[ style]', '[*|style]', '[\\73 tyle]'); a selector linkedom
  // cannot match ('*|main') is one the page may match.
  if (/:|\[[^\]=]*(?:style|\\)|\.body\b|externalclass|data-ogsc/i.test(compound)) return true;
  try {
    return el.matches(compound);
  } catch {
    return true;
  }
};

/**
 * The elements under `root` that the hiding rule of `selectors` hides or may hide on the page. `placed`: the root sits
 * in the page's own elements around it (the page reading's context, leak19), so a rule's left part is matched on them,
 * not assumed: ".ticket_note .x" on the Zendesk page hides nothing. Their siblings are not there: a '+' or '~' from the
 * root or above is still assumed.
 */
export function hidingMatches(root: Element, selectors: readonly string[], placed = false): Set<Element> {
  const simple = selectors.filter(plain);
  const found = new Set<Element>(simple.length ? root.querySelectorAll(simple.join(',')) : []);
  const around = new Set<Element>();
  for (let a: Element | null = root; a; a = a.parentElement) around.add(a);
  for (const selector of selectors.filter((s) => !plain(s))) {
    const { combinators } = split(selector);
    const compounds = split(selector).compounds.map(local);
    let steps = 0;
    // Whether an element or one above it matches compounds[0..i], by element for each i (rev-leak19: each element is
    // tried once per compound, not once per element under it: linear in deep markup).
    const above: Map<Element, boolean>[] = compounds.map(() => new Map());
    // Whether compounds[0..i] can match to the left of `el`, joined to it by combinators[i].
    const left = (el: Element, i: number): boolean => {
      if (i < 0 || ++steps > MAX_STEPS) return true;
      const next = (other: Element | null) =>
        !!other && (around.has(other) ? outerMatch(other, compounds[i]!) : other.matches(compounds[i]!)) && left(other, i - 1);
      const combinator = combinators[i];
      if (placed) {
        if (combinator === ' ') {
          const seen: Element[] = [];
          let found = false;
          for (let a = el.parentElement; a; a = a.parentElement) {
            const known = above[i]!.get(a);
            if (known !== undefined || ++steps > MAX_STEPS) {
              found = known ?? true;
              break;
            }
            seen.push(a);
            if (next(a)) {
              found = true;
              break;
            }
          }
          for (const a of seen) above[i]!.set(a, found);
          return found;
        }
        if (combinator === '>') return next(el.parentElement);
        if (around.has(el)) return true;
      }
      // An ancestor may be the page's: any chain left of it may match there.
      if (combinator === ' ') return true;
      // The message's top-level elements' parent and siblings are the page's (the helpdesk may put its own beside them).
      if (el.parentElement === root || !el.parentElement) return true;
      if (combinator === '>') return next(el.parentElement);
      if (combinator === '+') return next(el.previousElementSibling);
      for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (next(s)) return true;
      return false;
    };
    for (const el of root.querySelectorAll(compounds.at(-1)!)) if (!found.has(el) && left(el, compounds.length - 2)) found.add(el);
  }
  return found;
}
