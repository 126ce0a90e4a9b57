// Every panel has the same frame and the same loading / empty / error states, so an agent learns
// them once. Errors show the reason in one line and a retry button, never a stack trace.
import type { ComponentChildren, JSX } from 'preact';
import { say, t, type UiLocale } from '../i18n/index';
import type { Panel } from './state';
import { onlyTrusted } from './trusted';

export function PanelSection(props: {
  id: string;
  title: string;
  testId?: string;
  extra?: ComponentChildren;
  children: ComponentChildren;
}): JSX.Element {
  const headingId = `sf-${props.id}-title`;
  return (
    <section class={`sf-panel sf-panel-${props.id}`} data-testid={props.testId} aria-labelledby={headingId}>
      <h2 class="sf-panel-title" id={headingId}>
        {props.title}
        {props.extra}
      </h2>
      {props.children}
    </section>
  );
}

/** One line, no stack: errors may come from deep inside the background. */
export function oneLine(message: string, max = 200): string {
  const first = message.split('\n').find((line) => line.trim()) ?? '';
  const line = first.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function PanelBody<T>(props: {
  panel: Panel<T>;
  locale: UiLocale;
  loading: string;
  empty: string;
  onRetry: () => void;
  render: (data: T) => ComponentChildren;
}): JSX.Element {
  const { panel, locale } = props;
  switch (panel.status) {
    case 'loading':
      return (
        <p class="sf-state sf-state-loading" role="status">
          <span class="sf-spinner" aria-hidden="true" />
          {props.loading}
        </p>
      );
    case 'empty':
      return <p class="sf-state">{props.empty}</p>;
    case 'error':
      return (
        <div class="sf-state sf-state-error" data-testid="panel-error" role="alert">
          <p>
            {t(locale, 'panel.error')} <span dir="auto">{oneLine(say(locale, panel.message, panel.params))}</span>
          </p>
          <button type="button" class="sf-btn" onClick={onlyTrusted(props.onRetry)}>
            {t(locale, 'panel.retry')}
          </button>
        </div>
      );
    case 'ready':
      return <>{props.render(panel.data)}</>;
  }
}
