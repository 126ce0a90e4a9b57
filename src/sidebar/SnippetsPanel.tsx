// Knowledge snippets for the open ticket, plus the agent's own search. Passages come from imported
// files, help centres and the team's macros and canned responses: rendered as text, matched words as
// <mark>, links only for http(s), each with a badge saying where it comes from. A macro's or canned
// response's placeholders are filled here from the ticket on screen (never sent anywhere), and those
// the ticket cannot fill are named under it, so the agent completes them before sending.
import type { JSX } from 'preact';
import { t, type UiLocale } from '../i18n/index';
import { fillPlaceholders, isTemplate, type FillContext } from '../knowledge/macros/placeholders';
import type { SearchHit } from '../knowledge/types';
import { Icon } from '../ui/icons';
import { HelpCenterSync } from './HelpCenterSync';
import { Highlighted } from './Highlighted';
import { safeHttpUrl } from './links';
import { PanelBody, PanelSection } from './PanelSection';
import { SearchBox } from './SearchBox';
import { SOURCE_BADGES } from './source-badges';
import type { HelpCenterSyncView, Panel, SidebarActions } from './state';
import { onlyTrusted } from './trusted';

interface SnippetsPanelProps {
  snippets: Panel<SearchHit[]>;
  pinnedIds: readonly string[];
  locale: UiLocale;
  actions: Pick<SidebarActions, 'insert' | 'copy' | 'pinSnippet' | 'search' | 'retry' | 'syncHelpCenter'>;
  sync?: HelpCenterSyncView | undefined;
  /** The ticket on screen and the agent's name, for macros' placeholders; null: shown as written. */
  fill?: FillContext | null;
}

/** What the card shows, inserts and copies, and the placeholders left for the agent. */
function snippetText(hit: SearchHit, fill: FillContext | null | undefined): { text: string; unfilled: string[] } {
  // A reply template is shown whole (not a passage of it) and filled from the ticket.
  if (!isTemplate(hit.source)) return { text: hit.snippet, unfilled: [] };
  const template = hit.passage || hit.snippet;
  return fill ? fillPlaceholders(template, fill) : { text: template, unfilled: [] };
}

export function SnippetsPanel({ snippets, pinnedIds, locale, actions, sync, fill }: SnippetsPanelProps): JSX.Element {
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
              <SnippetCard key={hit.id} hit={hit} pinned={pinnedIds.includes(hit.id)} locale={locale} actions={actions} fill={fill} />
            ))}
          </ul>
        )}
      />
      {actions.syncHelpCenter && <HelpCenterSync sync={sync} locale={locale} onSync={actions.syncHelpCenter} />}
    </PanelSection>
  );
}

function SnippetCard(props: {
  hit: SearchHit;
  pinned: boolean;
  locale: UiLocale;
  actions: SnippetsPanelProps['actions'];
  fill: FillContext | null | undefined;
}): JSX.Element {
  const { hit, pinned, locale, actions } = props;
  const { text, unfilled } = snippetText(hit, props.fill);
  const badge = hit.source ? SOURCE_BADGES[hit.source] : undefined;
  const href = safeHttpUrl(hit.url);
  const origin = { kind: 'snippet', id: hit.id } as const;
  const title = { title: hit.title };
  return (
    <li class="sf-card" data-testid="snippet" data-pinned={pinned}>
      <div class="sf-card-head">
        <h3 class="sf-card-title" dir="auto" lang={hit.language}>
          {hit.title}
        </h3>
        {badge && (
          <span class="sf-lang" data-testid="snippet-badge">
            {t(locale, badge)}
          </span>
        )}
        {hit.language && (
          <span class="sf-lang" lang={hit.language}>
            {hit.language.toUpperCase()}
          </span>
        )}
      </div>
      <p class="sf-passage" dir="auto" lang={hit.language}>
        <Highlighted text={text} words={hit.matches} />
      </p>
      {unfilled.length > 0 && (
        <p class="sf-caution" data-testid="snippet-unfilled" dir="auto">
          {t(locale, 'snippets.unfilled', { placeholders: unfilled.join(' ') })}
        </p>
      )}
      <div class="sf-actions">
        <button
          type="button"
          class="sf-btn sf-btn-primary"
          aria-label={t(locale, 'snippets.insertLabel', title)}
          onClick={onlyTrusted(() => actions.insert(text, origin))}
        >
          {t(locale, 'snippets.insert')}
        </button>
        <button
          type="button"
          class="sf-btn"
          aria-label={t(locale, 'snippets.copyLabel', title)}
          onClick={onlyTrusted(() => actions.copy(text, origin))}
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
