// Timestamps on our own host element (performance.now(), shared by every world of the page), so the
// benchmarks can measure page load → subject shown and ticket read → cue shown from outside.
export type TimingMark = 'ticket-shown' | 'cue-shown';

export function markTiming(host: Element, mark: TimingMark): void {
  host.setAttribute(`data-souffleur-${mark}`, performance.now().toFixed(1));
}
