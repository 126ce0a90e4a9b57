// Interface language, theme, and whether to hold drafts back on handle-personally tickets.
import type { JSX } from 'preact';
import { LOCALE_NAMES, type UiLocale } from '../../i18n/index';
import { tOptions } from '../../i18n/options/index';
import { THEME_CHOICES, UI_LANGUAGE_CHOICES, type Settings } from '../../settings/schema';
import { SelectField } from './SelectField';
import type { SectionProps } from './types';

const themeKey = {
  auto: 'options.theme.auto',
  light: 'options.theme.light',
  dark: 'options.theme.dark',
} as const satisfies Record<Settings['theme'], string>;

export function GeneralSection({ settings, locale, update }: SectionProps): JSX.Element {
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
      <label class="sf-check">
        <input
          type="checkbox"
          name="holdDraftsWhenHandlePersonally"
          checked={settings.holdDraftsWhenHandlePersonally}
          aria-describedby="sf-hold-hint"
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            void update((s) => ({ ...s, holdDraftsWhenHandlePersonally: checked }));
          }}
        />
        <span>
          {tOptions(locale, 'options.holdDrafts')}
          <span class="sf-hint" id="sf-hold-hint">
            {tOptions(locale, 'options.holdDraftsHint')}
          </span>
        </span>
      </label>
    </div>
  );
}
