import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ticketTimings } from './timing';

const at = (host: Element, mark: string) => host.getAttribute(`data-souffleur-${mark}`);

describe('ticketTimings', () => {
  it('marks each panel once per ticket, from the first reading, so later readings move nothing', async () => {
    const { document } = parseHTML('<souffleur-sidebar></souffleur-sidebar>');
    const host = document.querySelector('souffleur-sidebar')!;
    const timings = ticketTimings(host);
    timings.ticketShown();
    const read = at(host, 'ticket-shown');
    timings.once('cue-shown');
    const cue = at(host, 'cue-shown');
    await new Promise((done) => setTimeout(done, 5));
    // The REST reading of the same ticket and a second analysis: the caller does not call ticketShown,
    // and once() keeps the first time.
    timings.once('cue-shown');
    expect(at(host, 'ticket-shown')).toBe(read);
    expect(at(host, 'cue-shown')).toBe(cue);
    expect(Number(cue)).toBeGreaterThanOrEqual(Number(read));

    // Another ticket starts over, without the last ticket's marks.
    timings.once('snippets-shown');
    timings.ticketShown();
    expect(host.hasAttribute('data-souffleur-cue-shown')).toBe(false);
    expect(host.hasAttribute('data-souffleur-snippets-shown')).toBe(false);
    timings.once('cue-shown');
    expect(Number(at(host, 'cue-shown'))).toBeGreaterThan(Number(cue));
  });
});
