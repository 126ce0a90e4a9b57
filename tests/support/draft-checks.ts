// Shortcuts for the draft-check unit tests: the kinds a draft is flagged for (promises and language left to their own
// tests), a context with company facts, and a call timed against a generous bound that only catches a regex re-scan.
import { expect } from 'vitest';
import { checkDraft, type FlagKind } from '../../src/drafts/checks';
import type { CheckContext } from '../../src/drafts/prompt';

export const lateOrder: CheckContext = {
  snippets: [],
  ticketText: 'My order is late.',
  customerText: 'My order is late.',
  customerLanguage: 'en',
};
export const withFacts = (...companyFacts: string[]): CheckContext => ({ ...lateOrder, companyFacts });
export const contactKinds = (text: string, ctx: CheckContext = lateOrder): FlagKind[] => [
  ...new Set(
    checkDraft({ text, citations: [] }, ctx)
      .filter((f) => f.kind !== 'unbacked-promise' && f.kind !== 'language')
      .map((f) => f.kind),
  ),
];
export function timed<T>(run: () => T): T {
  const t = performance.now();
  const result = run();
  expect(performance.now() - t).toBeLessThan(2000);
  return result;
}
