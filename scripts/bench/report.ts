// One line per figure, the same shape for every benchmark:
// `<area>: <figure>: <value> <unit> (budget <= X unit: ok|OVER)`.
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function report(area: string, figure: string, value: number, unit: string, budget?: number): void {
  const shown = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
  const verdict = budget === undefined ? '' : ` (budget <= ${budget} ${unit}: ${value <= budget ? 'ok' : 'OVER'})`;
  process.stdout.write(`${area}: ${figure}: ${shown} ${unit}${verdict}\n`);
}
