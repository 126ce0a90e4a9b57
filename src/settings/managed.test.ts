// The admin's policy as rules: what is read from the managed area, and how each managed value wins.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT_SETTINGS } from '../drafts/settings';
import { applyManagedSettings, managedTeamSecrets, parseManagedPolicy } from './managed';
import { applyManagedDraftSettings, managedDraftFields } from './managed-drafts';
import { applyManagedProvider } from './managed-provider';
import { DEFAULT_SETTINGS } from './schema';

describe('parseManagedPolicy', () => {
  it('keeps the valid values and drops a wrong one without hiding the others', () => {
    const policy = parseManagedPolicy({
      providerKind: 'compatible',
      providerBaseUrl: 'https://llm.acme.example/v1',
      providerModel: 42, // wrong type: not managed
      holdoutShare: 0.1,
      statsDestination: { url: 'https://ch.acme.example:8443', user: 'agents' },
      unknownKey: 'ignored',
    });
    expect(policy).toEqual({
      providerKind: 'compatible',
      providerBaseUrl: 'https://llm.acme.example/v1',
      holdoutShare: 0.1,
      statsDestination: { url: 'https://ch.acme.example:8443', user: 'agents' },
    });
  });

  it('trims text, and drops empty text, lists with non-strings and non-finite numbers', () => {
    expect(
      parseManagedPolicy({
        providerModel: '  team-model ',
        teamKey: '  ',
        linkAllowlist: ['a.example', 3],
        holdoutShare: Number.NaN,
        providerKind: 'anthropic',
      }),
    ).toEqual({
      providerModel: 'team-model',
    });
  });

  it('reads nothing from a non-object or an invalid stats destination', () => {
    expect(parseManagedPolicy(null)).toEqual({});
    expect(parseManagedPolicy('x')).toEqual({});
    expect(parseManagedPolicy({ statsDestination: { url: 'not a url' } })).toEqual({});
  });
});

describe('applyManagedSettings', () => {
  it("the admin's hold-back, holdout share and retention win; the agent's own choices stay", () => {
    const own = {
      ...DEFAULT_SETTINGS,
      theme: 'dark' as const,
      holdoutShare: 0.3,
      statsRetentionDays: 30,
      holdDraftsWhenHandlePersonally: false,
    };
    const effective = applyManagedSettings(own, { holdoutShare: 0.05, statsRetentionDays: 365, holdBackDrafts: true });
    expect(effective).toMatchObject({ theme: 'dark', holdoutShare: 0.05, statsRetentionDays: 365, holdDraftsWhenHandlePersonally: true });
  });

  it("the admin's choice on the held-back reading wins both ways; without it the agent's stays, off by default", () => {
    expect(DEFAULT_SETTINGS.readingWhenHeld).toBe(false);
    expect(applyManagedSettings({ ...DEFAULT_SETTINGS, readingWhenHeld: true }, { readingWhenHeld: false }).readingWhenHeld).toBe(false);
    expect(applyManagedSettings(DEFAULT_SETTINGS, { readingWhenHeld: true }).readingWhenHeld).toBe(true);
    expect(applyManagedSettings({ ...DEFAULT_SETTINGS, readingWhenHeld: true }, { holdBackDrafts: true }).readingWhenHeld).toBe(true);
  });

  it("clamps the admin's values like the agent's (holdout share at most half)", () => {
    expect(applyManagedSettings(DEFAULT_SETTINGS, { holdoutShare: 0.9 }).holdoutShare).toBe(0.5);
  });

  it("without a policy, the agent's settings are unchanged", () => {
    const own = { ...DEFAULT_SETTINGS, holdoutShare: 0.2 };
    expect(applyManagedSettings(own, {})).toEqual(own);
  });
});

describe('draft settings under a policy', () => {
  it('locks the keys the admin gives and the link allowlist, and keeps the rest', () => {
    const own = { ...DEFAULT_DRAFT_SETTINGS, tone: 'cheerful', signature: 'Sam', allowlist: ['mine.example'] };
    const policy = parseManagedPolicy({
      draftSettings: { signature: 'The ACME team', draftCount: 3 },
      linkAllowlist: ['status.acme.example'],
    });
    expect(managedDraftFields(policy)).toEqual(['signature', 'allowlist', 'draftCount']);
    expect(applyManagedDraftSettings(own, policy)).toMatchObject({
      tone: 'cheerful',
      signature: 'The ACME team',
      draftCount: 3,
      allowlist: ['status.acme.example'],
    });
  });

  it("a bad admin value falls back to the default, not to the agent's value", () => {
    const own = { ...DEFAULT_DRAFT_SETTINGS, draftCount: 1 };
    expect(applyManagedDraftSettings(own, { draftSettings: { draftCount: 'many' } }).draftCount).toBe(DEFAULT_DRAFT_SETTINGS.draftCount);
  });
});

describe('applyManagedProvider', () => {
  const stored = { kind: 'openai' as const, model: 'gpt-own', timeoutMs: 30_000 };

  it("the admin's kind, address, model and embedding model win; other stored fields stay", () => {
    const policy = {
      providerKind: 'compatible' as const,
      providerBaseUrl: 'https://llm.acme.example/v1',
      providerModel: 'team-model',
      embeddingModel: 'team-embed',
    };
    expect(applyManagedProvider(stored, policy)).toEqual({
      kind: 'compatible',
      model: 'team-model',
      baseUrl: 'https://llm.acme.example/v1',
      embeddingModel: 'team-embed',
      timeoutMs: 30_000,
    });
  });

  it('puts an Azure address in azureEndpoint', () => {
    expect(
      applyManagedProvider(null, { providerKind: 'azure', providerBaseUrl: 'https://acme.openai.azure.com', providerModel: 'gpt-dep' }),
    ).toEqual({
      kind: 'azure',
      model: 'gpt-dep',
      azureEndpoint: 'https://acme.openai.azure.com',
    });
  });

  it('allows plain http only to a host the admin listed, whatever the agent allowed before', () => {
    const own = { kind: 'compatible' as const, model: 'm', baseUrl: 'http://gpu.lan:8000/v1', allowHttpHost: 'gpu.lan' };
    expect(applyManagedProvider(own, { allowHttpHosts: ['GPU.lan'] })?.allowHttpHost).toBe('gpu.lan');
    expect(applyManagedProvider(own, { allowHttpHosts: ['other.lan'] })).not.toHaveProperty('allowHttpHost');
  });

  it('no model from either side: no provider', () => {
    expect(applyManagedProvider(null, { providerBaseUrl: 'https://llm.acme.example/v1' })).toBeNull();
  });

  it('without provider keys in the policy, the stored configuration is returned as is', () => {
    expect(applyManagedProvider(stored, { holdoutShare: 0.1 })).toBe(stored);
  });
});

it('managedTeamSecrets passes on only what the admin set', () => {
  expect(managedTeamSecrets({ teamKeyId: 'k2026', teamKey: 'secret' })).toEqual({ keyId: 'k2026', key: 'secret' });
  expect(managedTeamSecrets({})).toEqual({});
});

it("public/managed_schema.json (Chrome's policy schema) describes exactly the fields the layer reads", async () => {
  const { readFile } = await import('node:fs/promises');
  const { MANAGED_FIELDS } = await import('./managed');
  const schema = JSON.parse(await readFile(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as {
    properties: Record<string, unknown>;
  };
  expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_FIELDS].sort());
});
