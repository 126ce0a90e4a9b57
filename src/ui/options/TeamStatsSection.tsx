// The acceptance stats' team settings: how long events are kept, and the team key, key id and holdout seed
// (src/stats/pseudonyms.ts). Key and seed are write-only here: the page never reads them back, so a shared
// screen or a screenshot does not leak them. Those the admin's policy sets are shown locked (./admin-lock.ts).
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { tOptions } from '../../i18n/options/index';
import { STATS_RETENTION_MAX_DAYS } from '../../settings/schema';
import { adminNote } from './admin-lock';
import { AdminNote } from './AdminNote';
import { SavedOnChangeField } from './GeneralSection';
import { TeamDestinationForm } from './TeamDestinationForm';
import type { SectionProps } from './types';

export function TeamStatsSection({ settings, locale, update, services }: SectionProps): JSX.Element {
  const secrets = services.teamSecrets;
  const [currentKeyId, setCurrentKeyId] = useState('');
  const [form, setForm] = useState({ keyId: '', key: '', holdoutSeed: '' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    void secrets?.keyId().then((id) => {
      setCurrentKeyId(id);
      setForm((f) => ({ ...f, keyId: id }));
    });
  }, [secrets]);

  const save = async () => {
    if (!secrets) return;
    const keyId = form.keyId.trim();
    if (form.key && (!keyId || keyId === currentKeyId))
      return setMessage({ text: tOptions(locale, 'options.teamKeyNeedsNewId'), error: true });
    await secrets.save({ keyId: keyId || undefined, key: form.key || undefined, holdoutSeed: form.holdoutSeed || undefined });
    const saved = await secrets.keyId();
    setCurrentKeyId(saved);
    setForm({ keyId: saved, key: '', holdoutSeed: '' });
    setMessage({ text: tOptions(locale, 'options.teamSecretsSaved', { keyId: saved }), error: false });
  };

  const policyField = { keyId: 'teamKeyId', key: 'teamKey', holdoutSeed: 'holdoutSeed' } as const;
  const field = (
    name: 'keyId' | 'key' | 'holdoutSeed',
    label: string,
    secret: boolean,
    note = adminNote(services, locale, policyField[name]),
  ) => (
    <label class="sf-field">
      <span class="sf-field-label">{label}</span>
      <input
        class="sf-input"
        name={name}
        // Preact types each input type apart; one element covers both.
        type={(secret ? 'password' : 'text') as 'text'}
        autocomplete="off"
        maxLength={200}
        value={form[name]}
        disabled={!!note}
        placeholder={secret && !note ? tOptions(locale, 'options.teamSecretsUnchanged') : undefined}
        onInput={(event) => setForm({ ...form, [name]: event.currentTarget.value })}
      />
      <AdminNote text={note} />
    </label>
  );

  return (
    <div class="sf-fields">
      <SavedOnChangeField
        label={tOptions(locale, 'options.retention')}
        hint={tOptions(locale, 'options.retentionHint')}
        name="statsRetentionDays"
        type="number"
        max={STATS_RETENTION_MAX_DAYS}
        adminNote={adminNote(services, locale, 'statsRetentionDays')}
        value={String(settings.statsRetentionDays)}
        onChange={(value) => {
          // An emptied field changes nothing: keeping everything forever takes an explicit 0.
          if (!value.trim()) return;
          const days = Number(value);
          void update((s) => ({ ...s, statsRetentionDays: Number.isFinite(days) && days >= 0 ? Math.round(days) : s.statsRetentionDays }));
        }}
      />
      {secrets && (
        <form
          class="sf-fields"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <p class="sf-hint">{tOptions(locale, 'options.teamSecretsHint')}</p>
          {field('keyId', tOptions(locale, 'options.teamKeyId'), false)}
          {field('key', tOptions(locale, 'options.teamKey'), true)}
          {field('holdoutSeed', tOptions(locale, 'options.holdoutSeed'), true)}
          <p>
            <button type="submit" class="sf-btn" data-testid="save-team-secrets">
              {tOptions(locale, 'options.teamSecretsSave')}
            </button>
          </p>
          {message && (
            <p
              class={message.error ? 'sf-field-error' : 'sf-hint'}
              role={message.error ? 'alert' : 'status'}
              data-testid="team-secrets-message"
            >
              {message.text}
            </p>
          )}
        </form>
      )}
      {services.teamDestination && (
        <TeamDestinationForm
          locale={locale}
          service={services.teamDestination}
          requestOrigin={services.requestOrigin}
          {...(services.managed?.statsDestination ? { managed: services.managed.statsDestination } : {})}
        />
      )}
    </div>
  );
}
