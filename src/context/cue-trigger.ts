// The sidebar's cue carries the repeated contact the history shows, as `souffleur cue --history` does
// (src/cue/triggers-history.ts withHistory): the background's cue reads the thread only, so the content
// script adds the trigger once both are on screen for the same ticket.
import type { SidebarState } from '../sidebar/state';

/** The cue patch that adds 'repeated-contact', or null when there is nothing to add. */
export function repeatedContactPatch(state: SidebarState): Pick<SidebarState, 'cue'> | null {
  const { customerContext: context, cue } = state;
  if (context?.status !== 'ready' || !context.data.repeated || cue.status !== 'ready') return null;
  if (cue.data.triggers.includes('repeated-contact')) return null;
  return { cue: { status: 'ready', data: { ...cue.data, triggers: [...cue.data.triggers, 'repeated-contact'] } } };
}
