// The adapters' DOM lookups: selectors come as ordered alternatives (the newest layout first, each with
// its source in the helpdesk's selectors.ts), and a page may have several roots to search (Freshdesk's
// 2026 layout puts the ticket header and contact panel in shadow roots).

/** A document, an element, or a shadow root's contents: anything querySelector works on. */
export type QueryRoot = ParentNode;

const rootsOf = (roots: QueryRoot | readonly QueryRoot[]): readonly QueryRoot[] => (Array.isArray(roots) ? roots : [roots as QueryRoot]);

/** Fills `{id}` in a selector template with a ticket id (digits only, so no escaping is needed). */
export function withId(selector: string, id: string): string {
  return selector.replaceAll('{id}', id);
}

/** The first element matching the first alternative that matches in any root (`{id}` filled with `id`). */
export function queryFirst<E extends Element = HTMLElement>(
  roots: QueryRoot | readonly QueryRoot[],
  alternatives: readonly string[],
  id = '',
): E | null {
  for (const alternative of alternatives) {
    const selector = withId(alternative, id);
    for (const root of rootsOf(roots)) {
      const found = root.querySelector<E>(selector);
      if (found) return found;
    }
  }
  return null;
}

/** All elements matching the first alternative that matches anything, across the roots in order. */
export function queryAll<E extends Element = HTMLElement>(roots: QueryRoot | readonly QueryRoot[], alternatives: readonly string[]): E[] {
  for (const selector of alternatives) {
    const found = rootsOf(roots).flatMap((root) => [...root.querySelectorAll<E>(selector)]);
    if (found.length) return found;
  }
  return [];
}

/**
 * A note marker on an element of `item`'s own: on it or inside it, but not within its text (`body`: what its writer
 * sent, whose e-mail HTML keeps its classes: a customer's own class="internal" there says nothing of the message).
 */
export const markedInside = (item: Element, marker: string, body: string) =>
  [...item.querySelectorAll(marker)].some((el) => !el.parentElement?.closest(body));

/**
 * `item` and its elements outside its text (`body`), in document order, the text's own elements never walked: a long
 * e-mail's thousands of elements would cost every reading, collapsed sidebar included (the content script's hot path).
 */
export function elementsOutside(item: Element, body: string): Element[] {
  if (item.closest(body)) return [];
  const found: Element[] = [];
  const stack: Element[] = [item];
  for (let el = stack.pop(); el; el = stack.pop()) {
    found.push(el);
    const children = [...el.children].filter((child) => !child.matches(body));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/**
 * An attribute as a marker reads it, `name=value`, and for an aria-labelledby or aria-describedby the text of the elements
 * it names (round 15, modelled: a lock icon described by a tooltip "Internal note" that the helpdesk's UI kit renders in a
 * portal at the page's end, a comment labelled by a heading outside it), looked up where the element is (a shadow root's).
 * leak21: a description's text only when it is short enough to be a label.
 */
/**
 * Words as a reader sees them (round 18, modelled): full-width letters as plain ones (NFKC), and no invisible character
 * inside a word (a zero-width space, a soft hyphen, a word joiner), so "In\u200bternal" and "Ｉｎｔｅｒｎａｌ" read "Internal".
 * rev-read23: every character Unicode says draws nothing (Default_Ignorable_Code_Point: also a direction mark, a bidi
 * isolate, a combining grapheme joiner, an invisible operator, a variation selector).
 */
export const seenWords = (s: string) => s.normalize('NFKC').replace(/\p{DI}/gu, '');
/**
 * Whether `re` finds its words in `s` as a reader sees them (seenWords), or with each Cyrillic or Greek letter that looks
 * Latin read as that letter (read24, modelled: "Іnternal" with a Cyrillic І, "Рrivate", Greek "ΝΟΤΕ"). Both readings:
 * a Cyrillic rule ("Внутренняя") reads the first; no Cyrillic or Greek letter turns into an r, which "private" and
 * "internal" need, so an honest "Публичный ответ" or "Ирина Петрова" reads as nothing. One pass per character: linear.
 * rev-read24 (modelled): without the marks over letters ("I\u0300nternal", "Pri\u0301vate") and with Latin small
 * capitals ("ɪɴᴛᴇʀɴᴀʟ"), Greek small letters (α, ρ, η), Armenian (ո, օ) and Cherokee (Ꮲ, Ꭱ, Ꭵ) look-alikes read as
 * Latin too; Cyrillic г as r (an honest Cyrillic word still makes no "intern" or "priv": no n, no v).
 */
export const readsAs = (re: RegExp, s: string) => {
  const seen = seenWords(s);
  const latin = seen
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\0-\x7f]/g, (c) => LOOK[LOOK.indexOf(c) + 1 || -1] ?? c);
  return re.test(seen) || (latin != seen && re.test(latin));
};
/** Letters of other alphabets (Cyrillic, Greek, Armenian, Cherokee, Latin small capitals), each followed by the Latin one it looks like. */
const LOOK =
  'АAВBЕEКKМMНHОOРPСCТTХXІIЈJЅSҮYҺHӀIаaеeоoрpсcуyхxіiјjѕsӏlԁdԛqԝwһhгrΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvιiκkαaρpηnτtεeυuωwϲcϳjոnօoսuհhՕOՍUᎪAᏴBᏟCᎠDᎬEᏀGᎻHᎥiᎫJᏦKᏞLᎷMᏢPᎡRᏚSᎢTᏙVᎳWᏃZᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpʀrꜱsᴛtᴜuᴠvᴡwʏyᴢzıiɑaɩi';

/**
 * An element's own words as a marker reads them, "=words ": all its text when no child shows any (read23: a badge's word
 * beside its icon), else the text outside its children (rev-read24, modelled: "Private<b>sam@acme.example</b>" read as one
 * address in the whole text, and a badge "Private <b>· Sam</b>" was not read at all).
 */
export const ownWords = (el: Element) =>
  `=${([...el.children].some((child) => child.textContent?.trim()) ? [...el.childNodes].filter((n) => n.nodeType == 3) : [el])
    .map((n) => n.textContent?.trim())
    .join(' ')} `;

export const attributeText = (a: Attr) =>
  `${a.name}=${a.value} ${
    /^aria-\w+by$/.test(a.name)
      ? a.value
          .split(' ')
          .map((id) => `${(a.ownerElement!.getRootNode() as Document).getElementById(id)?.textContent}`)
          // A description of 7 words or more is help text, not a label (rev-leak20: "Replies go to the customer; internal
          // notes do not." held a reply back); a note's own tooltip is a label ("Private note", "This is an internal note").
          // rev-leak21: only one that explains replies, not one that says this item is internal ("This note is internal and
          // will not be sent to the customer"); in another language, a long one still marks (fail-safe). leak22: nor one that
          // opens by naming a note ("Internal note: replies go to customers, notes stay with agents").
          .filter(
            (text) =>
              !a.name.startsWith('aria-d') ||
              text.trim().split(/\s+/).length < 7 ||
              !/replies/i.test(text) ||
              /\bthis\b|^\W*\S+ notes?\b/i.test(text),
          )
      : ''
  }`;
