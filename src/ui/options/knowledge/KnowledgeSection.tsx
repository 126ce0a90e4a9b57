// "Knowledge base" in the options page: import, the article list, export and delete-all. Everything
// goes through the background (`ask`), the one writer of the knowledge base.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { tOptions } from '../../../i18n/options/index';
import { useAsk } from '../ask';
import { ConfirmButton } from '../ConfirmButton';
import type { SectionProps } from '../types';
import { ArticleList } from './ArticleList';
import { downloadText } from './download';
import { EmbedPanel } from './EmbedPanel';
import { ImportPanel } from './ImportPanel';

export function KnowledgeSection({ locale, download = downloadText }: SectionProps & { download?: typeof downloadText }): JSX.Element {
  const ask = useAsk();
  // Bumped after every change so the list reloads its page.
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState(0);
  const [notice, setNotice] = useState<{ failed: boolean; text: string } | null>(null);
  const changed = () => setVersion((v) => v + 1);

  const exportAll = async () => {
    const reply = await ask<string>({ kind: 'knowledge-export' });
    if (!reply.ok) return setNotice({ failed: true, text: tOptions(locale, 'kb.failed', { reason: reply.error }) });
    const file = `souffleur-knowledge-${new Date().toISOString().slice(0, 10)}.jsonl`;
    download(file, reply.data);
    setNotice({ failed: false, text: tOptions(locale, 'kb.exported', { file }) });
  };

  const clearAll = async () => {
    const reply = await ask({ kind: 'knowledge-clear' });
    setNotice(reply.ok ? { failed: false, text: tOptions(locale, 'kb.cleared') } : { failed: true, text: tOptions(locale, 'kb.failed', { reason: reply.error }) });
    changed();
  };

  return (
    <div class="sf-fields">
      <ImportPanel locale={locale} onImported={changed} />
      <hr class="sf-rule" />
      <ArticleList locale={locale} version={version} onChanged={changed} onTotal={setTotal} />
      {total > 0 && (
        <div class="sf-row sf-row-spread">
          <span class="sf-hint">{tOptions(locale, 'kb.total', { count: total })}</span>
          <div class="sf-row">
            <button type="button" class="sf-btn" onClick={() => void exportAll()}>
              {tOptions(locale, 'kb.export')}
            </button>
            <ConfirmButton
              label={tOptions(locale, 'kb.clear')}
              question={tOptions(locale, 'kb.confirmClear', { count: total })}
              confirmLabel={tOptions(locale, 'kb.confirmClearButton')}
              cancelLabel={tOptions(locale, 'kb.cancel')}
              onConfirm={() => void clearAll()}
            />
          </div>
        </div>
      )}
      {total > 0 && <EmbedPanel locale={locale} version={version} />}
      {notice && (
        <p class={notice.failed ? 'sf-field-error' : 'sf-hint'} role="status">
          {notice.text}
        </p>
      )}
    </div>
  );
}
