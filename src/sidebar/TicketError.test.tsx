// The unreadable-page line: a reading error arrives as a catalog key (the content script carries no
// English), so it is rendered in the agent's language; a key its catalog lacks (none arrived, or an
// older one) is still a clear line.
import { describe, expect, test } from 'vitest';
import '../i18n/catalogs';
import { mount } from '../ui/test-dom';
import { TicketError } from './TicketError';

const reason = (view: ReturnType<typeof mount>) => view.byTestId('error')[0]!.querySelector('.sf-page-error-reason')!.textContent;

describe('TicketError without the key in a catalog', () => {
  test('a key is never shown bare: the English generic line stands in', () => {
    // The unit tests' setup provides every catalog: a key none of them has is the same path.
    const view = mount(<TicketError message="err.notYetInCatalogs" locale="de" onRetry={() => {}} />);
    expect(reason(view)).toBe('This page could not be read.');
  });

  test('a line that names an object property is text, not a lookup (no crash, shown as it is)', () => {
    for (const line of ['constructor', 'toString', '__proto__']) {
      expect(reason(mount(<TicketError message={line} locale="en" onRetry={() => {}} />))).toBe(line);
    }
  });

  test('a reader’s own English line is shown as it is', () => {
    const view = mount(<TicketError message="This Zendesk page is not a ticket." locale="en" onRetry={() => {}} />);
    expect(reason(view)).toBe('This Zendesk page is not a ticket.');
  });
});

describe('TicketError with the catalogs', () => {
  test('a key is said in the agent’s language, with its numbers', () => {
    const en = mount(<TicketError message="err.fdNot" locale="en" onRetry={() => {}} />);
    expect(reason(en)).toBe('This Freshdesk page is not a ticket.');
    const de = mount(<TicketError message="err.fdLayout" locale="de" onRetry={() => {}} />);
    expect(reason(de)).toMatch(/Freshdesk/);
    expect(reason(de)).not.toBe('Freshdesk changed its ticket page: no messages where they used to be.');
    const switching = mount(<TicketError message="err.switch" params={{ shown: 101, id: 102 }} locale="en" onRetry={() => {}} />);
    expect(reason(switching)).toBe('The page is still showing ticket #101, not #102; waiting for it to load.');
  });
});
