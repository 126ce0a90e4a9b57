import { expect, it } from 'vitest';
import type { CheckContext } from './prompt';
import { unbackedPromises } from './promises';

// Hostile drafts of 20 000 characters (what checkDraft reads): thousands of one-line clauses once took seconds, as
// matchAll copied the large promise patterns per clause and V8 recompiled the copies. The answer is asserted; the
// bound is generous and only catches that regression.
const context: CheckContext = { snippets: [], ticketText: '', customerText: '', customerLanguage: 'en' };
it.each([
  ['1\n', 10_000, 0],
  ['x\n', 10_000, 0],
  ['1. ', 7000, 0],
  ['a ', 10_000, 0],
  ['1 2 3 ', 3400, 0],
  ['😀', 10_000, 0],
  ['We refund you.\n', 1300, 1],
])('%j x %i', (unit, times, flags) => {
  const t = performance.now();
  expect(unbackedPromises(unit.repeat(times).slice(0, 20_000), [], context)).toHaveLength(flags);
  expect(performance.now() - t).toBeLessThan(3000);
});
