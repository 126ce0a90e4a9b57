import type { JSX } from 'preact';
import { t, type UiLocale } from '../i18n/index';
import { Icon } from '../ui/icons';
import type { SidebarState } from './state';

/** The short message after an action ("Inserted", "Copied: the reply box was not found"). */
export function Notice(props: { notice: NonNullable<SidebarState['notice']>; locale: UiLocale; onDismiss: () => void }): JSX.Element {
  return (
    <div class="sf-notice" data-kind={props.notice.kind} data-testid="notice" role="status">
      {props.notice.kind === 'warning' && <Icon name="alert" />}
      <span class="sf-notice-text">{props.notice.text}</span>
      <button
        type="button"
        class="sf-btn sf-btn-icon sf-btn-quiet"
        aria-label={t(props.locale, 'notice.dismiss')}
        onClick={() => props.onDismiss()}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}
