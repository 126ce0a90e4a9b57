// The team's draft settings as stored (storage.local item `draftSettings`, beside the agent's own
// settings): versioned with migrations like ./schema.ts, and normalized field by field on every read so
// one bad value resets only itself. Not secret (tone, signature, company facts), so storage.local is fine.
import * as z from 'zod/mini';
import { DEFAULT_DRAFT_SETTINGS, DraftSettings, FORMALITIES, Phrasing } from '../drafts/settings';
import { LANGUAGES } from '../language/languages';
import type { SettingsMigration } from './schema';

export const DRAFT_SETTINGS_VERSION = 1;

/** Step n turns a version n-1 value into version n; version 1 is the first stored shape. */
export const DRAFT_SETTINGS_MIGRATIONS: Record<number, SettingsMigration> = {};

const shape = DraftSettings.shape;
const Lenient = z.object({
  tone: z.catch(shape.tone, DEFAULT_DRAFT_SETTINGS.tone),
  formality: z.catch(z.record(z.string(), z.unknown()), () => ({ ...DEFAULT_DRAFT_SETTINGS.formality })),
  signature: z.catch(shape.signature, DEFAULT_DRAFT_SETTINGS.signature),
  companyFacts: z.catch(z.array(z.unknown()), []),
  phrasing: z.catch(z.record(z.string(), z.unknown()), {}),
  allowlist: z.catch(z.array(z.unknown()), []),
  draftCount: z.catch(shape.draftCount, DEFAULT_DRAFT_SETTINGS.draftCount),
});

/** Any stored value → valid DraftSettings: unknown languages and bad entries dropped, facts trimmed. */
export function normalizeDraftSettings(value: unknown): DraftSettings {
  const parsed = Lenient.parse(value !== null && typeof value === 'object' ? value : {});
  const formality: DraftSettings['formality'] = {};
  const phrasing: DraftSettings['phrasing'] = {};
  for (const lang of LANGUAGES) {
    const f = parsed.formality[lang];
    if ((FORMALITIES as readonly unknown[]).includes(f)) formality[lang] = f as (typeof FORMALITIES)[number];
    const p = Phrasing.safeParse(parsed.phrasing[lang]);
    if (!p.success) continue;
    // Empty strings mean "not set": offline drafts then use the built-in phrasing.
    const set = Object.fromEntries(Object.entries(p.data).filter(([, v]) => typeof v === 'string' && v.trim()));
    if (Object.keys(set).length) phrasing[lang] = set;
  }
  const facts = shape.companyFacts.safeParse(trimmedStrings(parsed.companyFacts));
  const allowlist = shape.allowlist.safeParse(trimmedStrings(parsed.allowlist));
  return {
    ...parsed,
    formality,
    phrasing,
    companyFacts: facts.success ? facts.data : [],
    allowlist: allowlist.success ? allowlist.data : [],
  };
}

const trimmedStrings = (values: unknown[]) =>
  values
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter(Boolean);
