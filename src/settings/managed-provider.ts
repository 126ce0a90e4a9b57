// The admin's policy over the model provider: kind, address, model, embedding model and the hosts allowed
// over plain http win over the stored configuration. The API key is never a policy value (./managed.ts).
import { allowedEntryFor } from './http-hosts';
import { isManaged, type ManagedField, type ManagedPolicy } from './managed';

/** The provider configuration fields an options form shows; the stored one may carry more (timeouts). */
export interface ProviderFields {
  kind: 'openai' | 'azure' | 'compatible';
  model: string;
  baseUrl?: string;
  azureEndpoint?: string;
  embeddingModel?: string;
  allowHttpHost?: string;
}

const PROVIDER_POLICY: ManagedField[] = ['providerKind', 'providerBaseUrl', 'providerModel', 'embeddingModel', 'allowHttpHosts'];
export const managesProvider = (policy: ManagedPolicy): boolean => PROVIDER_POLICY.some((field) => isManaged(policy, field));

/**
 * The agent's provider configuration with the admin's values in place, or null when neither names a
 * model. The address goes to `baseUrl` or, for Azure, `azureEndpoint`. With `allowHttpHosts` managed, the
 * one host allowed over http is the admin's entry that covers the endpoint (its host, or its host and port,
 * ./http-hosts.ts), and none otherwise.
 */
export function applyManagedProvider<T extends ProviderFields>(stored: T | null, policy: ManagedPolicy): T | null {
  if (!managesProvider(policy)) return stored;
  const kind = policy.providerKind ?? stored?.kind ?? 'compatible';
  const model = policy.providerModel ?? stored?.model;
  if (!model) return null;
  const config = { ...(stored ?? {}), kind, model } as T;
  if (policy.providerBaseUrl !== undefined) {
    if (kind === 'azure') config.azureEndpoint = policy.providerBaseUrl;
    else config.baseUrl = policy.providerBaseUrl;
  }
  if (policy.embeddingModel !== undefined) config.embeddingModel = policy.embeddingModel;
  if (policy.allowHttpHosts !== undefined) {
    const allowed = allowedEntryFor(policy.allowHttpHosts, kind === 'azure' ? config.azureEndpoint : config.baseUrl);
    if (allowed) config.allowHttpHost = allowed;
    else delete config.allowHttpHost;
  }
  return config;
}
