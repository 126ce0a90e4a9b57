// "Reply drafts" in the options page: the team's tone, formality per language (du/Sie), signature,
// company facts and the phrasing of offline drafts. Saved through the background, which validates
// them again and reads them for every model request and offline draft.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_DRAFT_SETTINGS, PHRASING_FIELDS, type DraftSettings } from '../../../drafts/settings';
import { tOptions } from '../../../i18n/options/index';
import { intlLanguageName as languageName } from '../../../i18n/language-names';
import { LANGUAGES, type Lang } from '../../../language/languages';
import { normalizeDraftSettings } from '../../../settings/draft-settings';
import { useAsk } from '../ask';
import { TextField } from '../provider/TextField';
import { SelectField } from '../SelectField';
import { NO_POLICY } from '../../../settings/managed';
import { managedDraftFields } from '../../../settings/managed-drafts';
import { AdminNote } from '../AdminNote';
import type { SectionProps } from '../types';
import {
  checkForm,
  formFromSettings,
  withPhrase,
  type DraftSettingsForm,
  type FormField,
  type PhrasingField,
  type Problems,
} from './draft-settings-form';

type Status = { kind: 'ok' | 'failed'; text: string } | null;
const FORMALITY_CHOICES = ['unset', 'formal', 'informal'] as const;
const COUNTS = ['1', '2', '3'] as const;

export function DraftSettingsSection({ locale, services }: SectionProps): JSX.Element {
  // Fields the admin's policy sets (its draftSettings keys, the link allowlist) are shown locked.
  const managedFields = managedDraftFields(services.managed ?? NO_POLICY);
  const note = (field: keyof DraftSettings) => (managedFields.includes(field) ? tOptions(locale, 'options.setByAdmin') : undefined);
  const ask = useAsk();
  const [form, setForm] = useState<DraftSettingsForm>(formFromSettings(DEFAULT_DRAFT_SETTINGS));
  const [lang, setLang] = useState<Lang>('en');
  const [problems, setProblems] = useState<Problems>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const failed = (reason: string) => setStatus({ kind: 'failed', text: tOptions(locale, 'team.failed', { reason }) });

  useEffect(() => {
    void ask({ kind: 'draft-settings-get' }).then((reply) =>
      reply.ok ? setForm(formFromSettings(normalizeDraftSettings(reply.data))) : failed(reply.error),
    );
  }, []);

  const change = (field: FormField, next: (f: DraftSettingsForm) => DraftSettingsForm) => {
    setForm(next);
    setProblems(({ [field]: _fixed, ...rest }) => rest);
    setStatus(null);
  };
  // The placeholders are shown as written: the team types them into the phrase.
  const phraseHint = (field: PhrasingField) =>
    field === 'greeting'
      ? tOptions(locale, 'team.greetingHint', { name: '{name}' })
      : field === 'acknowledge'
        ? tOptions(locale, 'team.acknowledgeHint', { quote: '{quote}' })
        : undefined;
  const problemText = (field: FormField) => {
    const problem = problems[field];
    return problem ? tOptions(locale, problem.kind === 'too-long' ? 'team.tooLong' : 'team.tooMany', { max: problem.max }) : undefined;
  };

  const save = async () => {
    const checked = checkForm(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      // A problem in another language's phrasing: show that language.
      const phrase = Object.keys(checked.problems).find((f) => f.startsWith('phrasing.'));
      if (phrase && !Object.keys(checked.problems).some((f) => f.startsWith(`phrasing.${lang}.`))) setLang(phrase.split('.')[1] as Lang);
      return setStatus({ kind: 'failed', text: tOptions(locale, 'team.fixErrors') });
    }
    setBusy(true);
    try {
      const reply = await ask({ kind: 'draft-settings-save', settings: checked.settings });
      if (!reply.ok) return failed(reply.error);
      setForm(formFromSettings(normalizeDraftSettings(reply.data)));
      setStatus({ kind: 'ok', text: tOptions(locale, 'team.saved') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="sf-fields" noValidate onSubmit={(event) => (event.preventDefault(), void save())}>
      <p class="sf-hint">{tOptions(locale, 'team.intro')}</p>
      <div class="sf-row sf-row-start">
        <TextField
          class="sf-grow"
          label={tOptions(locale, 'team.tone')}
          name="tone"
          value={form.tone}
          adminNote={note('tone')}
          hint={tOptions(locale, 'team.toneHint')}
          error={problemText('tone')}
          onInput={(v) => change('tone', (f) => ({ ...f, tone: v }))}
        />
        <SelectField
          label={tOptions(locale, 'team.count')}
          name="draftCount"
          value={form.draftCount}
          choices={COUNTS}
          adminNote={note('draftCount')}
          labelOf={(n) => n}
          onChange={(v) => change('tone', (f) => ({ ...f, draftCount: v }))}
        />
      </div>
      <TextField
        class="sf-grow"
        rows={3}
        label={tOptions(locale, 'team.signature')}
        name="signature"
        value={form.signature}
        adminNote={note('signature')}
        hint={tOptions(locale, 'team.signatureHint')}
        error={problemText('signature')}
        onInput={(v) => change('signature', (f) => ({ ...f, signature: v }))}
      />
      <TextField
        class="sf-grow"
        rows={4}
        label={tOptions(locale, 'team.facts')}
        name="facts"
        value={form.facts}
        adminNote={note('companyFacts')}
        hint={tOptions(locale, 'team.factsHint')}
        error={problemText('facts')}
        onInput={(v) => change('facts', (f) => ({ ...f, facts: v }))}
      />
      <TextField
        class="sf-grow"
        rows={4}
        label={tOptions(locale, 'team.allowlist')}
        name="allowlist"
        value={form.allowlist}
        adminNote={note('allowlist')}
        hint={tOptions(locale, 'team.allowlistHint')}
        error={problemText('allowlist')}
        onInput={(v) => change('allowlist', (f) => ({ ...f, allowlist: v }))}
      />

      <fieldset class="sf-fieldset" disabled={!!note('formality')}>
        <legend class="sf-field-label">{tOptions(locale, 'team.formality')}</legend>
        <AdminNote text={note('formality')} />
        <div class="sf-row sf-row-start">
          {LANGUAGES.map((code) => (
            <SelectField
              key={code}
              label={languageName(locale, code)}
              name={`formality-${code}`}
              value={form.formality[code] ?? 'unset'}
              choices={FORMALITY_CHOICES}
              labelOf={(choice) => tOptions(locale, `team.formality.${choice}`)}
              onChange={(choice) =>
                change('tone', (f) => {
                  const { [code]: _old, ...others } = f.formality;
                  return { ...f, formality: choice === 'unset' ? others : { ...others, [code]: choice } };
                })
              }
            />
          ))}
        </div>
      </fieldset>

      <fieldset class="sf-fieldset">
        <legend class="sf-field-label">{tOptions(locale, 'team.phrasing')}</legend>
        <p class="sf-hint">{tOptions(locale, 'team.phrasingHint')}</p>
        <SelectField
          label={tOptions(locale, 'team.phrasingLanguage')}
          name="phrasingLanguage"
          value={lang}
          choices={LANGUAGES}
          labelOf={(code) => languageName(locale, code)}
          onChange={setLang}
        />
        {PHRASING_FIELDS.map((field) => (
          <TextField
            key={`${lang}-${field}`}
            class="sf-grow"
            label={tOptions(locale, `team.phrase.${field}`)}
            name={`phrase-${field}`}
            value={form.phrasing[lang]?.[field] ?? ''}
            // Locked per field, so the language choice above still shows each language's phrasing.
            adminNote={note('phrasing')}
            hint={phraseHint(field)}
            error={problemText(`phrasing.${lang}.${field}`)}
            onInput={(v) => change(`phrasing.${lang}.${field}`, (f) => withPhrase(f, lang, field, v))}
          />
        ))}
      </fieldset>

      <div class="sf-row">
        <button type="submit" class="sf-btn sf-btn-primary" disabled={busy}>
          {tOptions(locale, 'team.save')}
        </button>
      </div>
      {status && (
        <p class={status.kind === 'failed' ? 'sf-field-error' : 'sf-hint'} role="status" data-testid="team-status">
          {status.text}
        </p>
      )}
    </form>
  );
}
