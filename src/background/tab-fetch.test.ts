import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { answerWithin } from './tab-fetch';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('a tab that never answers is an error after the limit, so no reader waits forever', async () => {
  const answer = answerWithin(new Promise(() => {}), 30_000);
  await vi.advanceTimersByTimeAsync(29_999);
  let settled = false;
  void answer.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(0);
  expect(settled).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(await answer).toEqual({ ok: false, error: 'the page did not answer within 30 s' });
});

test('an answer in time is passed on as it is, and its timer does not linger', async () => {
  const answer = answerWithin(Promise.resolve({ ok: true, status: 200, text: '{}' }), 30_000);
  expect(await answer).toEqual({ ok: true, status: 200, text: '{}' });
  expect(vi.getTimerCount()).toBe(0);
});
