// "What was sent": the exact redacted request behind the drafts, as text. Personal data appears only
// as placeholders (the values stay in the browser); the API key is never part of it.
import type { JSX } from 'preact';
import type { RequestDescription } from '../drafts/prompt';
import { t, type UiLocale } from '../i18n/index';

export function WhatWasSent(props: { request: RequestDescription; locale: UiLocale }): JSX.Element {
  const { request, locale } = props;
  const replaced = Object.values(request.redacted).reduce((sum, n) => sum + n, 0);
  return (
    <details class="sf-sent" data-testid="what-was-sent">
      <summary>{t(locale, 'drafts.sent')}</summary>
      <p class="sf-hint">
        {t(locale, 'drafts.sentSummary', { model: request.model ?? '?', tokens: request.approxTokens, count: replaced })}
      </p>
      {request.messages.map((message, i) => (
        <div key={i} class="sf-sent-message">
          <p class="sf-subheading" dir="ltr">
            {i + 1}. {message.role} · {message.chars}
          </p>
          <pre class="sf-sent-text" dir="auto">
            {message.content}
          </pre>
        </div>
      ))}
    </details>
  );
}
