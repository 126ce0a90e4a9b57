// Deterministic embeddings for the test server's /embeddings route: a hashed bag of words in 64 dimensions,
// so texts sharing words are close. A few synonyms are folded onto one word first, so a test can show the
// semantic path finding an article that shares no word with the query.
export const EMBEDDING_DIMS = 64;

const SYNONYMS: Record<string, string> = {
  reimbursement: 'refund',
  reimburse: 'refund',
  parcel: 'package',
  shipment: 'package',
};

export function testEmbedding(text: string): number[] {
  const vector = new Array<number>(EMBEDDING_DIMS).fill(0);
  for (const raw of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const word = SYNONYMS[raw] ?? raw.replace(/s$/, '');
    let h = 2166136261;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
    vector[(h >>> 0) % EMBEDDING_DIMS]! += 1;
  }
  return vector;
}
