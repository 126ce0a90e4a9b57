// Timestamps on our own host element (performance.now(), shared by every world of the page), so the
// benchmarks can measure page load → subject shown and ticket read → cue / snippets shown from outside.
export type TimingMark = 'script-start' | 'ticket-shown' | 'cue-shown' | 'snippets-shown';

export function markTiming(host: Element, mark: TimingMark, at = performance.now()): void {
  host.setAttribute(`data-souffleur-${mark}`, at.toFixed(1));
}

/**
 * Marks for one ticket at a time, each set once: from the first reading of a ticket to the first time
 * its panels show. Later re-readings of the same ticket (the REST reading, DOM changes) and later
 * answers move nothing, so "read → shown" is never measured from a later reading.
 */
export function ticketTimings(host: Element): { ticketShown(): void; once(mark: 'cue-shown' | 'snippets-shown'): void } {
  const marked = new Set<TimingMark>();
  return {
    ticketShown() {
      marked.clear();
      for (const mark of ['cue-shown', 'snippets-shown'] as const) host.removeAttribute(`data-souffleur-${mark}`);
      markTiming(host, 'ticket-shown');
    },
    once(mark) {
      if (marked.has(mark)) return;
      marked.add(mark);
      markTiming(host, mark);
    },
  };
}
