// Polish my reply (issue 19): the agent writes, Souffleur proposes small edits to their own words,
// each shown as before → after and applied only when the agent accepts it. Reading the reply box and
// applying edits is the content script's (src/content/polish.ts); this only shows and asks.
import type { JSX } from 'preact';
import { t, type UiLocale } from '../i18n/index';
import { oneLine, PanelSection } from './PanelSection';
import type { PolishEditView, PolishView, SidebarActions } from './state';
import { onlyTrusted } from './trusted';

export const POLISH_SHORTCUT = 'Alt+Shift+P';

function Edit(props: { edit: PolishEditView; locale: UiLocale; decide: (accept: boolean) => void }): JSX.Element {
  const { edit, locale } = props;
  return (
    <li class="sf-polish-edit" data-testid="polish-edit" data-decision={edit.decision ?? 'pending'} data-kind={edit.kind}>
      <span class="sf-polish-change" dir="auto">
        <del>{edit.before}</del> → <ins>{edit.after}</ins>
      </span>
      <span class="sf-polish-kind">{t(locale, `polish.kind.${edit.kind}`)}</span>
      {edit.why && <span class="sf-polish-why" dir="auto">{edit.why}</span>}
      {edit.decision ? (
        <span class="sf-polish-decision">{t(locale, `polish.${edit.decision}`)}</span>
      ) : (
        <span class="sf-polish-actions">
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

function Body(props: { view: PolishView; locale: UiLocale; actions: SidebarActions }): JSX.Element | null {
  const { view, locale, actions } = props;
  if (view.status === 'loading') return <p class="sf-state sf-state-loading" role="status">{t(locale, 'polish.reading')}</p>;
  if (view.status === 'error') return <p class="sf-state sf-state-error" data-testid="error" role="alert">{oneLine(view.message)}</p>;
  if (!view.language) return <p class="sf-state">{t(locale, 'polish.noDictionary')}</p>;
  if (!view.edits.length) return <p class="sf-state" data-testid="polish-none">{t(locale, 'polish.none')}</p>;
  const pending = view.edits.filter((edit) => !edit.decision).length;
  return (
    <>
      <ul class="sf-polish-edits">
        {view.edits.map((edit) => (
          <Edit key={edit.id} edit={edit} locale={locale} decide={(accept) => actions.decideEdit?.(edit.id, accept)} />
        ))}
      </ul>
      {pending > 1 && (
        <button type="button" class="sf-btn" data-testid="accept-all-edits" onClick={onlyTrusted(() => actions.acceptAllEdits?.())}>
          {t(locale, 'polish.acceptAll', { n: pending })}
        </button>
      )}
    </>
  );
}

export function PolishPanel(props: { view: PolishView | undefined; locale: UiLocale; actions: SidebarActions }): JSX.Element | null {
  const { view, locale, actions } = props;
  if (!actions.polishReply) return null;
  return (
    <PanelSection
      id="polish"
      title={t(locale, 'polish.title')}
      extra={
        <button
          type="button"
          class="sf-btn sf-btn-quiet sf-panel-action"
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
    </PanelSection>
  );
}
