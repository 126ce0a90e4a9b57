// The knowledge sync's line under the snippets (help center, macros, canned responses, solution articles): a button to start (or resume) it and, once started,
// its progress, result or reason for stopping. Quiet by design: agents come here for snippets.
import type { JSX } from 'preact';
import { t, type UiLocale } from '../i18n/index';
import { oneLine } from './PanelSection';
import { SOURCE_BADGES } from './source-badges';
import type { HelpCenterSyncView } from './state';
import { onlyTrusted } from './trusted';

export function HelpCenterSync({
  sync,
  locale,
  onSync,
}: {
  sync: HelpCenterSyncView | undefined;
  locale: UiLocale;
  onSync: () => void;
}): JSX.Element {
  const label = !sync ? 'sync.button' : sync.status === 'failed' ? 'sync.resume' : 'sync.again';
  return (
    <div class="sf-sync">
      <button
        type="button"
        class="sf-btn sf-btn-quiet"
        data-testid="sync-help-center"
        disabled={sync?.status === 'running'}
        onClick={onlyTrusted(onSync)}
      >
        {t(locale, label)}
      </button>
      {sync && (
        <p class={sync.status === 'failed' ? 'sf-state sf-state-error' : 'sf-state'} role="status" data-testid="sync-status">
          {sync.status === 'running' && <span class="sf-spinner" aria-hidden="true" />}
          <span dir="auto">{message(sync, locale)}</span>
        </p>
      )}
      {/* Each source the run passed by, and why, named as its snippets' badge (every synced source has one:
          tests/unit/help-center-sync.test.ts). Localized whole, so no dir=auto; no test id: the content
          script's bytes count. */}
      {sync?.passedBy?.map(({ source, reason }) => (
        <p class="sf-state sf-state-error">{t(locale, `sync.passedBy.${reason}`, { source: t(locale, SOURCE_BADGES[source]!) })}</p>
      ))}
    </div>
  );
}

function message(sync: HelpCenterSyncView, locale: UiLocale): string {
  switch (sync.status) {
    case 'running':
      return t(locale, 'sync.running', { articles: sync.articles });
    case 'done':
      return t(locale, 'sync.done', sync);
    case 'failed':
      return t(locale, 'sync.failed', { reason: oneLine(sync.message) });
  }
}
