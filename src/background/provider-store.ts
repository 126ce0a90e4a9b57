// The model provider's configuration. The API key is kept in IndexedDB of the extension's own origin:
// readable by the background and the options page, not by content scripts (unlike storage.local), and
// it is never sent back out: the options page only learns whether a key is set and its last four
// characters. The key is bound to the origin it was saved for (src/settings/provider-endpoint.ts):
// saving a configuration for another origin without a new key drops the stored key, and a stored
// configuration whose address is no longer acceptable (plain http to a host nobody allowed) is not
// used for requests at all.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { ProviderConfig } from '../drafts/index';
import type { ProviderSummary, StoredProvider } from '../messaging/responses';
import { NO_POLICY, type ManagedPolicy } from '../settings/managed';
import { applyManagedProvider } from '../settings/managed-provider';
import { checkEndpoint, keyOrigin } from '../settings/provider-endpoint';

interface SecretRow {
  key: 'provider';
  config: StoredProvider;
  apiKey: string | null;
}

export class SecretsDb extends Dexie {
  secrets!: EntityTable<SecretRow, 'key'>;
  constructor(name = 'souffleur-secrets', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ secrets: 'key' });
  }
}

export class ProviderStore {
  /** Read once per change: every ticket asks, and only this store (in this background) writes it. */
  private loaded: Promise<ProviderConfig | null> | null = null;

  /** `policy`: the admin's (src/settings/managed-storage.ts); its provider fields win over the stored ones. */
  constructor(
    private readonly db = new SecretsDb(),
    private readonly policy: () => Promise<ManagedPolicy> = async () => NO_POLICY,
  ) {}

  /** The stored configuration with the admin's values in place, and the stored row. */
  private async effective(): Promise<{ config: StoredProvider | null; row: SecretRow | undefined }> {
    const [row, policy] = await Promise.all([this.db.secrets.get('provider'), this.policy()]);
    return { config: applyManagedProvider(row?.config ?? null, policy), row };
  }

  /** The full configuration with the key, for the background's own requests only. */
  load(): Promise<ProviderConfig | null> {
    this.loaded ??= this.effective().then(
      ({ config, row }) => {
        if (!config || !checkEndpoint(config).ok) return null;
        // The key goes only to the origin it was saved for, also when the admin's policy moved the address.
        const key = row?.apiKey && keyOrigin(config) === keyOrigin(row.config) ? row.apiKey : undefined;
        return { ...config, ...(key ? { apiKey: key } : {}) };
      },
      (error: unknown) => {
        this.loaded = null;
        throw error;
      },
    );
    return this.loaded;
  }

  /** The stored key, only if it was saved for the same origin as `config`'s. */
  async keyFor(config: StoredProvider): Promise<string | undefined> {
    const row = await this.db.secrets.get('provider');
    if (!row?.apiKey) return undefined;
    const origin = keyOrigin(config);
    return origin !== null && origin === keyOrigin(row.config) ? row.apiKey : undefined;
  }

  /** Drops the in-memory copy (its database was emptied from outside, "Delete all my data", or the admin's policy changed). */
  forget(): void {
    this.loaded = null;
  }

  async summary(): Promise<ProviderSummary> {
    const { config, row } = await this.effective();
    const keyUsable = !!row?.apiKey && !!config && keyOrigin(config) === keyOrigin(row.config);
    return {
      config,
      hasKey: keyUsable,
      keyHint: keyUsable && row?.apiKey ? `…${row.apiKey.slice(-4)}` : null,
    };
  }

  /** `apiKey`: a new key, null to remove it, undefined to keep the stored one (same origin only). */
  async save(config: StoredProvider, apiKey: string | null | undefined): Promise<void> {
    const kept = apiKey === undefined ? ((await this.keyFor(config)) ?? null) : apiKey;
    await this.db.secrets.put({ key: 'provider', config, apiKey: kept });
    this.loaded = null;
  }

  async remove(): Promise<void> {
    await this.db.secrets.delete('provider');
    this.loaded = null;
  }
}
