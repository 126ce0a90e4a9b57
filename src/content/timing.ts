// Timestamps on our own host element (performance.now(), shared by every world of the page), so the
// benchmarks can measure page load → subject shown and ticket read → cue shown from outside.
export type TimingMark = 'script-start' | 'ticket-shown' | 'cue-shown';

export function markTiming(host: Element, mark: TimingMark, at = performance.now()): void {
  host.setAttribute(`data-souffleur-${mark}`, at.toFixed(1));
}
