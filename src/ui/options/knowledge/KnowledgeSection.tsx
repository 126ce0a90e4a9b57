// "Knowledge base" in the options page: import, the article list, export and delete-all. Everything
// goes through the background (`ask`), the one writer of the knowledge base.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { tOptions } from '../../../i18n/options/index';
import { useAsk } from '../ask';
import { ConfirmButton } from '../ConfirmButton';
import type { SectionProps } from '../types';
import { ArticleList } from './ArticleList';
import { downloadText } from './download';
import { EmbedPanel } from './EmbedPanel';
import { ImportPanel } from './ImportPanel';
import { adminNote } from '../admin-lock';

export function KnowledgeSection({
  locale,
  settings,
  services,
  download = downloadText,
}: SectionProps & { download?: typeof downloadText }): JSX.Element {
  const ask = useAsk();
  // Articles from before accounts existed were moved to "all accounts": say so until dismissed.
  const [migrated, setMigrated] = useState(0);
  useEffect(() => {
    void ask({ kind: 'knowledge-accounts-notice' }).then((reply) => reply.ok && setMigrated(reply.data));
  }, []);
  const dismissMigrated = async () => {
    const reply = await ask({ kind: 'knowledge-accounts-notice', dismiss: true });
    if (reply.ok) setMigrated(reply.data);
  };
  // Bumped after every change so the list reloads its page.
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState(0);
  const [notice, setNotice] = useState<{ failed: boolean; text: string } | null>(null);
  const changed = () => setVersion((v) => v + 1);

  const exportAll = async () => {
    const reply = await ask({ kind: 'knowledge-export' });
    if (!reply.ok) return setNotice({ failed: true, text: tOptions(locale, 'kb.failed', { reason: reply.error }) });
    const file = `souffleur-knowledge-${new Date().toISOString().slice(0, 10)}.jsonl`;
    download(file, reply.data);
    setNotice({ failed: false, text: tOptions(locale, 'kb.exported', { file }) });
  };

  const clearAll = async () => {
    const reply = await ask({ kind: 'knowledge-clear' });
    setNotice(
      reply.ok
        ? { failed: false, text: tOptions(locale, 'kb.cleared') }
        : { failed: true, text: tOptions(locale, 'kb.failed', { reason: reply.error }) },
    );
    changed();
  };

  return (
    <div class="sf-fields">
      {migrated > 0 && (
        <div class="sf-callout sf-row sf-row-spread" role="note" data-testid="kb-accounts-notice">
          <span>{tOptions(locale, 'kb.accountsMigrated', { count: migrated })}</span>
          <button type="button" class="sf-btn" onClick={() => void dismissMigrated()}>
            {tOptions(locale, 'kb.accountsMigratedOk')}
          </button>
        </div>
      )}
      <ImportPanel
        locale={locale}
        origins={settings.customHelpdeskOrigins}
        onImported={changed}
        managedAccounts={services.managed?.importAccounts}
        accountsNote={adminNote(services, locale, 'importAccounts')}
      />
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
