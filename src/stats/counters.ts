// Event counts for one group (everything, one agent, one day, …) as a small Float64Array, so the one-pass
// summary adds numbers into preallocated slots instead of building objects per event. `figures` turns a
// group's slots into the named counts and rates the dashboard and CLI show.
import type { StatsEvent } from './events';

// Plain constants rather than an enum: the build strips types only (no enum emit).
export const Slot = {
  Shown: 0,
  Inserted: 1,
  Copied: 2,
  Dismissed: 3,
  Regenerated: 4,
  Up: 5,
  Down: 6,
  SnippetShown: 7,
  SnippetUsed: 8,
  CueShown: 9,
  CueHelpful: 10,
  CueUnhelpful: 11,
  HandlePersonally: 12,
  Sent: 13,
  AsIs: 14,
  Light: 15,
  Heavy: 16,
  Rewritten: 17,
  SimilaritySum: 18,
  PolishRuns: 19,
  PolishProposed: 20,
  PolishAccepted: 21,
  PolishRejected: 22,
  Count: 23,
} as const;
type Slot = (typeof Slot)[keyof typeof Slot];

export function newCounters(): Float64Array {
  return new Float64Array(Slot.Count);
}

/** Adds one event to a group's counters. */
export function count(c: Float64Array, e: StatsEvent): void {
  switch (e.type) {
    case 'suggestion-shown':
      c[Slot.Shown]!++;
      break;
    case 'suggestion-inserted':
      c[Slot.Inserted]!++;
      break;
    case 'suggestion-copied':
      c[Slot.Copied]!++;
      break;
    case 'suggestion-dismissed':
      c[Slot.Dismissed]!++;
      break;
    case 'suggestion-regenerated':
      c[Slot.Regenerated]!++;
      break;
    case 'suggestion-rated':
      c[e.rating === 'up' ? Slot.Up : Slot.Down]!++;
      break;
    case 'snippet-shown':
      c[Slot.SnippetShown]!++;
      break;
    case 'snippet-copied':
    case 'snippet-inserted':
      c[Slot.SnippetUsed]!++;
      break;
    case 'cue-shown':
      c[Slot.CueShown]!++;
      break;
    case 'cue-rated':
      c[e.helpful ? Slot.CueHelpful : Slot.CueUnhelpful]!++;
      break;
    case 'handle-personally-shown':
      c[Slot.HandlePersonally]!++;
      break;
    case 'reply-sent':
      c[Slot.Sent]!++;
      c[Slot.SimilaritySum]! += e.similarity;
      c[
        e.class === 'as-is' ? Slot.AsIs : e.class === 'light-edit' ? Slot.Light : e.class === 'heavy-edit' ? Slot.Heavy : Slot.Rewritten
      ]!++;
      break;
    case 'polish-proposed':
      c[Slot.PolishRuns]!++;
      c[Slot.PolishProposed]! += e.edits;
      break;
    case 'polish-decided':
      c[e.accepted ? Slot.PolishAccepted : Slot.PolishRejected]!++;
      break;
    default: // ticket-opened and first-reply feed the per-ticket figures, not the counters.
  }
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The counts and rates of one group. Rates are null when their denominator is zero (not 0: "no data"). */
export function figures(c: Float64Array) {
  const at = (slot: Slot) => c[slot]!;
  const sent = at(Slot.Sent);
  const rated = at(Slot.Up) + at(Slot.Down);
  const cueRated = at(Slot.CueHelpful) + at(Slot.CueUnhelpful);
  return {
    draftsShown: at(Slot.Shown),
    draftsInserted: at(Slot.Inserted),
    draftsCopied: at(Slot.Copied),
    draftsDismissed: at(Slot.Dismissed),
    draftsRegenerated: at(Slot.Regenerated),
    /** Insertions per draft shown. */
    insertionRate: ratio(at(Slot.Inserted), at(Slot.Shown)),
    /** Copies per draft shown (agents who paste by hand). */
    copyRate: ratio(at(Slot.Copied), at(Slot.Shown)),
    repliesSent: sent,
    /** Shares of the replies sent after an insertion, by how much the draft was edited. */
    sentShares: {
      asIs: ratio(at(Slot.AsIs), sent),
      lightEdit: ratio(at(Slot.Light), sent),
      heavyEdit: ratio(at(Slot.Heavy), sent),
      rewritten: ratio(at(Slot.Rewritten), sent),
    },
    meanSimilarity: ratio(at(Slot.SimilaritySum), sent),
    thumbsUp: at(Slot.Up),
    thumbsDown: at(Slot.Down),
    thumbsUpRate: ratio(at(Slot.Up), rated),
    snippetsShown: at(Slot.SnippetShown),
    /** Snippets copied or inserted. */
    snippetsUsed: at(Slot.SnippetUsed),
    cuesShown: at(Slot.CueShown),
    cuesRated: cueRated,
    cueHelpfulShare: ratio(at(Slot.CueHelpful), cueRated),
    handlePersonallyShown: at(Slot.HandlePersonally),
    /** The agents' own replies polished (issue 19), counted apart from drafts: runs, edits proposed, accepted, rejected. */
    polish: {
      replies: at(Slot.PolishRuns),
      editsProposed: at(Slot.PolishProposed),
      editsAccepted: at(Slot.PolishAccepted),
      editsRejected: at(Slot.PolishRejected),
      /** Accepted per decided edit. */
      acceptedShare: ratio(at(Slot.PolishAccepted), at(Slot.PolishAccepted) + at(Slot.PolishRejected)),
      /** Replies the agent wrote and polished, per reply that started from Souffleur's text (inserted or copied draft) or was polished. */
      ownWordsShare: ratio(at(Slot.PolishRuns), at(Slot.PolishRuns) + at(Slot.Inserted) + at(Slot.Copied)),
    },
  };
}

export type Figures = ReturnType<typeof figures>;
