// Reply drafts. Model output is untrusted: text only (white-space: pre-wrap keeps its line breaks),
// the deterministic checks' flags beside it, and nothing is sent: the agent inserts and sends.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { say, t, type UiLocale } from '../i18n/index';
import { draftErrorText, flagLabel } from '../i18n/labels';
import type { SearchHit } from '../knowledge/types';
import { CautionList } from './bits';
import { DraftRating } from './DraftRating';
import { ModelFailed, ProblemText, RetryStatus } from './DraftsStatus';
import { DraftTools } from './DraftTools';
import { PanelBody, PanelSection, oneLine } from './PanelSection';
import type { RequestDescription } from '../drafts/prompt';
import type { DraftView, DraftsInfo, Panel, SidebarActions } from './state';
import { WhatWasSent } from './WhatWasSent';
import { onlyTrusted } from './trusted';

type DraftActions = Pick<SidebarActions, 'insert' | 'copy' | 'rateDraft' | 'retry' | 'reviseDraft' | 'showHeldDrafts'>;

interface DraftsPanelProps {
  drafts: Panel<DraftView[]>;
  info?: DraftsInfo | undefined;
  /** Requests made for the analysis (the knowledge query's embedding), for "What was sent". */
  sent?: readonly RequestDescription[] | undefined;
  /** Titles for citations; citations of snippets not shown are listed by id. */
  snippets: readonly SearchHit[];
  /** The ticket is flagged handle-personally and the setting says to hold drafts back. */
  held: boolean;
  locale: UiLocale;
  actions: DraftActions;
}

export function DraftsPanel(props: DraftsPanelProps): JSX.Element {
  const { locale, actions, info } = props;
  // Holding back is a default, not a lock: the agent may still look (reset when the ticket changes,
  // because the sidebar keys its panels by ticket). While the model request itself is held (a new
  // customer message holds it again), the panel says so whatever was clicked before.
  const [showAnyway, setShowAnyway] = useState(false);
  const retry = () => actions.retry('drafts');
  // A failed request says why in the agent's language, not the server's.
  const drafts: Panel<DraftView[]> =
    props.drafts.status === 'error' && info?.error
      ? { status: 'error', message: `${draftErrorText(locale, info.error.kind)} ${oneLine(say(locale, info.error.message))}` }
      : props.drafts;
  const busy = drafts.status === 'ready' && drafts.data.some((d) => d.streaming || d.revising);
  const sent = [...(info?.request && drafts.status === 'ready' ? [info.request] : []), ...(props.sent ?? [])];
  return (
    <PanelSection id="drafts" title={t(locale, 'drafts.title')}>
      {props.held && (!showAnyway || info?.held) ? (
        <div class="sf-state sf-held">
          <p>{t(locale, 'drafts.held')}</p>
          <button
            type="button"
            class="sf-btn"
            data-testid="show-held-drafts"
            onClick={onlyTrusted(() => {
              setShowAnyway(true);
              actions.showHeldDrafts?.();
            })}
          >
            {t(locale, 'drafts.showAnyway')}
          </button>
          {/* The model's reading of a held-back ticket (opt-in) is a request too: listed like any other. */}
          {props.sent && props.sent.length > 0 && <WhatWasSent requests={props.sent} locale={locale} />}
        </div>
      ) : (
        <>
          {info?.retryAt !== undefined && <RetryStatus retryAt={info.retryAt} locale={locale} />}
          {info?.error && drafts.status === 'ready' && <ModelFailed problem={info.error} locale={locale} onRetry={retry} />}
          <PanelBody
            panel={drafts}
            locale={locale}
            loading={t(locale, 'drafts.loading')}
            empty={t(locale, 'drafts.empty')}
            onRetry={retry}
            render={(list) => (
              <ol class="sf-cards">
                {list.map((draft, i) => (
                  <DraftCard
                    key={draft.id}
                    draft={draft}
                    n={i + 1}
                    busy={busy}
                    providerConfigured={!!info?.providerConfigured}
                    snippets={props.snippets}
                    locale={locale}
                    actions={actions}
                  />
                ))}
              </ol>
            )}
          />
          {sent.length > 0 && <WhatWasSent requests={sent} locale={locale} />}
        </>
      )}
    </PanelSection>
  );
}

function DraftCard(props: {
  draft: DraftView;
  n: number;
  busy: boolean;
  providerConfigured: boolean;
  snippets: readonly SearchHit[];
  locale: UiLocale;
  actions: DraftActions;
}): JSX.Element {
  const { draft, n, locale, actions } = props;
  const origin = { kind: 'draft', id: draft.id } as const;
  const titleOf = (id: string) => props.snippets.find((s) => s.id === id)?.title ?? id;
  const working = draft.streaming || !!draft.revising;
  return (
    <li class="sf-card sf-draft" data-testid="draft" aria-busy={working}>
      <div class="sf-card-head">
        <h3 class="sf-card-title">{t(locale, 'drafts.draftN', { n })}</h3>
        {working && (
          <span class="sf-streaming" role="status">
            <span class="sf-spinner" aria-hidden="true" />
            {t(locale, draft.revising ? 'drafts.revising' : 'drafts.streaming')}
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
      {draft.error && (
        <div class="sf-state sf-state-error sf-held" role="alert" data-testid="draft-tool-error">
          <ProblemText problem={draft.error} locale={locale} lead={t(locale, 'drafts.toolFailed')} />
        </div>
      )}
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
          disabled={working}
          aria-label={t(locale, 'drafts.insertLabel', { n })}
          onClick={onlyTrusted(() => actions.insert(draft.text, origin))}
        >
          {t(locale, 'drafts.insert')}
        </button>
        <button
          type="button"
          class="sf-btn"
          data-testid="copy-draft"
          disabled={working}
          aria-label={t(locale, 'drafts.copyLabel', { n })}
          onClick={onlyTrusted(() => actions.copy(draft.text, origin))}
        >
          {t(locale, 'drafts.copy')}
        </button>
        <DraftRating locale={locale} onRate={(rating, reason) => actions.rateDraft(draft.id, rating, reason)} />
      </div>
      {actions.reviseDraft && (
        <DraftTools
          draft={draft}
          n={n}
          busy={props.busy}
          providerConfigured={props.providerConfigured}
          locale={locale}
          onTool={actions.reviseDraft}
        />
      )}
    </li>
  );
}
