// The provider form's values, how they come from a stored configuration, and how they are checked and
// turned into the configuration the background expects. Pure, so it is tested without a page.
import type { StoredProvider } from '../../../messaging/responses';
import type { RequestOf } from '../../../messaging/protocol';
import { checkEndpoint, keyOrigin, type EndpointFields } from '../../../settings/provider-endpoint';

export const PROVIDER_KINDS = ['openai', 'azure', 'compatible'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const PRESETS = {
  ollama: 'http://localhost:11434/v1',
  lmstudio: 'http://localhost:1234/v1',
  vllm: 'http://localhost:8000/v1',
  openrouter: 'https://openrouter.ai/api/v1',
  custom: '',
} as const;
export type Preset = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as Preset[];

export const DEFAULT_AZURE_API_VERSION = '2024-10-21';

export interface ProviderForm {
  kind: ProviderKind;
  baseUrl: string;
  azureEndpoint: string;
  azureApiVersion: string;
  model: string;
  /** Kept as typed, so a half-typed number is not rewritten under the cursor. */
  timeoutSeconds: string;
  maxTokens: string;
  /** Optional: empty keeps knowledge search lexical only. */
  embeddingModel: string;
  /** The admin allows plain http to this (non-loopback) host: a model server on their own network. */
  allowHttp: boolean;
}

export type FormField = Exclude<keyof ProviderForm, 'allowHttp'>;
export type Problem = 'url' | 'insecure' | 'required' | 'timeout' | 'maxTokens';
export type Problems = Partial<Record<FormField, Problem>>;
export type WireConfig = RequestOf<'provider-save'>['config'];

export const EMPTY_FORM: ProviderForm = {
  kind: 'openai',
  baseUrl: '',
  azureEndpoint: '',
  azureApiVersion: DEFAULT_AZURE_API_VERSION,
  model: '',
  timeoutSeconds: '60',
  maxTokens: '',
  embeddingModel: '',
  allowHttp: false,
};

export function formFromConfig(config: StoredProvider | null): ProviderForm {
  if (!config) return EMPTY_FORM;
  return {
    kind: config.kind,
    baseUrl: config.baseUrl ?? '',
    azureEndpoint: config.azureEndpoint ?? '',
    azureApiVersion: config.azureApiVersion ?? DEFAULT_AZURE_API_VERSION,
    model: config.model,
    timeoutSeconds: config.timeoutMs ? String(config.timeoutMs / 1000) : EMPTY_FORM.timeoutSeconds,
    maxTokens: config.maxTokens ? String(config.maxTokens) : '',
    embeddingModel: config.embeddingModel ?? '',
    allowHttp: !!config.allowHttpHost,
  };
}

/** The address fields as the endpoint rule sees them, with the allowance bound to the typed host. */
function endpointFields(form: ProviderForm): EndpointFields {
  const url = (form.kind === 'azure' ? form.azureEndpoint : form.baseUrl).trim();
  let allowHttpHost: string | undefined;
  if (form.allowHttp) {
    try {
      allowHttpHost = new URL(url).hostname;
    } catch {
      allowHttpHost = undefined;
    }
  }
  return { kind: form.kind, ...(form.kind === 'azure' ? { azureEndpoint: url } : { baseUrl: url }), allowHttpHost };
}

/**
 * Plain http to a host that is not loopback: the form offers the "allow" box for it, and warns once
 * allowed. Null for https, loopback and addresses that do not parse.
 */
export function remoteHttpHost(form: ProviderForm): string | null {
  const verdict = checkEndpoint({ ...endpointFields(form), allowHttpHost: undefined });
  return !verdict.ok && verdict.problem === 'insecure'
    ? new URL((form.kind === 'azure' ? form.azureEndpoint : form.baseUrl).trim()).hostname
    : null;
}

/** Whether the form's address is another origin than the saved one's, so the stored key does not apply. */
export function hostChanged(form: ProviderForm, saved: StoredProvider | null): boolean {
  if (!saved) return false;
  return keyOrigin(endpointFields(form)) !== keyOrigin(saved);
}

/** The preset whose URL this is, else "custom". */
export function presetOf(baseUrl: string): Preset {
  const url = baseUrl.trim().replace(/\/+$/, '');
  return PRESET_NAMES.find((name) => name !== 'custom' && PRESETS[name] === url) ?? 'custom';
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Either the configuration to send, or what is wrong with which field. */
export function checkForm(form: ProviderForm): { ok: true; config: WireConfig } | { ok: false; problems: Problems } {
  const problems: Problems = {};
  const trimmed = (field: FormField) => form[field].trim();
  if (!trimmed('model')) problems.model = 'required';
  if (form.kind === 'compatible') {
    if (!trimmed('baseUrl')) problems.baseUrl = 'required';
    else if (!isHttpUrl(trimmed('baseUrl'))) problems.baseUrl = 'url';
  }
  if (form.kind === 'openai' && trimmed('baseUrl') && !isHttpUrl(trimmed('baseUrl'))) problems.baseUrl = 'url';
  if (form.kind === 'azure') {
    if (!trimmed('azureEndpoint')) problems.azureEndpoint = 'required';
    else if (!isHttpUrl(trimmed('azureEndpoint'))) problems.azureEndpoint = 'url';
    if (!trimmed('azureApiVersion')) problems.azureApiVersion = 'required';
  }
  const addressField = form.kind === 'azure' ? 'azureEndpoint' : 'baseUrl';
  const endpoint = endpointFields(form);
  if (!problems[addressField] && trimmed(addressField) && !checkEndpoint(endpoint).ok) problems[addressField] = 'insecure';
  const seconds = Number(trimmed('timeoutSeconds') || NaN);
  if (trimmed('timeoutSeconds') && !(seconds >= 1 && seconds <= 300)) problems.timeoutSeconds = 'timeout';
  const tokens = Number(trimmed('maxTokens'));
  if (trimmed('maxTokens') && !(Number.isInteger(tokens) && tokens >= 16 && tokens <= 32_000)) problems.maxTokens = 'maxTokens';
  if (Object.keys(problems).length) return { ok: false, problems };

  const config: WireConfig = { kind: form.kind, model: trimmed('model') };
  if (form.kind !== 'azure' && trimmed('baseUrl')) config.baseUrl = trimmed('baseUrl');
  if (form.kind === 'azure') {
    config.azureEndpoint = trimmed('azureEndpoint');
    config.azureApiVersion = trimmed('azureApiVersion');
  }
  if (trimmed('timeoutSeconds')) config.timeoutMs = Math.round(seconds * 1000);
  if (trimmed('maxTokens')) config.maxTokens = tokens;
  if (trimmed('embeddingModel')) config.embeddingModel = trimmed('embeddingModel');
  if (remoteHttpHost(form) && endpoint.allowHttpHost) config.allowHttpHost = endpoint.allowHttpHost;
  return { ok: true, config };
}
