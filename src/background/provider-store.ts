// The model provider's configuration. The API key is kept in IndexedDB of the extension's own origin:
// readable by the background and the options page, not by content scripts (unlike storage.local), and
// it is never sent back out: the options page only learns whether a key is set and its last four
// characters.
import Dexie, { type EntityTable } from 'dexie';
import type { ProviderConfig } from '../drafts/index';

export type StoredProvider = Omit<ProviderConfig, 'apiKey' | 'fetch'>;

interface SecretRow {
  key: 'provider';
  config: StoredProvider;
  apiKey: string | null;
}

class SecretsDb extends Dexie {
  secrets!: EntityTable<SecretRow, 'key'>;
  constructor(name = 'souffleur-secrets') {
    super(name);
    this.version(1).stores({ secrets: 'key' });
  }
}

export interface ProviderSummary {
  config: StoredProvider | null;
  hasKey: boolean;
  /** "…abcd": enough to recognise the key, not to use it. */
  keyHint: string | null;
}

export class ProviderStore {
  /** Read once per change: every ticket asks, and only this store (in this background) writes it. */
  private loaded: Promise<ProviderConfig | null> | null = null;

  constructor(private readonly db = new SecretsDb()) {}

  /** The full configuration with the key, for the background's own requests only. */
  load(): Promise<ProviderConfig | null> {
    this.loaded ??= this.db.secrets.get('provider').then(
      (row) => (row ? { ...row.config, ...(row.apiKey ? { apiKey: row.apiKey } : {}) } : null),
      (error: unknown) => {
        this.loaded = null;
        throw error;
      },
    );
    return this.loaded;
  }

  async summary(): Promise<ProviderSummary> {
    const row = await this.db.secrets.get('provider');
    return {
      config: row?.config ?? null,
      hasKey: !!row?.apiKey,
      keyHint: row?.apiKey ? `…${row.apiKey.slice(-4)}` : null,
    };
  }

  /** `apiKey`: a new key, null to remove it, undefined to keep the stored one. */
  async save(config: StoredProvider, apiKey: string | null | undefined): Promise<void> {
    const current = await this.db.secrets.get('provider');
    await this.db.secrets.put({ key: 'provider', config, apiKey: apiKey === undefined ? (current?.apiKey ?? null) : apiKey });
    this.loaded = null;
  }

  async remove(): Promise<void> {
    await this.db.secrets.delete('provider');
    this.loaded = null;
  }
}
