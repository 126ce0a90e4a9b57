// Warnings are structured; their lines are what the CLI prints and what tickets saved before carried.
import { describe, expect, it } from 'vitest';
import { keptBackMessageIds, keptBackWarning } from '../helpdesks/kept-back';
import { apiWarning, notFoundWarning } from '../helpdesks/warning-text';
import { warn as freshdeskWarn } from '../helpdesks/freshdesk/warnings';
import { isFinalReading, warningLine, type TicketWarning } from './warning';
import { parseWarningLine, warningSchema } from './warning-schema';

const examples: TicketWarning[] = [
  notFoundWarning('priority'),
  apiWarning('Zendesk', 'HTTP 503'),
  keptBackWarning('125000000006', 'the page'),
  freshdeskWarn.message('#3', 'text not found on the page'),
  freshdeskWarn.collapsed(54),
];

describe('ticket warnings', () => {
  it('print as the lines they always were', () => {
    expect(examples.map(warningLine)).toEqual([
      'priority: not found on the page',
      'api: the Zendesk API could not be read (HTTP 503); showing what the page shows',
      'message 125000000006: visibility not shown by the page; kept back as internal',
      'message #3: text not found on the page',
      'messages: 54 earlier messages are collapsed behind "load more" and not read',
    ]);
  });

  it('read a saved line back into the same structure, kept-back included', () => {
    for (const warning of examples) expect(parseWarningLine(warningLine(warning))).toEqual(warning);
    expect(keptBackMessageIds(examples.map(warningLine).map(parseWarningLine))).toEqual(['125000000006']);
    // A line without a field is kept whole, about the ticket.
    expect(parseWarningLine('something odd')).toEqual({ field: 'ticket', text: 'something odd' });
  });

  it('are checked where tickets arrive: a structure or a line, nothing else', () => {
    expect(warningSchema.parse('priority: not found on the page')).toEqual(notFoundWarning('priority'));
    expect(warningSchema.parse(keptBackWarning('7', 'the API'))).toEqual(keptBackWarning('7', 'the API'));
    for (const bad of [{ text: 'no field' }, { field: 'x', text: 'y', keptBack: false }, { field: 'x', text: 'y', extra: 1 }, 42])
      expect(warningSchema.safeParse(bad).success).toBe(false);
  });

  it('tell a final reading by the API warning, not by the text', () => {
    expect(isFinalReading({ source: 'dom', warnings: [notFoundWarning('priority')] })).toBe(false);
    expect(isFinalReading({ source: 'dom', warnings: [apiWarning('Freshdesk', 'HTTP 403')] })).toBe(true);
    expect(isFinalReading({ source: 'api', warnings: [] })).toBe(true);
  });
});
