// The tools on a draft, by name only: the sidebar lists them without pulling in the request building.
export const DRAFT_TOOLS = ['regenerate', 'shorter', 'friendlier', 'more-formal', 'translate'] as const;
export type DraftTool = (typeof DRAFT_TOOLS)[number];

/** Tools that rewrite with a model; without a provider only `regenerate` (re-composing offline) works. */
export const needsModel = (tool: DraftTool): boolean => tool !== 'regenerate';
