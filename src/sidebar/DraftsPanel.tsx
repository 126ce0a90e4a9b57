// Reply drafts. Model output is untrusted: text only (white-space: pre-wrap keeps its line breaks),
// the deterministic checks' flags beside it, and nothing is sent: the agent inserts and sends.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t, type UiLocale } from '../i18n/index';
import { flagLabel } from '../i18n/labels';
import type { SearchHit } from '../knowledge/types';
import { CautionList, RatingButtons } from './bits';
import { PanelBody, PanelSection } from './PanelSection';
import type { DraftView, Panel, SidebarActions } from './state';

type DraftActions = Pick<SidebarActions, 'insert' | 'copy' | 'rateDraft' | 'retry'>;

interface DraftsPanelProps {
  drafts: Panel<DraftView[]>;
  /** Titles for citations; citations of snippets not shown are listed by id. */
  snippets: readonly SearchHit[];
  /** The ticket is flagged handle-personally and the setting says to hold drafts back. */
  held: boolean;
  locale: UiLocale;
  actions: DraftActions;
}

export function DraftsPanel(props: DraftsPanelProps): JSX.Element {
  const { locale, actions } = props;
  // Holding back is a default, not a lock: the agent may still look (reset when the ticket changes,
  // because the sidebar keys its panels by ticket).
  const [showAnyway, setShowAnyway] = useState(false);
  return (
    <PanelSection id="drafts" title={t(locale, 'drafts.title')}>
      {props.held && !showAnyway ? (
        <div class="sf-state sf-held">
          <p>{t(locale, 'drafts.held')}</p>
          <button type="button" class="sf-btn" onClick={() => setShowAnyway(true)}>
            {t(locale, 'drafts.showAnyway')}
          </button>
        </div>
      ) : (
        <PanelBody
          panel={props.drafts}
          locale={locale}
          loading={t(locale, 'drafts.loading')}
          empty={t(locale, 'drafts.empty')}
          onRetry={() => actions.retry('drafts')}
          render={(drafts) => (
            <ol class="sf-cards">
              {drafts.map((draft, i) => (
                <DraftCard key={draft.id} draft={draft} n={i + 1} snippets={props.snippets} locale={locale} actions={actions} />
              ))}
            </ol>
          )}
        />
      )}
    </PanelSection>
  );
}

function DraftCard(props: {
  draft: DraftView;
  n: number;
  snippets: readonly SearchHit[];
  locale: UiLocale;
  actions: DraftActions;
}): JSX.Element {
  const { draft, n, locale, actions } = props;
  const [rating, setRating] = useState<'up' | 'down' | null>(null);
  const origin = { kind: 'draft', id: draft.id } as const;
  const rate = (value: 'up' | 'down') => {
    setRating(value);
    actions.rateDraft(draft.id, value);
  };
  const titleOf = (id: string) => props.snippets.find((s) => s.id === id)?.title ?? id;
  return (
    <li class="sf-card sf-draft" data-testid="draft" aria-busy={draft.streaming}>
      <div class="sf-card-head">
        <h3 class="sf-card-title">{t(locale, 'drafts.draftN', { n })}</h3>
        {draft.streaming && (
          <span class="sf-streaming" role="status">
            <span class="sf-spinner" aria-hidden="true" />
            {t(locale, 'drafts.streaming')}
          </span>
        )}
      </div>
      {draft.flags.length > 0 && (
        <CautionList
          class="sf-flags"
          title={t(locale, 'drafts.flags')}
          items={draft.flags.map((flag) => ({ text: flag.detail, kind: flag.kind, label: flagLabel(locale, flag.kind) }))}
        />
      )}
      <p class="sf-draft-text" dir="auto">
        {draft.text}
      </p>
      {draft.citations.length > 0 && (
        <p class="sf-citations">
          <span>{t(locale, 'drafts.sources')}:</span>
          {draft.citations.map((id) => (
            <bdi key={id} class="sf-chip">
              {titleOf(id)}
            </bdi>
          ))}
        </p>
      )}
      <div class="sf-actions">
        <button
          type="button"
          class="sf-btn sf-btn-primary"
          data-testid="insert-draft"
          disabled={draft.streaming}
          aria-label={t(locale, 'drafts.insertLabel', { n })}
          onClick={() => actions.insert(draft.text, origin)}
        >
          {t(locale, 'drafts.insert')}
        </button>
        <button
          type="button"
          class="sf-btn"
          data-testid="copy-draft"
          disabled={draft.streaming}
          aria-label={t(locale, 'drafts.copyLabel', { n })}
          onClick={() => actions.copy(draft.text, origin)}
        >
          {t(locale, 'drafts.copy')}
        </button>
        <span class="sf-actions-end">
          <RatingButtons
            value={rating}
            upLabel={t(locale, 'drafts.rateUp')}
            downLabel={t(locale, 'drafts.rateDown')}
            onRate={rate}
            testIds
          />
        </span>
      </div>
    </li>
  );
}
