// The answer of "Test connection": the models found, or what went wrong in the server's own words.
import type { JSX } from 'preact';
import type { ConnectionVerdict } from '../../../drafts/provider';
import type { UiLocale } from '../../../i18n/index';
import { tOptions } from '../../../i18n/options/index';

export function ConnectionVerdictLine({ locale, verdict }: { locale: UiLocale; verdict: ConnectionVerdict | null }): JSX.Element {
  return (
    <p class={verdict && !verdict.ok ? 'sf-field-error' : 'sf-verdict'} role="status" data-testid="provider-verdict">
      {verdict?.ok &&
        (verdict.models.length ? tOptions(locale, 'provider.okModels', { count: verdict.models.length }) : tOptions(locale, 'provider.ok'))}
      {verdict && !verdict.ok && (
        <>
          {tOptions(locale, `provider.error.${verdict.kind}`)}: {/* The server's own words, usually English. */}
          <bdi>{verdict.message}</bdi>
        </>
      )}
    </p>
  );
}
