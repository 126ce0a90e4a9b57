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
import * as z from 'zod/mini';
import { normalizeSettings, type Settings } from './schema';

const Kind = z.enum(['openai', 'azure', 'compatible']);
const Text = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));
const Texts = z.array(z.string()).check(z.maxLength(1000));

/** Field by field: a value of the wrong type is dropped (so it locks nothing) and never hides the others. */
const PolicyFields = {
  providerKind: Kind,
  /** The base URL (openai, compatible) or the Azure endpoint (azure). */
  providerBaseUrl: Text,
  providerModel: Text,
  embeddingModel: Text,
  /** Hostnames that may be reached over plain http (a model server on the team's own network). */
  allowHttpHosts: Texts,
  /** Hold drafts back on tickets the cue marks for a personal touch. */
  holdBackDrafts: z.boolean(),
  holdoutShare: z.number(),
  holdoutSeed: Text,
  teamKeyId: Text,
  teamKey: Text,
  statsRetentionDays: z.number(),
  /** Domains, addresses and numbers drafts may send customers to (DraftSettings.allowlist). */
  linkAllowlist: Texts,
  /** Any of tone, formality, signature, companyFacts, phrasing, draftCount; the keys given are locked. */
  draftSettings: z.record(z.string(), z.unknown()),
  /** The helpdesk accounts ("acme" of acme.zendesk.com) manual knowledge imports belong to; empty: all. */
  importAccounts: Texts,
  /** Where the team's stats events go (ClickHouse's HTTP interface); the password is never a policy value. */
  statsDestination: z.object({ url: z.url(), user: z.optional(z.string()) }),
};

export type ManagedField = keyof typeof PolicyFields;
export const MANAGED_FIELDS = Object.keys(PolicyFields) as ManagedField[];

export type ManagedPolicy = { -readonly [K in ManagedField]?: z.infer<(typeof PolicyFields)[K]> };

export const NO_POLICY: ManagedPolicy = Object.freeze({});

/** Whatever the managed area holds → the policy's valid values; never throws. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (raw === null || typeof raw !== 'object') return NO_POLICY;
  const policy: Record<string, unknown> = {};
  for (const field of MANAGED_FIELDS) {
    const value = (raw as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const parsed = PolicyFields[field].safeParse(value);
    if (parsed.success) policy[field] = parsed.data;
  }
  return policy as ManagedPolicy;
}

export const isManaged = (policy: ManagedPolicy, field: ManagedField): boolean => policy[field] !== undefined;

/** The agent's settings with the admin's values in place (then normalized: clamps apply to both). */
export function applyManagedSettings(settings: Settings, policy: ManagedPolicy): Settings {
  return normalizeSettings({
    ...settings,
    ...(policy.holdBackDrafts !== undefined ? { holdDraftsWhenHandlePersonally: policy.holdBackDrafts } : {}),
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
