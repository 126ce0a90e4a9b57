// Scores for the cue evaluation: per-class F1 and macro-F1.

export function f1For(gold: string[], predicted: string[], label: string): number {
  let tp = 0,
    fp = 0,
    fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (p === label && g === label) tp++;
    else if (p === label) fp++;
    else if (g === label) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Macro-F1 over the labels that occur in the gold data. */
export function macroF1(gold: string[], predicted: string[]): number {
  const labels = [...new Set(gold)];
  return labels.reduce((sum, label) => sum + f1For(gold, predicted, label), 0) / labels.length;
}

export function binaryF1(gold: boolean[], predicted: boolean[]): number {
  return f1For(gold.map(String), predicted.map(String), 'true');
}

export const pct = (value: number): string => (value * 100).toFixed(1);

/** Precision and recall of the positive class (precision 1 when nothing is predicted: no false alarm). */
export function precisionRecall(gold: boolean[], predicted: boolean[]): { precision: number; recall: number } {
  let tp = 0,
    fp = 0,
    fn = 0;
  gold.forEach((g, i) => {
    if (predicted[i] && g) tp++;
    else if (predicted[i]) fp++;
    else if (g) fn++;
  });
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 0 };
}
