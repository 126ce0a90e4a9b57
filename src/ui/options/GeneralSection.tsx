// Interface language, theme, and whether to hold drafts back on handle-personally tickets.
import type { JSX } from 'preact';
import { LOCALE_NAMES, t, type UiLocale } from '../../i18n/index';
import { THEME_CHOICES, UI_LANGUAGE_CHOICES, type Settings } from '../../settings/schema';
import type { SectionProps } from './types';

const themeKey = {
  auto: 'options.theme.auto',
  light: 'options.theme.light',
  dark: 'options.theme.dark',
} as const satisfies Record<Settings['theme'], string>;

export function GeneralSection({ settings, locale, update }: SectionProps): JSX.Element {
  const languageName = (choice: Settings['uiLanguage']) =>
    choice === 'auto' ? t(locale, 'options.uiLanguage.auto') : LOCALE_NAMES[choice as UiLocale];
  return (
    <div class="sf-fields">
      <label class="sf-field">
        <span class="sf-field-label">{t(locale, 'options.uiLanguage')}</span>
        <select
          class="sf-input"
          name="uiLanguage"
          value={settings.uiLanguage}
          onChange={(event) => {
            const value = event.currentTarget.value as Settings['uiLanguage'];
            void update((s) => ({ ...s, uiLanguage: value }));
          }}
        >
          {UI_LANGUAGE_CHOICES.map((choice) => (
            <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
              {languageName(choice)}
            </option>
          ))}
        </select>
      </label>
      <label class="sf-field">
        <span class="sf-field-label">{t(locale, 'options.theme')}</span>
        <select
          class="sf-input"
          name="theme"
          value={settings.theme}
          onChange={(event) => {
            const value = event.currentTarget.value as Settings['theme'];
            void update((s) => ({ ...s, theme: value }));
          }}
        >
          {THEME_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(locale, themeKey[choice])}
            </option>
          ))}
        </select>
      </label>
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
          {t(locale, 'options.holdDrafts')}
          <span class="sf-hint" id="sf-hold-hint">
            {t(locale, 'options.holdDraftsHint')}
          </span>
        </span>
      </label>
    </div>
  );
}
