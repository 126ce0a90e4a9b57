// The team's drafting settings (issue 5 item 2): tone, formality per language, signature, greeting and
// company facts. Typed once here; the lead's settings store embeds DraftSettings and the options page edits it.
import * as z from 'zod/mini';
import { LANGUAGES, type Lang } from '../language/languages';

const PerLanguage = <T extends z.core.SomeType>(value: T) => z.partialRecord(z.enum(LANGUAGES), value);

/** Phrasing the team provides for offline drafts and greetings, per language. `{name}` is the customer's name. */
export const Phrasing = z.object({
  greeting: z.optional(z.string()), // "Hallo {name},"
  greetingNoName: z.optional(z.string()), // "Hallo,"
  closing: z.optional(z.string()), // "Viele Grüße"
  /** Acknowledgement frame; `{quote}` is the customer's own words (from the cue's evidence). */
  acknowledge: z.optional(z.string()),
});
export type Phrasing = z.infer<typeof Phrasing>;

export const DraftSettings = z.object({
  /** Free text, e.g. "warm, plain, no jargon". */
  tone: z.string(),
  formality: PerLanguage(z.enum(['formal', 'informal'])),
  signature: z.string(),
  companyFacts: z.array(z.string()),
  phrasing: PerLanguage(Phrasing),
  /** How many drafts to ask for (1–3). */
  draftCount: z.number().check(z.int(), z.gte(1), z.lte(3)),
});
export type DraftSettings = z.infer<typeof DraftSettings>;

export const DEFAULT_DRAFT_SETTINGS: DraftSettings = {
  tone: 'warm, clear and concise; plain words, no jargon',
  formality: { de: 'formal', nl: 'formal', fr: 'formal', es: 'formal', it: 'formal', pt: 'formal' },
  signature: '',
  companyFacts: [],
  phrasing: {},
  draftCount: 2,
};

export function formalityFor(settings: DraftSettings, lang: Lang | null): 'formal' | 'informal' | null {
  return lang ? (settings.formality[lang] ?? null) : null;
}
