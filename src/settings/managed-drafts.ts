// The admin's policy over the team's draft settings: the `draftSettings` keys it gives, and the link
// allowlist, win over what the options page stored. Apart from ./managed.ts so the content script, which
// reads only the agent's settings, does not carry the draft settings' schema.
import type { DraftSettings } from '../drafts/settings';
import { normalizeDraftSettings } from './draft-settings';
import type { ManagedPolicy } from './managed';

/** The draft settings fields the policy sets (its `draftSettings` keys, and the link allowlist). */
export function managedDraftFields(policy: ManagedPolicy): (keyof DraftSettings)[] {
  const fields = Object.keys(normalizeDraftSettings({})) as (keyof DraftSettings)[];
  const set = new Set(fields.filter((field) => policy.draftSettings?.[field] !== undefined));
  if (policy.linkAllowlist) set.add('allowlist');
  return fields.filter((field) => set.has(field));
}

export function applyManagedDraftSettings(settings: DraftSettings, policy: ManagedPolicy): DraftSettings {
  const admin: Record<string, unknown> = {};
  for (const field of managedDraftFields(policy)) admin[field] = policy.draftSettings?.[field];
  if (policy.linkAllowlist) admin.allowlist = policy.linkAllowlist;
  // Normalizing the admin's values alone first: a bad one falls back to the default, not the agent's.
  const adminClean = normalizeDraftSettings(admin);
  const locked = Object.fromEntries(managedDraftFields(policy).map((field) => [field, adminClean[field]]));
  return normalizeDraftSettings({ ...settings, ...locked });
}
