import { describe, expect, it } from 'vitest';
import { initialSidebarState, type SidebarState } from '../sidebar/state';
import { MIN_PAINT_GAP_MS, paintGap, seenStatus, waitsForData } from './paint-pace';

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

describe('statuses the agent must see are never paced (the 429 test: a ~0.55 s retrying state drawn 140-300 ms late)', () => {
  const settled = { ...initialSidebarState, ticket, cue: { status: 'empty' } } as SidebarState;

  it('a retry countdown, a model error, drafts held back, an error panel or a notice is due in the next frame', () => {
    const shown = seenStatus(settled);
    // In a ticket's first second, where data waits up to 300 ms.
    for (const next of [
      { ...settled, draftsInfo: { providerConfigured: true, retryAt: 5_000 } },
      { ...settled, draftsInfo: { providerConfigured: true, error: { kind: 'network', message: 'x' } } },
      { ...settled, draftsInfo: { providerConfigured: true, held: true } },
      { ...settled, drafts: { status: 'error', message: 'x' } },
      { ...settled, customerContext: { status: 'error', message: 'x' } },
      { ...settled, notice: { kind: 'info', text: 'Inserted' } },
    ] as SidebarState[]) {
      expect(seenStatus(next)).not.toBe(shown);
      expect(paintGap(1100, 1010, 1000, seenStatus(next) !== shown)).toBe(0);
    }
  });

  it('the status going away is a change too (the drafts replacing a countdown)', () => {
    const retrying = { ...settled, draftsInfo: { providerConfigured: true, retryAt: 5_000 } } as SidebarState;
    expect(seenStatus({ ...retrying, draftsInfo: { providerConfigured: true } })).not.toBe(seenStatus(retrying));
  });

  it('data arriving (cue, snippets, drafts, a streaming draft) is no status: it is still paced', () => {
    const shown = seenStatus(settled);
    const data = {
      ...settled,
      cue: { status: 'ready', data: {} },
      snippets: { status: 'ready', data: [] },
      drafts: { status: 'ready', data: [{ id: 'd', text: 'Hi', streaming: true, citations: [], flags: [] }] },
      draftsInfo: { providerConfigured: true },
    } as unknown as SidebarState;
    expect(seenStatus(data)).toBe(shown);
    expect(paintGap(1100, 1010, 1000, false)).toBeGreaterThanOrEqual(250);
  });
});
