// The requester's earlier tickets (issue 17 item 1): newest first, the open one left out, how many in
// the last 30 days and how many still open, and a repeated contact said in one line. Its own loading
// and error states: the rest of the sidebar never waits for the helpdesk's API.
import type { JSX } from 'preact';
import { t, type UiLocale } from '../i18n/index';
import { statusLabel } from '../i18n/labels';
import type { CustomerContextView, HistoryProblem } from '../context/view';
import { PanelSection } from './PanelSection';
import type { Panel } from './state';
import { onlyTrusted } from './trusted';

const PROBLEM_KEYS = {
  'not-allowed': 'context.notAllowed',
  unreachable: 'context.unreachable',
  'rate-limited': 'context.rateLimited',
  failed: 'context.failed',
} as const satisfies Record<HistoryProblem, string>;

/** The sidebar stays short: the newest few; the helpdesk's own requester view has the rest. */
const SHOWN = 8;

function Row(props: { ticket: CustomerContextView['earlier'][number]; locale: UiLocale }): JSX.Element {
  const { ticket, locale } = props;
  return (
    <li class="sf-earlier" data-testid="earlier-ticket" data-open={ticket.open}>
      <a href={ticket.path} target="_blank" rel="noopener noreferrer" dir="auto">
        {ticket.subject ?? t(locale, 'ticket.noSubject')}
      </a>
      <span dir="ltr">#{ticket.id}</span>
      {ticket.status && <span data-testid="earlier-status">{statusLabel(locale, ticket.status)}</span>}
      <span>{ticket.createdLabel}</span>
    </li>
  );
}

function Body(props: { data: CustomerContextView; locale: UiLocale }): JSX.Element {
  const { data, locale } = props;
  const { repeated } = data;
  return (
    <>
      {repeated && (
        <ul class="sf-repeated" data-testid="repeated-contact" role="note">
          {repeated.sameReference.map((r) => (
            <li key={r.reference}>{t(locale, 'context.repeatedReference', { reference: r.reference, ids: r.ticketIds.join(', #') })}</li>
          ))}
          {repeated.recentContacts && <li>{t(locale, 'context.repeatedRecent', { count: repeated.recentContacts })}</li>}
        </ul>
      )}
      <p data-testid="context-counts">{t(locale, 'context.counts', { recent: data.lastThirtyDays, open: data.stillOpen })}</p>
      {data.earlier.length === 0 ? (
        <p class="sf-state">{t(locale, 'context.none')}</p>
      ) : (
        <ul>
          {data.earlier.slice(0, SHOWN).map((ticket) => (
            <Row key={ticket.id} ticket={ticket} locale={locale} />
          ))}
        </ul>
      )}
    </>
  );
}

export function CustomerContext(props: {
  panel: Panel<CustomerContextView> | undefined;
  locale: UiLocale;
  onRetry?: () => void;
}): JSX.Element | null {
  const { panel, locale } = props;
  if (!panel || panel.status === 'empty') return null;
  return (
    <PanelSection id="context" testId="customer-context" title={t(locale, 'context.title')}>
      {panel.status === 'loading' && (
        <p class="sf-state sf-state-loading" role="status">
          <span class="sf-spinner" aria-hidden="true" />
          {t(locale, 'context.loading')}
        </p>
      )}
      {panel.status === 'error' && (
        <div class="sf-state sf-state-error" data-testid="context-error" data-reason={panel.message} role="alert">
          <p>{t(locale, PROBLEM_KEYS[panel.message as HistoryProblem] ?? 'context.failed')}</p>
          {props.onRetry && panel.message !== 'unreachable' && (
            <button type="button" class="sf-btn" onClick={onlyTrusted(props.onRetry)}>
              {t(locale, 'panel.retry')}
            </button>
          )}
        </div>
      )}
      {panel.status === 'ready' && <Body data={panel.data} locale={locale} />}
    </PanelSection>
  );
}
