// Where the provider is: its kind, a preset for OpenAI-compatible servers, the base URL or the Azure
// endpoint and version, and the explicit opt-in (with its warning) for plain http to a remote host.
import type { JSX } from 'preact';
import type { UiLocale } from '../../../i18n/index';
import { tOptions } from '../../../i18n/options/index';
import type { ManagedField } from '../../../settings/managed';
import { AdminNote } from '../AdminNote';
import { SelectField } from '../SelectField';
import { PRESET_NAMES, PRESETS, presetOf, PROVIDER_KINDS, type FormField, type ProviderForm, type ProviderKind } from './provider-form';
import { TextField } from './TextField';

interface EndpointFieldsProps {
  locale: UiLocale;
  form: ProviderForm;
  /** The admin's note for fields their policy sets (then locked). */
  note: (...fields: ManagedField[]) => string | undefined;
  problemText: (field: FormField) => string | undefined;
  set: (field: FormField) => (value: string) => void;
  /** The remote host reached over plain http, if the address is one. */
  httpHost: string | null;
  onKind: (kind: ProviderKind) => void;
  onAllowHttp: (allow: boolean) => void;
}

export function EndpointFields({ locale, form, note, problemText, set, httpHost, onKind, onAllowHttp }: EndpointFieldsProps): JSX.Element {
  return (
    <>
      <div class="sf-row sf-row-end">
        <SelectField
          label={tOptions(locale, 'provider.kind')}
          name="kind"
          value={form.kind}
          choices={PROVIDER_KINDS}
          adminNote={note('providerKind')}
          labelOf={(kind) => tOptions(locale, `provider.kind.${kind}`)}
          onChange={onKind}
        />
        {form.kind === 'compatible' && (
          <SelectField
            label={tOptions(locale, 'provider.preset')}
            name="preset"
            value={presetOf(form.baseUrl)}
            choices={PRESET_NAMES}
            adminNote={note('providerBaseUrl')}
            labelOf={(preset) => tOptions(locale, `provider.preset.${preset}`)}
            onChange={(preset) => set('baseUrl')(PRESETS[preset])}
          />
        )}
      </div>
      {form.kind !== 'azure' && (
        <TextField
          label={tOptions(locale, form.kind === 'openai' ? 'provider.baseUrlOpenAi' : 'provider.baseUrl')}
          name="baseUrl"
          type="url"
          ltr
          class="sf-grow"
          placeholder={form.kind === 'openai' ? 'https://api.openai.com/v1' : 'http://localhost:11434/v1'}
          value={form.baseUrl}
          adminNote={note('providerBaseUrl')}
          error={problemText('baseUrl')}
          onInput={set('baseUrl')}
        />
      )}
      {form.kind === 'azure' && (
        <div class="sf-row sf-row-start">
          <TextField
            label={tOptions(locale, 'provider.azureEndpoint')}
            name="azureEndpoint"
            type="url"
            ltr
            class="sf-grow"
            placeholder="https://resource.openai.azure.com"
            value={form.azureEndpoint}
            adminNote={note('providerBaseUrl')}
            error={problemText('azureEndpoint')}
            onInput={set('azureEndpoint')}
          />
          <TextField
            label={tOptions(locale, 'provider.azureApiVersion')}
            name="azureApiVersion"
            ltr
            value={form.azureApiVersion}
            error={problemText('azureApiVersion')}
            onInput={set('azureApiVersion')}
          />
        </div>
      )}
      {httpHost && (
        <label class="sf-check" data-testid="provider-allow-http">
          <input
            type="checkbox"
            name="allowHttp"
            checked={form.allowHttp}
            disabled={!!note('allowHttpHosts')}
            onChange={(event) => onAllowHttp(event.currentTarget.checked)}
          />
          <span>
            {tOptions(locale, 'provider.allowHttp', { host: httpHost })}
            <AdminNote text={note('allowHttpHosts')} />
          </span>
        </label>
      )}
      {httpHost && form.allowHttp && (
        <p class="sf-callout sf-warning" role="note" data-testid="provider-http-warning">
          {tOptions(locale, 'provider.httpWarning', { host: httpHost })}
        </p>
      )}
    </>
  );
}
