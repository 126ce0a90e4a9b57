// When the sidebar renders (issue 15): every render costs the helpdesk page's main thread Preact's diff,
// a restyle, a layout and a paint, 5-22 ms each on the fixtures (docs/main-thread-budget.md). Data may
// wait to be drawn together; a status the agent must act on never waits.
import type { SidebarState } from '../sidebar/state';

/** Renders are at most this often: a draft streaming in at 16 updates a second reads as smoothly as at 60. */
export const MIN_PAINT_GAP_MS = 60;
/**
 * A ticket's late data comes in a burst in its first second (the REST reading, the cue asked again for
 * it, drafts, summary, earlier tickets: 5-7 store updates within ~500 ms on the fixtures, one render
 * each): there, renders are at most every SETTLE_GAP_MS, so the burst is drawn in two or three.
 */
const SETTLE_MS = 1000;
const SETTLE_GAP_MS = 300;

/**
 * What the agent must see as it happens: an error anywhere, the provider busy (its countdown), the model's
 * failure, drafts held back or in the holdout, a notice after an action. Its change (coming or going)
 * is drawn in the next frame: a retry wait can be half a second, and 31a09d4's pacing drew it 140-300 ms
 * late or, with the first-paint wait, not at all before it ended.
 */
export const seenStatus = (s: SidebarState) =>
  JSON.stringify([
    [s.ticket, s.cue, s.snippets, s.drafts, s.customerContext, s.threadSummary, s.polish, s.translation].map((p) => p?.status == 'error'),
    // Absent and false are the same sight (the analysis answers `held: false`).
    s.draftsInfo?.retryAt,
    s.draftsInfo?.error,
    !s.draftsInfo?.held,
    !s.holdout,
    s.notice,
    !s.providerReadingFailed,
    s.modelSummary?.problem,
    s.helpCenterSync?.status,
  ]);

/**
 * The least time from the last render to the next; 0 (the next frame) when `status` (seenStatus) changed.
 * `lastPaintAt` before `ticketShownAt` (the current ticket's first reading): that render was of another
 * ticket, and this one's first is not held back.
 */
export const paintGap = (now: number, lastPaintAt: number, ticketShownAt: number, status?: boolean) =>
  status ? 0 : lastPaintAt < ticketShownAt || now - ticketShownAt >= SETTLE_MS ? MIN_PAINT_GAP_MS : SETTLE_GAP_MS;

/**
 * The first render of an open sidebar waits (a bounded time) for the page's reading and then its cue:
 * one render of the ticket with its cue costs the page less than placeholders replaced a moment later.
 */
export const waitsForData = ({ ticket, cue }: SidebarState) =>
  ticket.status === 'loading' || (ticket.status === 'ready' && cue.status === 'loading');
