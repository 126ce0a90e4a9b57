// Helpdesks on the company's own domain: validate the address, ask the browser for that one origin,
// and only then save it. Removing gives the permission back. An own domain may be mapped to the hosted
// account it fronts ("acme" for acme.zendesk.com): then it is one account for knowledge (knowledge/account.ts).
import { helpdeskName } from '../../helpdesks/descriptors';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { tOptions } from '../../i18n/options/index';
import { isAccountName } from '../../knowledge/account';
import { parseHttpsOrigin, type OriginProblem } from '../../settings/origins';
import { HELPDESKS, type Helpdesk } from '../../ticket/schema';
import { SelectField } from './SelectField';
import type { SectionProps } from './types';

type Message = { kind: 'problem'; problem: OriginProblem } | { kind: 'account' } | { kind: 'denied'; origin: string } | null;

export function HelpdeskOriginsSection({ settings, locale, update, services }: SectionProps): JSX.Element {
  const [address, setAddress] = useState('');
  const [helpdesk, setHelpdesk] = useState<Helpdesk>('zendesk');
  const [account, setAccount] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const origins = settings.customHelpdeskOrigins;

  const add = (event: Event) => {
    event.preventDefault();
    const check = parseHttpsOrigin(
      address,
      origins.map((o) => o.origin),
    );
    if (!check.ok) return setMessage({ kind: 'problem', problem: check.problem });
    const alias = account.trim().toLowerCase();
    if (alias && !isAccountName(alias)) return setMessage({ kind: 'account' });
    setMessage(null);
    // Called before any await: the permission prompt needs the user's gesture.
    const request = services.requestOrigin(check.origin);
    void request.then(
      async (granted) => {
        if (!granted) return setMessage({ kind: 'denied', origin: check.origin });
        await update((s) => ({
          ...s,
          customHelpdeskOrigins: [...s.customHelpdeskOrigins, { origin: check.origin, helpdesk, ...(alias ? { account: alias } : {}) }],
        }));
        setAddress('');
        setAccount('');
      },
      () => setMessage({ kind: 'denied', origin: check.origin }),
    );
  };

  const remove = (origin: string) => {
    // Forget it even if the browser had already dropped the permission.
    void services.removeOrigin(origin).catch(() => false);
    void update((s) => ({ ...s, customHelpdeskOrigins: s.customHelpdeskOrigins.filter((o) => o.origin !== origin) }));
  };

  const problemText =
    message?.kind === 'problem'
      ? tOptions(locale, `options.origin.${message.problem}`)
      : message?.kind === 'denied'
        ? tOptions(locale, 'options.denied', { origin: message.origin })
        : message?.kind === 'account'
          ? tOptions(locale, 'options.accountHint')
          : null;

  return (
    <div class="sf-fields">
      <p class="sf-hint">{tOptions(locale, 'options.helpdesksIntro')}</p>
      {origins.length === 0 ? (
        <p class="sf-empty">{tOptions(locale, 'options.noOrigins')}</p>
      ) : (
        <ul class="sf-origins">
          {origins.map((entry) => (
            <li key={entry.origin} class="sf-origin" data-testid="custom-origin">
              <bdi dir="ltr" class="sf-origin-url">
                {entry.origin}
              </bdi>
              <span class="sf-origin-helpdesk">{helpdeskName(entry.helpdesk)}</span>
              {entry.account && (
                <span class="sf-hint" data-testid="custom-origin-account">
                  {tOptions(locale, 'options.sameAccount', { account: `${entry.account}.${entry.helpdesk}.com` })}
                </span>
              )}
              <button
                type="button"
                class="sf-btn"
                aria-label={tOptions(locale, 'options.removeLabel', { origin: entry.origin })}
                onClick={() => remove(entry.origin)}
              >
                {tOptions(locale, 'options.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="sf-origin-form" onSubmit={add} noValidate>
        <label class="sf-field sf-grow">
          <span class="sf-field-label">{tOptions(locale, 'options.origin')}</span>
          <input
            class="sf-input"
            type="url"
            name="origin"
            dir="ltr"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="https://support.example.com"
            value={address}
            aria-invalid={message?.kind === 'problem'}
            aria-describedby={problemText ? 'sf-origin-message' : undefined}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
        </label>
        <SelectField
          label={tOptions(locale, 'options.helpdeskType')}
          name="helpdesk"
          value={helpdesk}
          choices={HELPDESKS}
          labelOf={helpdeskName}
          onChange={setHelpdesk}
        />
        <label class="sf-field">
          <span class="sf-field-label">{tOptions(locale, 'options.account')}</span>
          <input
            class="sf-input"
            name="account"
            dir="ltr"
            autocomplete="off"
            spellcheck={false}
            placeholder="acme"
            title={tOptions(locale, 'options.accountHint')}
            value={account}
            aria-invalid={message?.kind === 'account'}
            onInput={(event) => setAccount(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="sf-btn sf-btn-primary">
          {tOptions(locale, 'options.add')}
        </button>
      </form>
      {problemText && (
        <p class="sf-field-error" id="sf-origin-message" role="alert">
          {problemText}
        </p>
      )}
    </div>
  );
}
