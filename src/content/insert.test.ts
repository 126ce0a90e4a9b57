import { expect, test } from 'vitest';
import { landed } from './insert';

test('an insertion counts only when the text is in the editor once more than before', () => {
  const draft = 'Hi Anna,\nthe refund is on its way.';
  // CKEditor renders lines as paragraphs (no newline) and double spaces as no-break spaces.
  expect(landed('Agent text', 'Agent textHi Anna,the refund is on its way.', draft)).toBe(true);
  expect(landed('', 'Hi\u00a0 Anna, the refund is on its way.', draft)).toBe(true);
  // A forged "inserted" from the page leaves the editor as it was.
  expect(landed('Agent text', 'Agent text', draft)).toBe(false);
  // The same draft inserted a second time is still noticed; a part of it is not enough.
  expect(landed('Hi Anna, the refund is on its way.', 'Hi Anna, the refund is on its way. Hi Anna, the refund is on its way.', draft)).toBe(
    true,
  );
  expect(landed('', 'Hi Anna,', draft)).toBe(false);
});
