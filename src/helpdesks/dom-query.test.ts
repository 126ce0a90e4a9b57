// The comment's own elements, read for note labels on every page reading: the text's elements are never among them.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { elementsOutside } from './dom-query';

const page = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const names = (els: Element[]) => els.map((el) => el.getAttribute('id'));

describe('elementsOutside', () => {
  it('gives the item and its elements in document order, without its text and the elements inside it', () => {
    const doc = page(
      `<article id="a"><header id="h"><span id="s"></span></header><div class="body" id="b"><p id="p"><i id="i"></i></p></div><footer id="f"></footer></article>`,
    );
    expect(names(elementsOutside(doc.getElementById('a')!, '.body'))).toEqual(['a', 'h', 's', 'f']);
  });

  it('gives nothing for an item inside a text (a comment quoted in another comment)', () => {
    const doc = page(`<div class="body"><article id="a"><span id="s"></span></article></div>`);
    expect(elementsOutside(doc.getElementById('a')!, '.body')).toEqual([]);
  });
});
