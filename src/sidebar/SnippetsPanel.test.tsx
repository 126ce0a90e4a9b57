import { describe, expect, test } from 'vitest';
import '../i18n/catalogs';
import type { FillContext } from '../knowledge/macros/placeholders';
import type { SearchHit } from '../knowledge/types';
import { mount } from '../ui/test-dom';
import { loggingActions } from './preview';
import { SnippetsPanel } from './SnippetsPanel';

const macro: SearchHit = {
  id: 'zendesk-macro:1',
  score: 3,
  title: 'Billing::Refund a duplicate charge',
  snippet: 'we refunded the duplicate charge',
  passage:
    'Hi {{ticket.requester.first_name}}, we refunded the duplicate charge on #{{ticket.id}}. {{ticket.organization.name}} — {{current_user.first_name}}',
  matches: ['refunded', 'duplicate', 'charge'],
  source: 'zendesk-macro',
};
const article: SearchHit = {
  id: '360010003',
  score: 2,
  title: 'Reset your password',
  snippet: 'Use the {{placeholder}} link',
  matches: [],
  source: 'zendesk-help-center',
};
const fill: FillContext = {
  ticket: { id: '1', subject: 'Charged twice', requester: { name: 'Dana Whitfield', email: null }, status: 'open', priority: null },
  agentName: 'Tom Becker',
};

function renderPanel(hits: SearchHit[], locale: 'en' | 'ar' = 'en') {
  const calls: { name: string; args: unknown[] }[] = [];
  const view = mount(
    <SnippetsPanel
      snippets={{ status: 'ready', data: hits }}
      pinnedIds={[]}
      locale={locale}
      fill={fill}
      actions={loggingActions((name, args) => calls.push({ name, args }))}
    />,
  );
  return { ...view, calls };
}

describe('snippets from the team’s own answers', () => {
  test('a macro shows its badge and its whole text filled from the ticket; what the ticket cannot fill is named', () => {
    const view = renderPanel([macro, article]);
    expect(view.byTestId('snippet-badge').map((badge) => badge.textContent)).toEqual(['Macro', 'Help center']);
    const card = view.byTestId('snippet')[0]!;
    expect(card.querySelector('.sf-passage')!.textContent).toBe(
      'Hi Dana, we refunded the duplicate charge on #1. {{ticket.organization.name}} — Tom',
    );
    expect(view.byTestId('snippet-unfilled').map((line) => line.textContent)).toEqual([
      'Fill in before sending: {{ticket.organization.name}}',
    ]);
    // An article is not a template: its text stays as written, with no flag.
    expect(view.byTestId('snippet')[1]!.querySelector('.sf-passage')!.textContent).toBe('Use the {{placeholder}} link');
  });

  test('inserting or copying a macro gives the filled text, never the placeholders it could fill', () => {
    const view = renderPanel([macro]);
    const [insert, copy] = view.byTestId('snippet')[0]!.querySelectorAll('button');
    view.click(insert);
    view.click(copy);
    const filled = 'Hi Dana, we refunded the duplicate charge on #1. {{ticket.organization.name}} — Tom';
    expect(view.calls.map(({ name, args }) => [name, args[0]])).toEqual([
      ['insert', filled],
      ['copy', filled],
    ]);
  });

  test('badges and the flag in Arabic', () => {
    const view = renderPanel(
      [macro, { ...article, id: 'c', source: 'freshdesk-canned-response', passage: 'Hi {{ticket.requester.name}}' }],
      'ar',
    );
    expect(view.byTestId('snippet-badge').map((badge) => badge.textContent)).toEqual(['ماكرو', 'رد جاهز']);
    expect(view.byTestId('snippet')[1]!.querySelector('.sf-passage')!.textContent).toBe('Hi Dana Whitfield');
    expect(view.byTestId('snippet-unfilled')[0]!.textContent).toBe('أكمِل قبل الإرسال: {{ticket.organization.name}}');
  });
});
