// The one warning both adapters give for a message whose visibility could not be established. Such a
// message is `internal` in the Ticket (only positive evidence makes a message public), so nothing
// downstream sends it; the sidebar counts these warnings to say in one line what was kept back.
// Format: "message <id>: visibility not shown on the page; kept back as internal".

const KEPT_BACK = 'kept back as internal';

/** `source` says who could not tell: "the page" (DOM reading) or "the API" (REST reading). */
export function keptBackWarning(messageId: string, source: 'the page' | 'the API'): string {
  return `message ${messageId}: visibility not shown by ${source}; ${KEPT_BACK}`;
}

export function isKeptBackWarning(warning: string): boolean {
  return warning.startsWith('message ') && warning.endsWith(`; ${KEPT_BACK}`);
}

/** The ids of the messages a ticket's warnings say were kept back, in order, without repeats. */
export function keptBackMessageIds(warnings: readonly string[]): string[] {
  const ids = warnings.filter(isKeptBackWarning).map((w) => w.slice('message '.length, w.indexOf(': ')));
  return [...new Set(ids)];
}
