// The stored articles, a page at a time from the background, with a filter over the loaded page,
// edit and delete.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { UiLocale } from '../../../i18n/index';
import { tOptions } from '../../../i18n/options/index';
import type { Article } from '../../../knowledge/types';
import { useAsk } from '../ask';
import { ConfirmButton } from '../ConfirmButton';
import { ArticleEditor } from './ArticleEditor';
import { ALL_ACCOUNTS } from '../../../knowledge/account';

export const PAGE_SIZE = 50;

type Notice = { kind: 'ok' | 'failed'; text: string } | null;

export function ArticleList(props: {
  locale: UiLocale;
  version: number;
  onChanged: () => void;
  onTotal: (n: number) => void;
}): JSX.Element {
  const { locale } = props;
  const ask = useAsk();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ articles: Article[]; total: number } | null>(null);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const failed = (reason: string) => setNotice({ kind: 'failed', text: tOptions(locale, 'kb.failed', { reason }) });

  useEffect(() => {
    let current = true;
    void ask({ kind: 'knowledge-list', offset, limit: PAGE_SIZE }).then((reply) => {
      if (!current) return;
      if (!reply.ok) return failed(reply.error);
      // After deletions the page may lie past the end: step back to the last page.
      if (reply.data.articles.length === 0 && offset > 0) return setOffset(Math.max(0, offset - PAGE_SIZE));
      setPage(reply.data);
      props.onTotal(reply.data.total);
    });
    return () => void (current = false);
  }, [offset, props.version]);

  const run = async (request: Parameters<typeof ask>[0], done: string) => {
    const reply = await ask(request);
    if (!reply.ok) return failed(reply.error);
    setEditing(null);
    setNotice({ kind: 'ok', text: done });
    props.onChanged();
  };

  const needle = filter.trim().toLowerCase();
  const shown = (page?.articles ?? []).filter(
    (a) =>
      !needle ||
      a.title.toLowerCase().includes(needle) ||
      a.body.toLowerCase().includes(needle) ||
      (a.tags ?? []).some((t) => t.toLowerCase().includes(needle)),
  );
  const total = page?.total ?? 0;

  return (
    <div class="sf-fields">
      <div class="sf-row sf-row-spread">
        <h3 class="sf-subheading">{tOptions(locale, 'kb.articles')}</h3>
        {total > 0 && (
          <label class="sf-field">
            <span class="sf-visually-hidden">{tOptions(locale, 'kb.filter')}</span>
            <input
              class="sf-input"
              type="search"
              name="kb-filter"
              placeholder={tOptions(locale, 'kb.filter')}
              value={filter}
              onInput={(e) => setFilter(e.currentTarget.value)}
            />
          </label>
        )}
      </div>
      {notice && (
        <p class={notice.kind === 'failed' ? 'sf-field-error' : 'sf-hint'} role="status">
          {notice.text}
        </p>
      )}
      {page && total === 0 && <p class="sf-empty">{tOptions(locale, 'kb.empty')}</p>}
      {page && total > 0 && shown.length === 0 && <p class="sf-empty">{tOptions(locale, 'kb.noMatch')}</p>}
      {shown.length > 0 && (
        <ul class="sf-articles">
          {shown.map((article) => (
            <li key={article.id} class="sf-article" data-testid="kb-article">
              {editing === article.id ? (
                <ArticleEditor
                  article={article}
                  locale={locale}
                  onCancel={() => setEditing(null)}
                  onSave={(next) => void run({ kind: 'knowledge-update', article: next }, tOptions(locale, 'kb.updated'))}
                />
              ) : (
                <div class="sf-article-row">
                  <div class="sf-article-text">
                    <bdi class="sf-article-title">{article.title || article.id}</bdi>
                    <span class="sf-article-meta">
                      <bdi>{[article.language, article.source, ...onlyAccounts(article)].filter(Boolean).join(' · ')}</bdi>
                    </span>
                    <span class="sf-article-body">
                      <bdi>{article.body.slice(0, 160)}</bdi>
                    </span>
                  </div>
                  <button
                    type="button"
                    class="sf-btn"
                    aria-label={tOptions(locale, 'kb.editLabel', { title: article.title })}
                    onClick={() => setEditing(article.id)}
                  >
                    {tOptions(locale, 'kb.edit')}
                  </button>
                  <ConfirmButton
                    label={tOptions(locale, 'kb.delete')}
                    ariaLabel={tOptions(locale, 'kb.deleteLabel', { title: article.title })}
                    question={tOptions(locale, 'kb.confirmDelete')}
                    confirmLabel={tOptions(locale, 'kb.confirm')}
                    cancelLabel={tOptions(locale, 'kb.cancel')}
                    onConfirm={() => void run({ kind: 'knowledge-delete', id: article.id }, tOptions(locale, 'kb.deleted'))}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {total > PAGE_SIZE && (
        <nav class="sf-row sf-row-spread" aria-label={tOptions(locale, 'kb.articles')}>
          <button type="button" class="sf-btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {tOptions(locale, 'kb.previous')}
          </button>
          <span class="sf-hint">{tOptions(locale, 'kb.page', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), total })}</span>
          <button type="button" class="sf-btn" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {tOptions(locale, 'kb.next')}
          </button>
        </nav>
      )}
    </div>
  );
}

/** The accounts an article is limited to; none shown for "all accounts". */
function onlyAccounts(article: Article): string[] {
  return article.accounts && !article.accounts.includes(ALL_ACCOUNTS) ? article.accounts : [];
}
