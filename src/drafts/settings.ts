// The team's drafting settings: tone, formality per language, signature, greeting, company facts and
// offline phrasing. Typed once here; stored in storage.local `draftSettings` (src/settings/draft-settings-storage.ts)
// and edited on the options page through the background (draft-settings-get / -save).
import * as z from 'zod/mini';
import { LANGUAGES, type Lang } from '../language/languages';

const PerLanguage = <T extends z.core.SomeType>(value: T) => z.partialRecord(z.enum(LANGUAGES), value);
// Limits: these go into every request's prefix, so a pasted novel would cost every ticket.
const text = (max: number) => z.string().check(z.maxLength(max));
export const DRAFT_SETTINGS_LIMITS = {
  tone: 300,
  signature: 600,
  fact: 400,
  facts: 30,
  phrase: 300,
  allowEntry: 200,
  allowlist: 100,
} as const;

/** Phrasing the team provides for offline drafts and greetings, per language. `{name}` is the customer's name. */
export const Phrasing = z.object({
  greeting: z.optional(text(DRAFT_SETTINGS_LIMITS.phrase)), // "Hallo {name},"
  greetingNoName: z.optional(text(DRAFT_SETTINGS_LIMITS.phrase)), // "Hallo,"
  closing: z.optional(text(DRAFT_SETTINGS_LIMITS.phrase)), // "Viele Grüße"
  /** Acknowledgement frame; `{quote}` is the customer's own words (from the cue's evidence). */
  acknowledge: z.optional(text(DRAFT_SETTINGS_LIMITS.phrase)),
});
export type Phrasing = z.infer<typeof Phrasing>;

export const FORMALITIES = ['formal', 'informal'] as const;
export const PHRASING_FIELDS = ['greeting', 'greetingNoName', 'closing', 'acknowledge'] as const;

export const DraftSettings = z.object({
  /** Free text, e.g. "warm, plain, no jargon". */
  tone: text(DRAFT_SETTINGS_LIMITS.tone),
  formality: PerLanguage(z.enum(FORMALITIES)),
  signature: text(DRAFT_SETTINGS_LIMITS.signature),
  companyFacts: z.array(text(DRAFT_SETTINGS_LIMITS.fact)).check(z.maxLength(DRAFT_SETTINGS_LIMITS.facts)),
  phrasing: PerLanguage(Phrasing),
  /**
   * Domains, e-mail addresses and phone numbers the team vouches for beyond the knowledge base and the
   * company facts (e.g. "status.acme.example"): a draft may send customers there without a flag. Never sent
   * to the model; only the draft checks read it.
   */
  allowlist: z.array(text(DRAFT_SETTINGS_LIMITS.allowEntry)).check(z.maxLength(DRAFT_SETTINGS_LIMITS.allowlist)),
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
  allowlist: [],
  draftCount: 2,
};

export function formalityFor(settings: DraftSettings, lang: Lang | null): 'formal' | 'informal' | null {
  return lang ? (settings.formality[lang] ?? null) : null;
}
