// Polish my reply (issue 19): the agent writes, Souffleur proposes small edits to their own words,
// each shown as before → after and applied only when the agent accepts it. Reading the reply box and
// applying edits is the content script's (src/content/polish.ts); this only shows and asks.
import type { JSX } from 'preact';
import { t, type UiLocale } from '../i18n/index';
import { oneLine, PanelSection } from './PanelSection';
import type { PolishEditView, PolishView, SidebarActions, TranslationView } from './state';
import { WhatWasSent } from './WhatWasSent';
import { onlyTrusted } from './trusted';

export const POLISH_SHORTCUT = 'Alt+Shift+P';

function Edit(props: { edit: PolishEditView; locale: UiLocale; decide: (accept: boolean) => void }): JSX.Element {
  const { edit, locale } = props;
  return (
    <li class="sf-polish-edit" data-testid="polish-edit" data-decision={edit.decision ?? 'pending'} data-kind={edit.kind}>
      <span dir="auto">
        <del>{edit.before}</del> → <ins>{edit.after}</ins>
      </span>
      <span class="sf-polish-kind">{t(locale, `polish.kind.${edit.kind}`)}</span>
      {edit.why && (
        <span class="sf-polish-why" dir="auto">
          {edit.why}
        </span>
      )}
      {edit.decision ? (
        <span class="sf-polish-kind">{t(locale, `polish.${edit.decision}`)}</span>
      ) : (
        <span>
          <button type="button" class="sf-btn" data-testid="accept-edit" onClick={onlyTrusted(() => props.decide(true))}>
            {t(locale, 'polish.accept')}
          </button>
          <button type="button" class="sf-btn sf-btn-quiet" data-testid="reject-edit" onClick={onlyTrusted(() => props.decide(false))}>
            {t(locale, 'polish.reject')}
          </button>
        </span>
      )}
    </li>
  );
}

/** The two states before an answer: asked (a status line) or failed (a visible error in one line). */
function Waiting(props: { view: { status: 'loading' } | { status: 'error'; message: string }; busy: string }): JSX.Element {
  return props.view.status === 'loading' ? (
    <p class="sf-state sf-state-loading" role="status">
      {props.busy}
    </p>
  ) : (
    <p class="sf-state sf-state-error" data-testid="error" role="alert">
      {oneLine(props.view.message)}
    </p>
  );
}

function Body(props: { view: PolishView; locale: UiLocale; actions: SidebarActions }): JSX.Element | null {
  const { view, locale, actions } = props;
  if (view.status !== 'ready') return <Waiting view={view} busy={t(locale, 'polish.reading')} />;
  const pending = view.edits.filter((edit) => !edit.decision).length;
  return (
    <>
      {view.providerError && (
        <p class="sf-state sf-state-warning" data-testid="polish-provider-error" role="status">
          {t(locale, 'polish.providerFailed', { reason: oneLine(view.providerError, 120) })}
        </p>
      )}
      {!view.language && !view.edits.length && <p class="sf-state">{t(locale, 'polish.noDictionary')}</p>}
      {view.language !== null && !view.edits.length && (
        <p class="sf-state" data-testid="polish-none">
          {t(locale, 'polish.none')}
        </p>
      )}
      <ul>
        {view.edits.map((edit) => (
          <Edit key={edit.id} edit={edit} locale={locale} decide={(accept) => actions.decideEdit?.(edit.id, accept)} />
        ))}
      </ul>
      {pending > 1 && (
        <button type="button" class="sf-btn" data-testid="accept-all-edits" onClick={onlyTrusted(() => actions.acceptAllEdits?.())}>
          {t(locale, 'polish.acceptAll', { n: pending })}
        </button>
      )}
      {view.sent && <WhatWasSent requests={[view.sent]} locale={locale} />}
    </>
  );
}

function Translation(props: { view: TranslationView; locale: UiLocale; actions: SidebarActions }): JSX.Element {
  const { view, locale } = props;
  if (view.status !== 'ready') return <Waiting view={view} busy={t(locale, 'polish.translating')} />;
  return (
    <div data-testid="translation">
      <figure>
        <figcaption>{t(locale, 'polish.original')}</figcaption>
        <p dir="auto">{view.original}</p>
      </figure>
      <figure>
        <figcaption>{t(locale, 'polish.translation', { language: view.language })}</figcaption>
        <p dir="auto" lang={view.language} data-testid="translation-text">
          {view.text}
        </p>
      </figure>
      <button type="button" class="sf-btn" data-testid="copy-translation" onClick={onlyTrusted(() => props.actions.copyTranslation?.())}>
        {t(locale, 'polish.copyTranslation')}
      </button>
      <WhatWasSent requests={[view.sent]} locale={locale} />
    </div>
  );
}

export function PolishPanel(props: {
  view: PolishView | undefined;
  translation: TranslationView | undefined;
  /** A provider is configured and the customer's language is known: translating is offered. */
  canTranslate: boolean;
  locale: UiLocale;
  actions: SidebarActions;
}): JSX.Element | null {
  const { view, locale, actions } = props;
  if (!actions.polishReply) return null;
  return (
    <PanelSection
      id="polish"
      title={t(locale, 'polish.title')}
      extra={
        <button
          type="button"
          class="sf-btn sf-btn-quiet"
          data-testid="polish-reply"
          aria-keyshortcuts={POLISH_SHORTCUT}
          title={`${t(locale, 'polish.run')} (${POLISH_SHORTCUT})`}
          disabled={view?.status === 'loading'}
          onClick={onlyTrusted(() => actions.polishReply?.())}
        >
          {t(locale, 'polish.run')}
        </button>
      }
    >
      {view ? <Body view={view} locale={locale} actions={actions} /> : <p class="sf-state">{t(locale, 'polish.intro')}</p>}
      {props.canTranslate && actions.translateReply && (
        <button
          type="button"
          class="sf-btn sf-btn-quiet"
          data-testid="translate-reply"
          onClick={onlyTrusted(() => actions.translateReply?.())}
        >
          {t(locale, 'polish.translate')}
        </button>
      )}
      {props.translation && <Translation view={props.translation} locale={locale} actions={actions} />}
    </PanelSection>
  );
}
