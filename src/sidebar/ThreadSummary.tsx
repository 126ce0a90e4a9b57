// The summary at the top of a long thread (issue 17 item 2): asked, the team's answer or promise, what
// is open. Quoted sentences stay in the thread's language; a line from an internal note is marked, and
// the section says when it uses notes, so nothing internal is mistaken for something the customer saw.
import type { JSX } from 'preact';
import { t, type UiLocale } from '../i18n/index';
import type { SummaryLine, ThreadSummary as Summary } from '../summary/extractive';
import { PanelBody, PanelSection } from './PanelSection';
import type { Panel } from './state';

function Line(props: { line: SummaryLine; locale: UiLocale; lang: string | undefined }): JSX.Element {
  return (
    <li data-internal={props.line.internal}>
      <q dir="auto" lang={props.lang}>{props.line.text}</q>
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
          <ul>{lines.map((line, i) => <Line key={i} line={line} locale={locale} lang={lang} />)}</ul>
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

export function ThreadSummary(props: { panel: Panel<Summary> | undefined; locale: UiLocale; lang: string | null; onRetry: () => void }): JSX.Element | null {
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
    </PanelSection>
  );
}
