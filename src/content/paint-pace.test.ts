import { describe, expect, it } from 'vitest';
import { initialSidebarState, type SidebarState } from '../sidebar/state';
import { MIN_PAINT_GAP_MS, paintGap, waitsForData } from './paint-pace';

const ticket = { status: 'ready', data: { id: '1' } } as unknown as SidebarState['ticket'];

describe('paintGap', () => {
  it("renders a ticket's late data (REST reading, cue, drafts, earlier tickets) together in its first second", () => {
    // Shown at 1000, first rendered at 1010: updates at 1100, 1250 and 1400 wait for one render at 1310.
    expect(paintGap(1100, 1010, 1000)).toBeGreaterThanOrEqual(250);
    expect(paintGap(1400, 1310, 1000)).toBeGreaterThanOrEqual(250);
  });

  it('keeps the usual pace once the ticket has settled, for a draft streaming in', () => {
    expect(paintGap(2500, 2450, 1000)).toBe(MIN_PAINT_GAP_MS);
  });

  it('does not hold back the first render of a new ticket (the last render was of another)', () => {
    expect(paintGap(5010, 4990, 5000)).toBe(MIN_PAINT_GAP_MS);
  });
});

describe('waitsForData', () => {
  it('waits for the reading and then for the cue, not for a page that is no ticket or could not be read', () => {
    expect(waitsForData(initialSidebarState)).toBe(true);
    expect(waitsForData({ ...initialSidebarState, ticket })).toBe(true);
    expect(waitsForData({ ...initialSidebarState, ticket, cue: { status: 'empty' } })).toBe(false);
    expect(waitsForData({ ...initialSidebarState, ticket: { status: 'empty' } })).toBe(false);
    expect(waitsForData({ ...initialSidebarState, ticket: { status: 'error', message: 'x' } as SidebarState['ticket'] })).toBe(false);
  });
});
