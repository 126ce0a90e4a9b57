// Interface language, theme, whether to hold drafts back on handle-personally tickets (and whether the model
// may still read such a ticket for its reading beside the cue), and the acceptance
// stats' two personal choices: the agent's display name and the randomized holdout's share.
import type { JSX } from 'preact';
import { LOCALE_NAMES, type UiLocale } from '../../i18n/index';
import { tOptions } from '../../i18n/options/index';
import { AGENT_NAME_MAX, HOLDOUT_MAX_SHARE, THEME_CHOICES, UI_LANGUAGE_CHOICES, type Settings } from '../../settings/schema';
import { adminNote } from './admin-lock';
import { AdminNote } from './AdminNote';
import { SelectField } from './SelectField';
import type { SectionProps } from './types';

const themeKey = {
  auto: 'options.theme.auto',
  light: 'options.theme.light',
  dark: 'options.theme.dark',
} as const satisfies Record<Settings['theme'], string>;

export function GeneralSection({ settings, locale, update, services }: SectionProps): JSX.Element {
  const languageName = (choice: Settings['uiLanguage']) =>
    choice === 'auto' ? tOptions(locale, 'options.uiLanguage.auto') : LOCALE_NAMES[choice as UiLocale];
  return (
    <div class="sf-fields">
      <SelectField
        label={tOptions(locale, 'options.uiLanguage')}
        name="uiLanguage"
        value={settings.uiLanguage}
        choices={UI_LANGUAGE_CHOICES}
        labelOf={languageName}
        langOf={(choice) => (choice === 'auto' ? undefined : choice)}
        onChange={(value) => void update((s) => ({ ...s, uiLanguage: value }))}
      />
      <SelectField
        label={tOptions(locale, 'options.theme')}
        name="theme"
        value={settings.theme}
        choices={THEME_CHOICES}
        labelOf={(choice) => tOptions(locale, themeKey[choice])}
        onChange={(value) => void update((s) => ({ ...s, theme: value }))}
      />
      <CheckField
        name="holdDraftsWhenHandlePersonally"
        label={tOptions(locale, 'options.holdDrafts')}
        hint={tOptions(locale, 'options.holdDraftsHint')}
        checked={settings.holdDraftsWhenHandlePersonally}
        adminNote={adminNote(services, locale, 'holdBackDrafts')}
        onChange={(checked) => void update((s) => ({ ...s, holdDraftsWhenHandlePersonally: checked }))}
      />
      <CheckField
        name="readingWhenHeld"
        label={tOptions(locale, 'options.readingWhenHeld')}
        hint={tOptions(locale, 'options.readingWhenHeldHint')}
        checked={settings.readingWhenHeld}
        adminNote={adminNote(services, locale, 'readingWhenHeld')}
        onChange={(checked) => void update((s) => ({ ...s, readingWhenHeld: checked }))}
      />
      <SavedOnChangeField
        label={tOptions(locale, 'options.agentName')}
        hint={tOptions(locale, 'options.agentNameHint')}
        name="agentName"
        type="text"
        maxLength={AGENT_NAME_MAX}
        value={settings.agentName}
        onChange={(agentName) => void update((s) => ({ ...s, agentName }))}
      />
      <SavedOnChangeField
        label={tOptions(locale, 'options.holdout')}
        hint={tOptions(locale, 'options.holdoutHint')}
        name="holdoutShare"
        type="number"
        max={HOLDOUT_MAX_SHARE * 100}
        adminNote={adminNote(services, locale, 'holdoutShare')}
        value={String(Math.round(settings.holdoutShare * 100))}
        // Settings clamp it to 0–50 %; an empty or invalid field means off.
        onChange={(value) => {
          const percent = Number(value || 0);
          void update((s) => ({ ...s, holdoutShare: Number.isFinite(percent) ? percent / 100 : 0 }));
        }}
      />
    </div>
  );
}

/** A checkbox with its hint; locked (and saying so) when the admin's policy sets it. */
function CheckField(props: {
  name: string;
  label: string;
  hint: string;
  checked: boolean;
  adminNote: string | undefined;
  onChange: (checked: boolean) => void;
}): JSX.Element {
  const hintId = `sf-${props.name}-hint`;
  return (
    <label class="sf-check">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        disabled={!!props.adminNote}
        aria-describedby={hintId}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <span>
        {props.label}
        <span class="sf-hint" id={hintId}>
          {props.hint}
        </span>
        <AdminNote text={props.adminNote} />
      </span>
    </label>
  );
}

/** A text or number field saved on change (when the agent leaves it or presses Enter), not per keystroke. */
export function SavedOnChangeField(props: {
  label: string;
  hint: string;
  name: string;
  type: 'text' | 'number';
  value: string;
  maxLength?: number;
  max?: number;
  /** Set: the admin's policy sets this field; shown disabled with this note (./admin-lock.ts). */
  adminNote?: string | undefined;
  onChange: (value: string) => void;
}): JSX.Element {
  const hintId = `sf-${props.name}-hint`;
  return (
    <label class="sf-field">
      <span class="sf-field-label">{props.label}</span>
      <input
        class="sf-input"
        // Preact types each input type apart; one component covers these two.
        type={props.type as 'text'}
        name={props.name}
        value={props.value}
        maxLength={props.maxLength}
        {...(props.type === 'number' ? { min: 0, max: props.max, step: 1 } : {})}
        aria-describedby={hintId}
        disabled={!!props.adminNote}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
      <span class="sf-hint" id={hintId}>
        {props.hint}
      </span>
      <AdminNote text={props.adminNote} />
    </label>
  );
}
