// The summary at the top of a long thread (issue 17 item 2): asked, the team's answer or promise, what
// is open. Quoted sentences stay in the thread's language; a line from an internal note is marked, and
// the section says when it uses notes, so nothing internal is mistaken for something the customer saw.
import type { JSX } from 'preact';
import { t, type UiLocale } from '../i18n/index';
import type { SummaryLine, ThreadSummary as Summary } from '../summary/extractive';
import { PanelBody, PanelSection } from './PanelSection';
import { flagLabel } from '../i18n/labels';
import { CautionList } from './bits';
import type { ModelSummaryView, Panel } from './state';
import { onlyTrusted } from './trusted';

function Line(props: { line: SummaryLine; locale: UiLocale; lang: string | undefined }): JSX.Element {
  return (
    <li data-internal={props.line.internal}>
      <q dir="auto" lang={props.lang}>
        {props.line.text}
      </q>
      {props.line.internal && <span class="sf-summary-note"> ({t(props.locale, 'summary.internalLine')})</span>}
    </li>
  );
}

function Body(props: { summary: Summary; locale: UiLocale; lang: string | undefined }): JSX.Element {
  const { summary, locale, lang } = props;
  const part = (key: 'summary.asked' | 'summary.team' | 'summary.open', lines: SummaryLine[], extra?: string) =>
    lines.length || extra ? (
      <div>
        <dt>{t(locale, key)}</dt>
        <dd>
          {extra && <span>{extra} </span>}
          <ul>
            {lines.map((line, i) => (
              <Line key={i} line={line} locale={locale} lang={lang} />
            ))}
          </ul>
        </dd>
      </div>
    ) : null;
  const waiting = summary.open.waitingOn === 'team' ? t(locale, 'summary.waitingTeam') : t(locale, 'summary.waitingCustomer');
  return (
    <>
      {summary.usesInternal && (
        <p class="sf-summary-note" data-testid="summary-internal">
          {t(locale, 'summary.internal')}
        </p>
      )}
      <dl>
        {part('summary.asked', summary.asked)}
        {part('summary.team', summary.team)}
        {part('summary.open', summary.open.text ? [summary.open.text] : [], waiting)}
      </dl>
    </>
  );
}

/** The provider's summary of the public messages: asked with a button, streamed, checked like a draft. */
function ModelSummary(props: { model: ModelSummaryView | undefined; locale: UiLocale; onAsk?: () => void }): JSX.Element | null {
  const { model, locale } = props;
  if (!model) {
    return props.onAsk ? (
      <button type="button" class="sf-btn" data-testid="model-summary-ask" onClick={onlyTrusted(props.onAsk)}>
        {t(locale, 'summary.askModel')}
      </button>
    ) : null;
  }
  if (model.status === 'failed') {
    const held = model.problem === 'held' || model.problem === 'holdout';
    return (
      <p class="sf-state sf-state-error" data-testid="model-summary" data-problem={model.problem} role="alert">
        {t(locale, held ? 'summary.modelHeld' : 'summary.modelFailed')}
      </p>
    );
  }
  return (
    <div data-testid="model-summary" data-status={model.status} aria-busy={model.status === 'streaming'}>
      <p class="sf-summary-note">{t(locale, 'summary.modelLabel')}</p>
      <p dir="auto">{model.text}</p>
      {!!model.flags?.length && (
        <CautionList
          class="sf-flags"
          title={t(locale, 'drafts.flags')}
          items={model.flags.map((flag) => ({ text: flag.detail, kind: flag.kind, label: flagLabel(locale, flag.kind) }))}
        />
      )}
    </div>
  );
}

export function ThreadSummary(props: {
  panel: Panel<Summary> | undefined;
  locale: UiLocale;
  lang: string | null;
  onRetry: () => void;
  model?: ModelSummaryView;
  /** Offered only with a provider and outside the holdout. */
  onAskModel?: () => void;
}): JSX.Element | null {
  const { panel, locale } = props;
  if (!panel || panel.status === 'empty') return null;
  return (
    <PanelSection id="summary" testId="thread-summary" title={t(locale, 'summary.title')}>
      <PanelBody
        panel={panel}
        locale={locale}
        loading={t(locale, 'summary.loading')}
        empty=""
        onRetry={props.onRetry}
        render={(summary) => <Body summary={summary} locale={locale} lang={props.lang ?? undefined} />}
      />
      {panel.status === 'ready' && <ModelSummary model={props.model} locale={locale} onAsk={props.onAskModel} />}
    </PanelSection>
  );
}
