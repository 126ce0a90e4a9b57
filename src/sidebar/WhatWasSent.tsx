// "What was sent": every request behind what the sidebar shows, as text: the drafts' chat request and
// the knowledge query's embedding. Personal data appears only as placeholders (the values stay in the
// browser); the API key is never part of it.
import type { JSX } from 'preact';
import type { RequestDescription } from '../drafts/prompt';
import { t, type UiLocale } from '../i18n/index';

export function WhatWasSent(props: { requests: readonly RequestDescription[]; locale: UiLocale }): JSX.Element {
  const { requests, locale } = props;
  return (
    <details class="sf-sent" data-testid="what-was-sent">
      <summary>{t(locale, 'drafts.sent')}</summary>
      {requests.map((request, r) => {
        const replaced = Object.values(request.redacted).reduce((sum, n) => sum + n, 0);
        const summary = request.kind === 'embedding' ? 'drafts.sentEmbedding' : 'drafts.sentSummary';
        return (
          <section key={r} data-testid="sent-request" data-kind={request.kind ?? 'chat'}>
            <p class="sf-hint">{t(locale, summary, { model: request.model ?? '?', tokens: request.approxTokens, count: replaced })}</p>
            {request.messages.map((message, i) => (
              <div key={i}>
                <p class="sf-subheading" dir="ltr">
                  {i + 1}. {message.role} · {message.chars}
                </p>
                <pre class="sf-sent-text" dir="auto">
                  {message.content}
                </pre>
              </div>
            ))}
          </section>
        );
      })}
    </details>
  );
}
