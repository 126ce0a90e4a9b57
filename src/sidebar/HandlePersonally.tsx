import type { JSX } from 'preact';
import type { HandleReason } from '../cue/types';
import { t, type UiLocale } from '../i18n/index';
import { reasonLabel } from '../i18n/labels';

/** Shown above everything else when the cue says a human judgment matters most here. */
export function HandlePersonally(props: { reasons: HandleReason[]; locale: UiLocale }): JSX.Element {
  const { locale } = props;
  return (
    <div class="sf-handle" data-testid="handle-personally" role="note">
      <p class="sf-handle-title">{t(locale, 'handle.title')}</p>
      {props.reasons.length > 0 && (
        <p class="sf-handle-reasons">
          {t(locale, 'handle.intro')}{' '}
          {props.reasons.map((reason, i) => (
            <span key={reason} data-reason={reason}>
              {i > 0 && (locale === 'ar' ? '، ' : ', ')}
              {reasonLabel(locale, reason)}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
