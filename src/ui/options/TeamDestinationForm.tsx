// The team's ClickHouse: where this browser's stats events go and how the dashboard reads the team's
// figures. Saving asks the browser for that one origin first (a host permission must be requested during
// the click), then hands the values to the background, which keeps the passwords (write-only here).
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { UiLocale } from '../../i18n/index';
import { tOptions } from '../../i18n/options/index';
import type { TeamStatsConfig } from '../../messaging/protocol';
import { normalizeStatsDestination, statsDestinationOrigin } from '../../settings/stats-destination';

export interface TeamDestinationService {
  get(): Promise<TeamStatsConfig>;
  save(input: { url: string; user: string; password?: string; leadUser?: string; leadPassword?: string }): Promise<TeamStatsConfig>;
  uploadNow(): Promise<{ sent: number; pending: number; error?: string }>;
}

type Field = 'url' | 'user' | 'password' | 'leadUser' | 'leadPassword';

export function TeamDestinationForm(props: {
  locale: UiLocale;
  service: TeamDestinationService;
  requestOrigin(origin: string): Promise<boolean>;
  /** The admin's policy sets the URL (and maybe the user): shown locked; passwords stay the agent's to enter. */
  managed?: { url: string; user?: string };
}): JSX.Element {
  const { locale, service } = props;
  const [form, setForm] = useState<Record<Field, string>>({ url: '', user: '', password: '', leadUser: '', leadPassword: '' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fail = (error: unknown) =>
    setMessage({
      text: tOptions(locale, 'options.saveFailed', { reason: error instanceof Error ? error.message : String(error) }),
      error: true,
    });
  useEffect(() => {
    // What the agent typed before the stored values arrived wins over them.
    service
      .get()
      .then(
        (config) =>
          setForm((f) => ({ ...f, url: f.url || config.url, user: f.user || config.user, leadUser: f.leadUser || config.leadUser })),
        fail,
      );
  }, [service]);

  const submit = () => {
    const url = (props.managed?.url ?? form.url).trim();
    const origin = statsDestinationOrigin(normalizeStatsDestination({ url }));
    if (url && !origin) return setMessage({ text: tOptions(locale, 'options.teamDestinationInvalid'), error: true });
    // Requested synchronously in the submit handler: the browser shows its prompt only during the gesture.
    const allowed = origin ? props.requestOrigin(origin) : Promise.resolve(true);
    void allowed
      .then(async (granted) => {
        if (!granted) return setMessage({ text: tOptions(locale, 'options.teamDestinationDenied', { origin: origin ?? '' }), error: true });
        const config = await service.save({
          url,
          user: props.managed?.user ?? form.user,
          leadUser: form.leadUser,
          // Empty password fields keep what is stored (write-only: the page never reads them back).
          ...(form.password ? { password: form.password } : {}),
          ...(form.leadPassword ? { leadPassword: form.leadPassword } : {}),
        });
        setForm({ url: config.url, user: config.user, password: '', leadUser: config.leadUser, leadPassword: '' });
        setMessage({ text: tOptions(locale, 'options.teamDestinationSaved', { pending: String(config.pending) }), error: false });
      })
      .catch(fail);
  };

  const uploadNow = () =>
    void service.uploadNow().then((result) => {
      const counts = { sent: String(result.sent), pending: String(result.pending) };
      setMessage(
        result.error
          ? { text: tOptions(locale, 'options.teamUploadFailed', { reason: result.error, pending: counts.pending }), error: true }
          : { text: tOptions(locale, 'options.teamUploadDone', counts), error: false },
      );
    }, fail);

  const locked = (name: Field) => (name === 'url' && props.managed) || (name === 'user' && props.managed?.user !== undefined);
  const field = (name: Field, label: string, secret = false) => (
    <label class="sf-field">
      <span class="sf-field-label">{label}</span>
      {locked(name) && (
        <span class="sf-hint" data-testid={`team-${name}-managed`}>
          {tOptions(locale, 'options.setByAdmin')}
        </span>
      )}
      <input
        disabled={!!locked(name)}
        class="sf-input"
        name={`team-${name}`}
        type={(secret ? 'password' : 'text') as 'text'}
        autocomplete="off"
        maxLength={name === 'url' ? 2000 : 200}
        value={locked(name) ? (name === 'url' ? props.managed!.url : props.managed!.user) : form[name]}
        placeholder={secret ? tOptions(locale, 'options.teamSecretsUnchanged') : undefined}
        onInput={(event) => setForm({ ...form, [name]: event.currentTarget.value })}
      />
    </label>
  );

  return (
    <form
      class="sf-fields"
      data-testid="team-destination"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p class="sf-hint">{tOptions(locale, 'options.teamDestinationHint')}</p>
      {field('url', tOptions(locale, 'options.teamDestinationUrl'))}
      {field('user', tOptions(locale, 'options.teamDestinationUser'))}
      {field('password', tOptions(locale, 'options.teamDestinationPassword'), true)}
      {field('leadUser', tOptions(locale, 'options.teamLeadUser'))}
      {field('leadPassword', tOptions(locale, 'options.teamLeadPassword'), true)}
      <p>
        <button type="submit" class="sf-btn" data-testid="save-team-destination">
          {tOptions(locale, 'options.teamDestinationSave')}
        </button>{' '}
        <button type="button" class="sf-btn" data-testid="team-upload-now" onClick={uploadNow}>
          {tOptions(locale, 'options.teamUploadNow')}
        </button>
      </p>
      {message && (
        <p
          class={message.error ? 'sf-field-error' : 'sf-hint'}
          role={message.error ? 'alert' : 'status'}
          data-testid="team-destination-message"
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
