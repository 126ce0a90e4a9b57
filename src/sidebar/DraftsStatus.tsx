// Above the drafts: the provider is busy and we retry (with a countdown), or the model failed and the
// drafts are offline ones, with the reason and a button to ask the model again.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { say, t, type UiLocale } from '../i18n/index';
import { draftErrorText } from '../i18n/labels';
import { oneLine } from './PanelSection';
import type { DraftProblem } from './state';
import { onlyTrusted } from './trusted';

export function RetryStatus(props: { retryAt: number; locale: UiLocale }): JSX.Element {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [props.retryAt]);
  const seconds = Math.ceil((props.retryAt - now) / 1000);
  return (
    <p class="sf-state" role="status" data-testid="drafts-retrying">
      <span class="sf-spinner" aria-hidden="true" />
      {seconds > 0 ? t(props.locale, 'drafts.retrying', { seconds }) : t(props.locale, 'drafts.retryingNow')}
    </p>
  );
}

/** Why a model call failed: the localized kind first, the server's one-line detail under it. */
export function ProblemText(props: { problem: DraftProblem; locale: UiLocale; lead?: string }): JSX.Element {
  const detail = props.problem.message && say(props.locale, props.problem.message);
  return (
    <>
      <p>
        {props.lead && `${props.lead} `}
        {draftErrorText(props.locale, props.problem.kind)}
      </p>
      {detail && (
        <p class="sf-hint" dir="auto">
          {oneLine(detail)}
        </p>
      )}
    </>
  );
}

export function ModelFailed(props: { problem: DraftProblem; locale: UiLocale; onRetry: () => void }): JSX.Element {
  const { locale } = props;
  return (
    <div class="sf-model-failed" data-testid="drafts-model-error" role="alert">
      <ProblemText problem={props.problem} locale={locale} lead={t(locale, 'drafts.modelFailed')} />
      <button type="button" class="sf-btn" onClick={onlyTrusted(props.onRetry)}>
        {t(locale, 'drafts.tryModel')}
      </button>
    </div>
  );
}
