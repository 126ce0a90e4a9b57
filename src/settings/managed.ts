// The admin's policy: settings a team's admin sets for every agent through the browser's managed storage
// (Chrome: storage.managed, described by public/managed_schema.json; Firefox: policies.json `3rdparty` or a
// managed storage manifest). A managed value wins over the agent's own wherever it is read, and the
// options page shows it locked. This file has no browser APIs (./managed-storage.ts reads the area), so
// every rule is tested in Node.
//
// Not managed, by decision: the provider's API key. Managed storage is readable by every part of the
// extension (content scripts included) and a policy file by any local user, and it would be one key for
// the whole team with no way to revoke one agent's; each agent (or a keyless LAN model server) supplies
// it, bound to the admin's endpoint as before (src/settings/provider-endpoint.ts).
import { normalizeSettings, type Settings } from './schema';

// Plain checks rather than zod: the content script carries this file (the sidebar reads the hold-back
// setting), and zod's string and URL checks would add about 8 kB to every helpdesk page for nothing.
type Check<T> = (value: unknown) => T | undefined;

const text: Check<string> = (value) => (typeof value === 'string' && value.trim() && value.length <= 2000 ? value.trim() : undefined);
const texts: Check<string[]> = (value) =>
  Array.isArray(value) && value.length <= 1000 && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
const bool: Check<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);
const num: Check<number> = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const object: Check<Record<string, unknown>> = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const kind: Check<'openai' | 'azure' | 'compatible'> = (value) =>
  value === 'openai' || value === 'azure' || value === 'compatible' ? value : undefined;
const httpUrl: Check<string> = (value) => {
  const url = text(value);
  return url && /^https?:\/\/[^/\s]+/i.test(url) ? url : undefined;
};
const destination: Check<{ url: string; user?: string }> = (value) => {
  const fields = object(value);
  const url = httpUrl(fields?.url);
  if (!fields || !url) return undefined;
  const user = text(fields.user);
  return user ? { url, user } : { url };
};

/** Field by field: a value of the wrong type is dropped (so it locks nothing) and never hides the others. */
const PolicyFields = {
  providerKind: kind,
  /** The base URL (openai, compatible) or the Azure endpoint (azure). */
  providerBaseUrl: text,
  providerModel: text,
  embeddingModel: text,
  /** Hostnames that may be reached over plain http (a model server on the team's own network). */
  allowHttpHosts: texts,
  /** Hold drafts back on tickets the cue marks for a personal touch. */
  holdBackDrafts: bool,
  /** On held-back tickets, still ask the provider for its reading (Settings.readingWhenHeld). */
  readingWhenHeld: bool,
  holdoutShare: num,
  holdoutSeed: text,
  teamKeyId: text,
  teamKey: text,
  statsRetentionDays: num,
  /** Domains, addresses and numbers drafts may send customers to (DraftSettings.allowlist). */
  linkAllowlist: texts,
  /** Any of tone, formality, signature, companyFacts, phrasing, draftCount; the keys given are locked. */
  draftSettings: object,
  /** The helpdesk accounts ("acme" of acme.zendesk.com) manual knowledge imports belong to; empty: all. */
  importAccounts: texts,
  /** Where the team's stats events go (ClickHouse's HTTP interface); the password is never a policy value. */
  statsDestination: destination,
} satisfies Record<string, Check<unknown>>;

export type ManagedField = keyof typeof PolicyFields;
export const MANAGED_FIELDS = Object.keys(PolicyFields) as ManagedField[];

export type ManagedPolicy = { -readonly [K in ManagedField]?: Exclude<ReturnType<(typeof PolicyFields)[K]>, undefined> };

export const NO_POLICY: ManagedPolicy = Object.freeze({});

/** Whatever the managed area holds → the policy's valid values; never throws. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (raw === null || typeof raw !== 'object') return NO_POLICY;
  const policy: Record<string, unknown> = {};
  for (const field of MANAGED_FIELDS) {
    const value = (raw as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const checked = PolicyFields[field](value);
    if (checked !== undefined) policy[field] = checked;
  }
  return policy as ManagedPolicy;
}

export const isManaged = (policy: ManagedPolicy, field: ManagedField): boolean => policy[field] !== undefined;

/** The agent's settings with the admin's values in place (then normalized: clamps apply to both). */
export function applyManagedSettings(settings: Settings, policy: ManagedPolicy): Settings {
  return normalizeSettings({
    ...settings,
    ...(policy.holdBackDrafts !== undefined ? { holdDraftsWhenHandlePersonally: policy.holdBackDrafts } : {}),
    ...(policy.readingWhenHeld !== undefined ? { readingWhenHeld: policy.readingWhenHeld } : {}),
    ...(policy.holdoutShare !== undefined ? { holdoutShare: policy.holdoutShare } : {}),
    ...(policy.statsRetentionDays !== undefined ? { statsRetentionDays: policy.statsRetentionDays } : {}),
  });
}

/** The team key, its id and the holdout seed the admin set (stats pseudonyms and holdout, src/stats/db.ts). */
export function managedTeamSecrets(policy: ManagedPolicy): { keyId?: string; key?: string; holdoutSeed?: string } {
  return {
    ...(policy.teamKeyId ? { keyId: policy.teamKeyId } : {}),
    ...(policy.teamKey ? { key: policy.teamKey } : {}),
    ...(policy.holdoutSeed ? { holdoutSeed: policy.holdoutSeed } : {}),
  };
}
