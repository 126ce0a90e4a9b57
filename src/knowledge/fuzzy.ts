// Typo tolerance for query words the index does not know ("cancdling" → "cancel"): vocabulary terms within
// a small edit distance, looked for only among terms with the same first letter and a similar length.

/** Optimal-string-alignment distance (adjacent swaps count 1), or `max + 1` once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Allowed distance for a word of this length: none below 5 letters, 1 up to 7, 2 from 8. */
export function typoBudget(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}
