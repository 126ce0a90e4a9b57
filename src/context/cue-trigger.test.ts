import { describe, expect, it } from 'vitest';
import type { TicketCue } from '../cue/types';
import { initialSidebarState, type SidebarState } from '../sidebar/state';
import { repeatedContactPatch } from './cue-trigger';
import type { CustomerContextView } from './view';

const cue = (triggers: TicketCue['triggers']): SidebarState['cue'] => ({
  status: 'ready',
  data: {
    sentiment: 'negative',
    emotion: 'frustration',
    intensity: 0.5,
    urgency: false,
    evidence: [],
    triggers,
    cue: 'Acknowledge it.',
    trend: 'single',
    handlePersonally: false,
    handlePersonallyReasons: [],
  },
});
const context = (repeated: CustomerContextView['repeated']): SidebarState['customerContext'] => ({
  status: 'ready',
  data: { earlier: [], lastThirtyDays: 1, stillOpen: 0, repeated },
});
const repeated = { sameReference: [{ reference: 'INV-2291', ticketIds: ['41'] }], recentContacts: null };

describe("the sidebar cue gets the history's repeated contact", () => {
  it('adds it once, beside the triggers the thread raised', () => {
    const state = { ...initialSidebarState, cue: cue(['deadline']), customerContext: context(repeated) };
    const patch = repeatedContactPatch(state)!;
    expect(patch.cue.status === 'ready' && patch.cue.data.triggers).toEqual(['deadline', 'repeated-contact']);
    expect(repeatedContactPatch({ ...state, ...patch })).toBeNull();
  });

  it('changes nothing without a repeated contact, before the cue or the history is there', () => {
    expect(repeatedContactPatch({ ...initialSidebarState, cue: cue([]), customerContext: context(null) })).toBeNull();
    expect(repeatedContactPatch({ ...initialSidebarState, cue: { status: 'loading' }, customerContext: context(repeated) })).toBeNull();
    expect(repeatedContactPatch({ ...initialSidebarState, cue: cue([]), customerContext: { status: 'loading' } })).toBeNull();
  });
});
