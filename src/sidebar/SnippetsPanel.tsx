// Knowledge snippets for the open ticket, plus the agent's own search. Passages come from imported
// files and help centres: rendered as text, matched words as <mark>, links only for http(s).
import type { JSX } from 'preact';
import { t, type UiLocale } from '../i18n/index';
import type { SearchHit } from '../knowledge/types';
import { Icon } from '../ui/icons';
import { HelpCenterSync } from './HelpCenterSync';
import { Highlighted } from './Highlighted';
import { safeHttpUrl } from './links';
import { PanelBody, PanelSection } from './PanelSection';
import { SearchBox } from './SearchBox';
import type { HelpCenterSyncView, Panel, SidebarActions } from './state';
import { onlyTrusted } from './trusted';

interface SnippetsPanelProps {
  snippets: Panel<SearchHit[]>;
  pinnedIds: readonly string[];
  locale: UiLocale;
  actions: Pick<SidebarActions, 'insert' | 'copy' | 'pinSnippet' | 'search' | 'retry' | 'syncHelpCenter'>;
  sync?: HelpCenterSyncView | undefined;
}

export function SnippetsPanel({ snippets, pinnedIds, locale, actions, sync }: SnippetsPanelProps): JSX.Element {
  return (
    <PanelSection id="snippets" title={t(locale, 'snippets.title')}>
      <SearchBox locale={locale} onSearch={actions.search} />
      <PanelBody
        panel={snippets}
        locale={locale}
        loading={t(locale, 'snippets.loading')}
        empty={t(locale, 'snippets.empty')}
        onRetry={() => actions.retry('snippets')}
        render={(hits) => (
          <ul class="sf-cards">
            {hits.map((hit) => (
              <SnippetCard key={hit.id} hit={hit} pinned={pinnedIds.includes(hit.id)} locale={locale} actions={actions} />
            ))}
          </ul>
        )}
      />
      {actions.syncHelpCenter && <HelpCenterSync sync={sync} locale={locale} onSync={actions.syncHelpCenter} />}
    </PanelSection>
  );
}

function SnippetCard(props: { hit: SearchHit; pinned: boolean; locale: UiLocale; actions: SnippetsPanelProps['actions'] }): JSX.Element {
  const { hit, pinned, locale, actions } = props;
  const href = safeHttpUrl(hit.url);
  const origin = { kind: 'snippet', id: hit.id } as const;
  const title = { title: hit.title };
  return (
    <li class="sf-card" data-testid="snippet" data-pinned={pinned}>
      <div class="sf-card-head">
        <h3 class="sf-card-title" dir="auto" lang={hit.language}>
          {hit.title}
        </h3>
        {hit.language && (
          <span class="sf-lang" lang={hit.language}>
            {hit.language.toUpperCase()}
          </span>
        )}
      </div>
      <p class="sf-passage" dir="auto" lang={hit.language}>
        <Highlighted text={hit.snippet} words={hit.matches} />
      </p>
      <div class="sf-actions">
        <button
          type="button"
          class="sf-btn sf-btn-primary"
          aria-label={t(locale, 'snippets.insertLabel', title)}
          onClick={onlyTrusted(() => actions.insert(hit.snippet, origin))}
        >
          {t(locale, 'snippets.insert')}
        </button>
        <button
          type="button"
          class="sf-btn"
          aria-label={t(locale, 'snippets.copyLabel', title)}
          onClick={onlyTrusted(() => actions.copy(hit.snippet, origin))}
        >
          {t(locale, 'snippets.copy')}
        </button>
        {actions.pinSnippet && (
          <button
            type="button"
            class="sf-btn"
            aria-pressed={pinned}
            aria-label={t(locale, pinned ? 'snippets.unpinLabel' : 'snippets.pinLabel', title)}
            onClick={onlyTrusted(() => actions.pinSnippet?.(hit.id, !pinned))}
          >
            <Icon name="pin" />
            {t(locale, pinned ? 'snippets.unpin' : 'snippets.pin')}
          </button>
        )}
        {href && (
          <a class="sf-source" href={href} target="_blank" rel="noopener noreferrer">
            {t(locale, 'snippets.source')}
            <Icon name="external" mirror />
          </a>
        )}
      </div>
    </li>
  );
}
