// The answer we ask models for (issue 5 item 3), validated before anything is shown. `reading` comes
// first (issue 16 item 4): with structured outputs generating keys in schema order, the model commits to its
// own reading of the ticket before it writes drafts, so the reading cannot be shaped by its drafts. It is a
// few dozen tokens, so the first draft still streams early.
import * as z from 'zod/mini';
import { EMOTIONS } from '../cue/types';

export const DRAFT_STYLES = ['concise', 'thorough', 'friendly', 'formal'] as const;
export type DraftStyle = (typeof DRAFT_STYLES)[number];

export const ModelDraft = z.object({
  style: z.enum(DRAFT_STYLES),
  // No minLength here: OpenAI's strict structured outputs reject it; normalizeAnswer drops empty drafts.
  text: z.string(),
  /** Ids of the knowledge snippets this draft relies on. */
  citations: z.array(z.string()),
});
export type ModelDraft = z.infer<typeof ModelDraft>;

/** The provider may also say it cannot tell; a missing or unrecognised emotion is 'unknown', never 'neutral'. */
export const READING_EMOTIONS = [...EMOTIONS, 'unknown'] as const;
export type ReadingEmotion = (typeof READING_EMOTIONS)[number];

export const ModelReading = z.object({
  emotion: z.enum(READING_EMOTIONS),
  intent: z.string(),
  needsHumanTouch: z.boolean(),
  reason: z.string(),
});
export type ModelReading = z.infer<typeof ModelReading>;

export const DraftAnswer = z.object({
  reading: ModelReading,
  drafts: z.array(ModelDraft).check(z.minLength(1), z.maxLength(3)),
});
export type DraftAnswer = z.infer<typeof DraftAnswer>;

const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * Servers without structured outputs return near-misses: extra drafts, a style we did not list, an emotion
 * spelt differently, citations as one string. This maps those onto the schema before validating; anything
 * it cannot map (no draft text at all) still fails validation and goes to the repair pass.
 */
export function normalizeAnswer(value: unknown): unknown {
  const root = record(value);
  const drafts = (Array.isArray(root.drafts) ? root.drafts : [])
    .map((d) => {
      const draft = record(d);
      const style = String(draft.style ?? '').toLowerCase();
      const citations = draft.citations;
      return {
        style: (DRAFT_STYLES as readonly string[]).includes(style) ? style : 'concise',
        text: typeof draft.text === 'string' ? draft.text : '',
        citations: Array.isArray(citations) ? citations.map(String) : typeof citations === 'string' && citations ? [citations] : [],
      };
    })
    .filter((d) => d.text.trim())
    .slice(0, 3);
  const reading = record(root.reading);
  const emotion = String(reading.emotion ?? '').toLowerCase();
  return {
    reading: {
      // An answer without a usable emotion says nothing about the customer: 'unknown', so it never counts
      // as agreeing with a neutral local cue.
      emotion: (READING_EMOTIONS as readonly string[]).includes(emotion) ? emotion : 'unknown',
      intent: String(reading.intent ?? ''),
      needsHumanTouch: reading.needsHumanTouch === true || reading.needsHumanTouch === 'true',
      reason: String(reading.reason ?? ''),
    },
    drafts,
  };
}

/** The JSON object in a model's text, with code fences and prose around it stripped; undefined when there is none. */
export function jsonObjectIn(content: string): unknown {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(content.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

/** Parses model text into a DraftAnswer: strips code fences and prose around the JSON object. */
export function parseAnswer(content: string): DraftAnswer | null {
  const parsed = jsonObjectIn(content);
  if (parsed === undefined) return null;
  const result = DraftAnswer.safeParse(normalizeAnswer(parsed));
  return result.success ? result.data : null;
}
