// Optional embeddings in the options page: how many passages have a vector, a button that starts
// embedding the rest, and its progress, polled from the background (which runs the batches, so closing
// the page does not lose the vectors written so far).
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Reply } from '../../../messaging/protocol';
import type { EmbedStatus } from '../../../messaging/responses';
import type { UiLocale } from '../../../i18n/index';
import { tOptions } from '../../../i18n/options/index';
import { useAsk } from '../ask';

const POLL_MS = 500;

export function EmbedPanel({
  locale,
  version,
  pollMs = POLL_MS,
}: {
  locale: UiLocale;
  version: number;
  pollMs?: number;
}): JSX.Element | null {
  const ask = useAsk();
  const [status, setStatus] = useState<EmbedStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const follow = (reply: Reply<EmbedStatus>) => {
    if (!reply.ok) return setFailure(reply.error);
    setFailure(reply.data.error ?? null);
    setStatus(reply.data);
    if (reply.data.running) timer.current = setTimeout(() => void ask({ kind: 'knowledge-embed-status' }).then(follow), pollMs);
  };

  useEffect(() => {
    void ask({ kind: 'knowledge-embed-status' }).then(follow);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [version]);

  if (!status) return null;
  if (!status.model) return <p class="sf-hint">{tOptions(locale, 'kb.embedHint')}</p>;
  return (
    <div class="sf-row sf-row-spread">
      <span class="sf-hint" role="status" data-testid="kb-embed-status">
        {status.running
          ? tOptions(locale, 'kb.embedProgress', { done: status.done, total: status.total })
          : tOptions(locale, 'kb.embedDone', { count: status.stored })}
      </span>
      <button type="button" class="sf-btn" disabled={status.running} onClick={() => void ask({ kind: 'knowledge-embed' }).then(follow)}>
        {tOptions(locale, 'kb.embed')}
      </button>
      {failure && <p class="sf-field-error">{tOptions(locale, 'kb.embedFailed', { reason: failure })}</p>}
      {status.sent?.requests > 0 && (
        <p class="sf-hint" data-testid="kb-embed-sent">
          {tOptions(locale, 'kb.embedSent', { requests: status.sent.requests, chars: status.sent.chars })}
        </p>
      )}
    </div>
  );
}
