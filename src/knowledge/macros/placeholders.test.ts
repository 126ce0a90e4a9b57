import { describe, expect, it } from 'vitest';
import { fillPlaceholders, type FillContext } from './placeholders';

const context: FillContext = {
  ticket: {
    id: '4711',
    subject: 'Refund for order 88',
    requester: { name: 'Anna Berg', email: 'anna@example.com' },
    status: 'open',
    priority: null,
  },
  agentName: 'Sam Agent',
};

describe('fillPlaceholders', () => {
  it('fills Zendesk placeholders including Liquid filters', () => {
    const result = fillPlaceholders(
      'Hi {{ticket.requester.first_name}}, about #{{ ticket.id }}. {{current_user.name | capitalize}}',
      context,
    );
    expect(result.text).toBe('Hi Anna, about #4711. Sam Agent');
    expect(result.unfilled).toEqual([]);
  });

  it('fills Freshdesk placeholders', () => {
    expect(fillPlaceholders('Dear {{ticket.requester.name}} re {{ticket.subject}}', context).text).toBe(
      'Dear Anna Berg re Refund for order 88',
    );
  });

  it('keeps and reports placeholders it cannot fill', () => {
    const result = fillPlaceholders('{{ticket.priority}} {{ticket.organization.name}} {{ticket.priority}}', context);
    expect(result.text).toBe('{{ticket.priority}} {{ticket.organization.name}} {{ticket.priority}}');
    expect(result.unfilled).toEqual(['{{ticket.priority}}', '{{ticket.organization.name}}']);
  });

  it('leaves Liquid logic as written and reports it, since it is not evaluated here', () => {
    const result = fillPlaceholders('{% if ticket.status == "open" %}Hi {{ticket.requester.first_name}}{% endif %}', context);
    expect(result.text).toBe('{% if ticket.status == "open" %}Hi Anna{% endif %}');
    expect(result.unfilled).toEqual(['{% if ticket.status == "open" %}', '{% endif %}']);
  });

  it('reports the agent name as unfilled when the page does not show it', () => {
    const result = fillPlaceholders('{{current_user.first_name}}', { ...context, agentName: null });
    expect(result.unfilled).toEqual(['{{current_user.first_name}}']);
  });
});
