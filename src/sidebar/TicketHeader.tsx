// Which ticket Souffleur is looking at, whom it is from, and which reply box is active: the agent
// must be able to check at a glance that the sidebar matches the open tab.
import { HELPDESK_NAMES } from '../helpdesks/names';
import type { JSX } from 'preact';
import { t, type UiLocale } from '../i18n/index';
import { languageName, statusLabel } from '../i18n/labels';
import { keptBackMessageIds } from '../helpdesks/kept-back';
import { warningLine } from '../ticket/warning';
import type { Ticket } from '../ticket/schema';
import { CautionList } from './bits';
import type { SidebarState } from './state';

export function TicketHeader(props: { ticket: Ticket; composerMode: SidebarState['composerMode']; locale: UiLocale }): JSX.Element {
  const { ticket, locale } = props;
  const { name, email } = ticket.requester;
  // Messages whose visibility could not be established: one line, not one warning each.
  const keptBack = keptBackMessageIds(ticket.warnings).length;
  const warnings = ticket.warnings.filter((w) => !w.keptBack);
  const composerKey =
    props.composerMode === 'public' ? 'composer.public' : props.composerMode === 'internal' ? 'composer.internal' : 'composer.none';
  return (
    <header class="sf-ticket">
      <h1 class="sf-subject" data-testid="ticket-subject" dir="auto" lang={ticket.language ?? undefined}>
        {ticket.subject ?? t(locale, 'ticket.noSubject')}
      </h1>
      <p class="sf-requester">
        {name || email ? (
          <>
            {name && <bdi class="sf-requester-name">{name}</bdi>}
            {email && (
              <span class="sf-requester-email" dir="ltr">
                {email}
              </span>
            )}
          </>
        ) : (
          t(locale, 'ticket.unknownRequester')
        )}
      </p>
      <ul class="sf-meta">
        <li>{ticket.language ? languageName(locale, ticket.language) : t(locale, 'ticket.languageUnknown')}</li>
        <li>
          {HELPDESK_NAMES[ticket.helpdesk]} <bdi dir="ltr">#{ticket.id}</bdi>
        </li>
        {ticket.status && <li>{statusLabel(locale, ticket.status)}</li>}
      </ul>
      <p class="sf-composer" data-mode={props.composerMode ?? 'none'}>
        {t(locale, composerKey)}
      </p>
      {keptBack > 0 && (
        <p class="sf-kept-back" data-testid="kept-back" role="note">
          {keptBack === 1 ? t(locale, 'ticket.keptBackOne') : t(locale, 'ticket.keptBackMany', { count: keptBack })}
        </p>
      )}
      {warnings.length > 0 && (
        <CautionList class="sf-warnings" title={t(locale, 'ticket.warnings')} items={warnings.map((w) => ({ text: warningLine(w) }))} />
      )}
    </header>
  );
}
