import { describe, expect, it } from 'vitest';
import { makeEvent, MAX_EVENT_TIME, parseEvent, type EventContext } from './events';

const ctx: EventContext = {
  agent: { id: 'agent-1', name: 'Ana' },
  helpdesk: 'zendesk',
  ticketHash: 'ab'.repeat(32),
  keyId: 'k-1',
  language: 'en',
  emotion: 'frustration',
  source: 'model',
  model: 'gpt-test',
};
const T = Date.UTC(2026, 0, 2);

describe('makeEvent', () => {
  it('adds a unique id and the time, and keeps the event fields', () => {
    const a = makeEvent(ctx, { type: 'suggestion-inserted', suggestionId: 's1' }, T);
    const b = makeEvent(ctx, { type: 'suggestion-inserted', suggestionId: 's1' }, T);
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({
      v: 2,
      type: 'suggestion-inserted',
      suggestionId: 's1',
      time: T,
      helpdesk: 'zendesk',
      keyId: 'k-1',
      source: 'model',
    });
  });

  it('rejects an event with fields out of range', () => {
    expect(() => makeEvent(ctx, { type: 'reply-sent', similarity: 1.5, class: 'as-is', msSinceTicketOpened: 10 })).toThrow();
  });
});

describe('parseEvent', () => {
  it('accepts an ISO time and converts it to epoch ms', () => {
    const result = parseEvent({ ...ctx, id: 'e1', time: '2026-01-02T03:04:05Z', type: 'cue-shown' });
    expect(result).toEqual({ ok: true, event: expect.objectContaining({ time: Date.UTC(2026, 0, 2, 3, 4, 5) }) });
  });

  it('says which field is wrong', () => {
    const result = parseEvent({ ...ctx, id: 'e1', time: T, type: 'cue-rated', helpful: 'yes' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^helpful: /);
  });

  it('rejects unknown types', () => {
    expect(parseEvent({ ...ctx, id: 'e1', time: T, type: 'reply-text', text: 'hi' }).ok).toBe(false);
  });
});

describe('event times', () => {
  it('are bounded: a poisoned 9e15 (beyond what a Date can show), 0 and year 2100 are rejected', () => {
    for (const time of [9e15, 0, -1, MAX_EVENT_TIME, '2150-01-01', '1999-12-31']) {
      const result = parseEvent({ ...ctx, id: 'e1', time, type: 'cue-shown' });
      expect(result.ok, String(time)).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/^time: /);
    }
    expect(parseEvent({ ...ctx, id: 'e1', time: T, type: 'cue-shown' }).ok).toBe(true);
  });
});

describe('v1 events', () => {
  it('still parse, marked v1 with no key id and no source, so v1 and v2 exports merge', () => {
    const { keyId: _k, source: _s, ...v1 } = ctx;
    const result = parseEvent({ ...v1, id: 'e1', time: T, type: 'cue-shown' });
    expect(result).toEqual({ ok: true, event: expect.objectContaining({ v: 1, keyId: '', source: '' }) });
  });

  it('an unknown version is rejected rather than misread', () => {
    expect(parseEvent({ ...ctx, v: 3, id: 'e1', time: T, type: 'cue-shown' }).ok).toBe(false);
  });
});
