// Which helpdesk accounts an import is for: all of them (the default, as before accounts existed), or
// only those the admin ticks. The choices are the accounts the helpdesk origins section names, plus
// any typed as a helpdesk address ("acme.zendesk.com"); the account is derived in knowledge/account.ts.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { UiLocale } from '../../../i18n/index';
import { AdminNote } from '../AdminNote';
import { tOptions } from '../../../i18n/options/index';
import { accountOfPage, knownAccounts } from '../../../knowledge/account';
import type { CustomHelpdeskOrigin } from '../../../settings/schema';

/** `chosen`: empty means all accounts. */
export function AccountChoice(props: {
  locale: UiLocale;
  origins: readonly CustomHelpdeskOrigin[];
  chosen: string[];
  onChange: (accounts: string[]) => void;
  /** Set: the admin's policy chose the accounts; shown disabled with this note. */
  adminNote?: string | undefined;
}): JSX.Element {
  const { locale, origins, chosen, onChange } = props;
  const [some, setSome] = useState(chosen.length > 0);
  const [typed, setTyped] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [invalid, setInvalid] = useState(false);
  const choices = [...new Set([...knownAccounts(origins), ...typed, ...chosen])].sort();

  const toggle = (account: string, on: boolean) => onChange(on ? [...chosen, account] : chosen.filter((a) => a !== account));
  const addTyped = () => {
    const text = address.trim();
    const account = accountOfPage(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}/`, origins);
    setInvalid(!account);
    if (!account) return;
    setTyped((list) => [...list, account]);
    if (!chosen.includes(account)) onChange([...chosen, account]);
    setAddress('');
  };

  return (
    <fieldset class="sf-fieldset" data-testid="kb-accounts" disabled={!!props.adminNote}>
      <legend class="sf-field-label">{tOptions(locale, 'kb.accounts')}</legend>
      <AdminNote text={props.adminNote} />
      <label class="sf-check">
        <input
          type="radio"
          name="kbAccounts"
          value="all"
          checked={!some}
          onChange={() => {
            setSome(false);
            onChange([]);
          }}
        />
        <span>{tOptions(locale, 'kb.accountsAll')}</span>
      </label>
      <label class="sf-check">
        <input type="radio" name="kbAccounts" value="some" checked={some} onChange={() => setSome(true)} />
        <span>{tOptions(locale, 'kb.accountsSome')}</span>
      </label>
      {some && (
        <div class="sf-fields">
          {choices.map((account) => (
            <label key={account} class="sf-check">
              <input
                type="checkbox"
                name="kbAccount"
                value={account}
                checked={chosen.includes(account)}
                onChange={(event) => toggle(account, event.currentTarget.checked)}
              />
              <bdi dir="ltr">{account}</bdi>
            </label>
          ))}
          <div class="sf-row sf-row-end">
            <label class="sf-field sf-grow">
              <span class="sf-field-label">{tOptions(locale, 'kb.accountAddress')}</span>
              <input
                class="sf-input"
                name="kbAccountAddress"
                dir="ltr"
                placeholder="acme.zendesk.com"
                value={address}
                aria-invalid={invalid}
                onInput={(event) => setAddress(event.currentTarget.value)}
              />
            </label>
            <button type="button" class="sf-btn" onClick={addTyped}>
              {tOptions(locale, 'kb.accountAdd')}
            </button>
          </div>
          {invalid && <p class="sf-field-error">{tOptions(locale, 'kb.accountInvalid')}</p>}
          {chosen.length === 0 && <p class="sf-hint">{tOptions(locale, 'kb.accountsNone')}</p>}
        </div>
      )}
    </fieldset>
  );
}
