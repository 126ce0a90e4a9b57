// One term's postings: the passages it occurs in (ascending ids) with its count in the body and the title.
// Typed arrays grown by doubling keep 100k passages at a few bytes per posting.

export class Postings {
  ids: Uint32Array;
  body: Uint8Array;
  title: Uint8Array;
  length = 0;
  /** Live passages containing the term (postings of removed passages linger until compaction). */
  df = 0;

  constructor(capacity = 4) {
    this.ids = new Uint32Array(capacity);
    this.body = new Uint8Array(capacity);
    this.title = new Uint8Array(capacity);
  }

  /** Postings over existing arrays (from a snapshot); all of them live. */
  static view(ids: Uint32Array, body: Uint8Array, title: Uint8Array): Postings {
    const postings = new Postings(0);
    postings.ids = ids;
    postings.body = body;
    postings.title = title;
    postings.length = postings.df = ids.length;
    return postings;
  }

  push(id: number, bodyTf: number, titleTf: number): void {
    if (this.length === this.ids.length) this.grow(Math.max(4, this.length * 2));
    this.ids[this.length] = id;
    this.body[this.length] = Math.min(bodyTf, 255);
    this.title[this.length] = Math.min(titleTf, 255);
    this.length += 1;
  }

  /** Drops postings of passages that are no longer alive. */
  compact(alive: ArrayLike<number>): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const id = this.ids[i]!;
      if (!alive[id]) continue;
      this.ids[kept] = id;
      this.body[kept] = this.body[i]!;
      this.title[kept] = this.title[i]!;
      kept += 1;
    }
    this.length = kept;
  }

  private grow(capacity: number): void {
    const ids = new Uint32Array(capacity);
    ids.set(this.ids);
    const body = new Uint8Array(capacity);
    body.set(this.body);
    const title = new Uint8Array(capacity);
    title.set(this.title);
    this.ids = ids;
    this.body = body;
    this.title = title;
  }
}

/** Counts of each term in a list of terms. */
export function countTerms(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
