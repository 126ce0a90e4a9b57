import type { JSX } from 'preact';
import { say, t, type UiLocale } from '../i18n/index';
import { Icon } from '../ui/icons';
import { oneLine } from './PanelSection';
import { onlyTrusted } from './trusted';

/** The page is not a readable ticket: say why in one line, offer a retry, show nothing stale. */
export function TicketError(props: {
  message: string;
  params?: Record<string, string | number>;
  locale: UiLocale;
  onRetry: () => void;
}): JSX.Element {
  return (
    <div class="sf-page-error" data-testid="error" role="alert">
      <p class="sf-page-error-title">
        <Icon name="alert" />
        {t(props.locale, 'error.title')}
      </p>
      <p class="sf-page-error-reason" dir="auto">
        {/* No catalog yet: still a clear line, in English, never a bare key. */}
        {oneLine(say(props.locale, props.message, props.params)) || 'This page could not be read.'}
      </p>
      <button type="button" class="sf-btn" onClick={onlyTrusted(props.onRetry)}>
        {t(props.locale, 'error.retry')}
      </button>
    </div>
  );
}
