// The API key: typed in, never shown back. A stored key appears only as its hint ("…abcd") with
// "replace" and "remove"; the field is never prefilled.
import type { JSX } from 'preact';
import type { UiLocale } from '../../../i18n/index';
import { tOptions } from '../../../i18n/options/index';
import { TextField } from './TextField';

export type KeyMode = 'keep' | 'replace' | 'remove';

export function ApiKeyField(props: {
  locale: UiLocale;
  keyHint: string | null;
  mode: KeyMode;
  value: string;
  onMode: (mode: KeyMode) => void;
  onInput: (value: string) => void;
}): JSX.Element {
  const { locale, keyHint, mode } = props;
  if (keyHint && mode !== 'replace') {
    return (
      <div class="sf-field">
        <span class="sf-field-label">{tOptions(locale, 'provider.apiKey')}</span>
        <div class="sf-row" data-testid="provider-key">
          {mode === 'keep' ? (
            <>
              <span dir="ltr">{tOptions(locale, 'provider.keySet', { hint: keyHint })}</span>
              <button type="button" class="sf-btn" onClick={() => props.onMode('replace')}>
                {tOptions(locale, 'provider.keyReplace')}
              </button>
              <button type="button" class="sf-btn" onClick={() => props.onMode('remove')}>
                {tOptions(locale, 'provider.keyRemove')}
              </button>
            </>
          ) : (
            <>
              <span>{tOptions(locale, 'provider.keyWillBeRemoved')}</span>
              <button type="button" class="sf-btn" onClick={() => props.onMode('keep')}>
                {tOptions(locale, 'provider.keyKeep')}
              </button>
            </>
          )}
        </div>
      </div>
    );
  }
  return (
    <div class="sf-row sf-row-end">
      <TextField
        label={tOptions(locale, 'provider.apiKey')}
        name="apiKey"
        type="password"
        ltr
        value={props.value}
        hint={tOptions(locale, 'provider.keyHint')}
        onInput={props.onInput}
      />
      {keyHint && (
        <button type="button" class="sf-btn" onClick={() => props.onMode('keep')}>
          {tOptions(locale, 'provider.keyKeep')}
        </button>
      )}
    </div>
  );
}
