import { describe, expect, it } from 'vitest';
import { frameActions } from './frame-actions';
import { parseFrameRequest, type FrameRequest } from './frame-protocol';

const NONCE = '0123456789abcdef0123456789abcdef';

describe("the frame's actions, sent to the content script as requests", () => {
  const sent: unknown[] = [];
  const actions = frameActions(['syncHelpCenter', 'retryCustomerContext', 'openDashboard', 'insert'], (request) =>
    sent.push({ ...request, from: NONCE }),
  );

  it('a button that hands its click event to the action (onClick={onlyTrusted(action)}) sends a request the content script takes', () => {
    sent.length = 0;
    const click = new Event('click');
    actions.syncHelpCenter!(...([click] as unknown as []));
    actions.retryCustomerContext!(...([click] as unknown as []));
    actions.openDashboard!(...([click] as unknown as []));
    const parsed = sent.map(parseFrameRequest);
    expect(parsed.map((request) => request?.kind === 'sidebar-frame-action' && [request.name, request.args])).toEqual([
      ['syncHelpCenter', []],
      ['retryCustomerContext', []],
      ['openDashboard', []],
    ]);
  });

  it("keeps the action's own arguments", () => {
    sent.length = 0;
    actions.insert!('Hello', { kind: 'draft', id: 'd1' });
    const request = parseFrameRequest(sent[0]) as Extract<FrameRequest, { kind: 'sidebar-frame-action' }>;
    expect(request.args).toEqual(['Hello', { kind: 'draft', id: 'd1' }]);
  });

  it('offers only the actions the page side named', () => {
    expect(Object.keys(actions).sort()).toEqual(['insert', 'openDashboard', 'retryCustomerContext', 'syncHelpCenter']);
  });
});
