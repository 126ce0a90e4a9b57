// "Model provider" in the options page: which server writes the drafts, with what key, model and
// limits; test before saving. The key goes to the background and never comes back.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ProviderSummary } from '../../../messaging/responses';
import type { ConnectionVerdict } from '../../../drafts/provider';
import { tOptions } from '../../../i18n/options/index';
import { useAsk } from '../ask';
import { ConfirmButton } from '../ConfirmButton';
import { SelectField } from '../SelectField';
import type { ManagedField } from '../../../settings/managed';
import { adminNote } from '../admin-lock';
import type { SectionProps } from '../types';
import { ApiKeyField, type KeyMode } from './ApiKeyField';
import {
  checkForm,
  EMPTY_FORM,
  formFromConfig,
  hostChanged,
  remoteHttpHost,
  type FormField,
  type Problems,
  type ProviderForm,
  type WireConfig,
} from './provider-form';
import { TextField } from './TextField';
import { EndpointFields } from './EndpointFields';
import { ConnectionVerdictLine } from './ConnectionVerdictLine';

type Status = { kind: 'ok' | 'failed'; text: string } | null;

export function ProviderSection({ locale, services }: SectionProps): JSX.Element {
  // The admin's policy may set these; the form then shows the admin's values (the background's summary
  // already has them in place) locked. The API key is never a policy value.
  const note = (...fields: ManagedField[]) => adminNote(services, locale, ...fields);
  const ask = useAsk();
  const [form, setForm] = useState<ProviderForm>(EMPTY_FORM);
  const [summary, setSummary] = useState<ProviderSummary | null>(null);
  const [keyMode, setKeyMode] = useState<KeyMode>('keep');
  const [newKey, setNewKey] = useState('');
  const [models, setModels] = useState<string[]>([]);
  const [problems, setProblems] = useState<Problems>({});
  const [verdict, setVerdict] = useState<ConnectionVerdict | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const failed = (reason: string) => setStatus({ kind: 'failed', text: tOptions(locale, 'provider.failed', { reason }) });
  // The stored key belongs to the saved address's origin; for another host the admin types the key
  // again, and until then none is tried (the background enforces the same).
  const newHost = !!summary?.hasKey && hostChanged(form, summary.config);
  const httpHost = remoteHttpHost(form);
  /** The key to try: the one being typed, none when it is being removed or the host changed, else the stored one (undefined). */
  const keyToTry = () => (newKey ? newKey : keyMode === 'remove' || newHost ? '' : undefined);
  const withKey = (config: WireConfig) => {
    const apiKey = keyToTry();
    return apiKey === undefined ? { config } : { config, apiKey };
  };

  const loadModels = async (config: WireConfig) => {
    const reply = await ask({ kind: 'provider-models', ...withKey(config) });
    setModels(reply.ok ? reply.data : []);
  };

  useEffect(() => {
    void ask({ kind: 'provider-get' }).then((reply) => {
      if (!reply.ok) return failed(reply.error);
      setSummary(reply.data);
      setForm(formFromConfig(reply.data.config));
      // A configuration saved before the address rule (plain http to a remote host) is not used for
      // drafts any more; say why at once rather than on the next Test or Save.
      const checked = reply.data.config ? checkForm(formFromConfig(reply.data.config)) : null;
      if (checked && !checked.ok) setProblems(checked.problems);
      if (reply.data.config) void loadModels(reply.data.config);
    });
  }, []);

  const set = (field: FormField) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setProblems(({ [field]: _fixed, ...rest }) => rest);
    setVerdict(null);
  };
  const problemText = (field: FormField) => {
    const problem = problems[field];
    return problem ? tOptions(locale, `provider.invalid.${problem}`) : undefined;
  };

  /** Validates, then runs `action` with the configuration; shows the problems instead when invalid. */
  const withValid = async (action: (config: WireConfig) => Promise<void>) => {
    const checked = checkForm(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      setStatus({ kind: 'failed', text: tOptions(locale, 'provider.fixErrors') });
      return;
    }
    setProblems({});
    setStatus(null);
    setBusy(true);
    try {
      await action(checked.config);
    } finally {
      setBusy(false);
    }
  };

  const test = () =>
    withValid(async (config) => {
      setVerdict(null);
      const reply = await ask({ kind: 'provider-test', ...withKey(config) });
      if (!reply.ok) return failed(reply.error);
      setVerdict(reply.data);
      if (reply.data.ok && reply.data.models.length) setModels(reply.data.models);
    });

  const save = () =>
    withValid(async (config) => {
      const apiKey = newKey ? newKey : keyMode === 'remove' || newHost ? null : undefined;
      const reply = await ask({ kind: 'provider-save', config, ...(apiKey === undefined ? {} : { apiKey }) });
      if (!reply.ok) return failed(reply.error);
      setSummary(reply.data);
      setKeyMode('keep');
      setNewKey('');
      setStatus({ kind: 'ok', text: tOptions(locale, 'provider.saved') });
    });

  const remove = async () => {
    const reply = await ask({ kind: 'provider-remove' });
    if (!reply.ok) return failed(reply.error);
    setSummary({ config: null, hasKey: false, keyHint: null });
    setForm(EMPTY_FORM);
    setModels([]);
    setVerdict(null);
    setKeyMode('keep');
    setNewKey('');
    setStatus({ kind: 'ok', text: tOptions(locale, 'provider.removed') });
  };

  const modelLabel = tOptions(locale, form.kind === 'azure' ? 'provider.deployment' : 'provider.model');
  const modelChoices =
    models.length && form.kind !== 'azure' ? (models.includes(form.model) || !form.model ? models : [form.model, ...models]) : null;

  return (
    <form class="sf-fields" noValidate onSubmit={(event) => (event.preventDefault(), void save())}>
      <p class="sf-hint">{tOptions(locale, 'provider.intro')}</p>
      <p class="sf-callout" data-testid="provider-privacy">
        {tOptions(locale, 'provider.privacy')}
      </p>
      <EndpointFields
        locale={locale}
        form={form}
        note={note}
        problemText={problemText}
        set={set}
        httpHost={httpHost}
        onKind={(kind) => {
          set('kind')(kind);
          setModels([]);
        }}
        onAllowHttp={(allowHttp) => {
          setForm((f) => ({ ...f, allowHttp }));
          setProblems(({ baseUrl: _b, azureEndpoint: _a, ...rest }) => rest);
        }}
      />
      <ApiKeyField
        locale={locale}
        keyHint={newHost ? null : (summary?.keyHint ?? null)}
        mode={keyMode}
        value={newKey}
        onMode={setKeyMode}
        onInput={setNewKey}
      />
      {newHost && (
        <p class="sf-hint" data-testid="provider-key-new-host">
          {tOptions(locale, 'provider.keyNewHost')}
        </p>
      )}
      {modelChoices ? (
        <SelectField
          label={modelLabel}
          name="model"
          value={form.model || modelChoices[0]!}
          choices={modelChoices}
          labelOf={(m) => m}
          adminNote={note('providerModel')}
          onChange={set('model')}
        />
      ) : (
        <TextField
          label={modelLabel}
          name="model"
          ltr
          value={form.model}
          adminNote={note('providerModel')}
          error={problemText('model')}
          placeholder={form.kind === 'compatible' ? 'llama3.1' : 'gpt-4o-mini'}
          onInput={set('model')}
        />
      )}
      <div class="sf-row sf-row-start">
        <TextField
          label={tOptions(locale, 'provider.timeout')}
          name="timeoutSeconds"
          type="number"
          value={form.timeoutSeconds}
          error={problemText('timeoutSeconds')}
          onInput={set('timeoutSeconds')}
        />
        <TextField
          label={tOptions(locale, 'provider.maxTokens')}
          name="maxTokens"
          type="number"
          value={form.maxTokens}
          error={problemText('maxTokens')}
          onInput={set('maxTokens')}
        />
      </div>
      <TextField
        label={tOptions(locale, 'provider.embeddingModel')}
        name="embeddingModel"
        ltr
        value={form.embeddingModel}
        adminNote={note('embeddingModel')}
        hint={tOptions(locale, 'provider.embeddingModelHint')}
        placeholder="text-embedding-3-small"
        onInput={set('embeddingModel')}
      />
      <div class="sf-row">
        <button type="button" class="sf-btn" disabled={busy} onClick={() => void test()}>
          {tOptions(locale, busy ? 'provider.testing' : 'provider.test')}
        </button>
        <button type="submit" class="sf-btn sf-btn-primary" disabled={busy}>
          {tOptions(locale, 'provider.save')}
        </button>
        {summary?.config && (
          <ConfirmButton
            label={tOptions(locale, 'provider.remove')}
            question={tOptions(locale, 'provider.confirmRemove')}
            confirmLabel={tOptions(locale, 'provider.confirmRemoveButton')}
            cancelLabel={tOptions(locale, 'kb.cancel')}
            onConfirm={() => void remove()}
          />
        )}
      </div>
      <ConnectionVerdictLine locale={locale} verdict={verdict} />
      {status && (
        <p class={status.kind === 'failed' ? 'sf-field-error' : 'sf-hint'} role="status" data-testid="provider-status">
          {status.text}
        </p>
      )}
    </form>
  );
}
