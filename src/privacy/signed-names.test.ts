import { expect, it } from 'vitest';
import { dashSignedNames } from './signed-names';

it.each(['\n- Dana', '\n- D.W.', '\n- Dana, Acme'])('reads 64,000 blanks after "%s" in linear time', (signed) => {
  const started = performance.now();
  expect(dashSignedNames(`${signed}${' '.repeat(64_000)}x`)).toEqual([]);
  expect(performance.now() - started).toBeLessThan(500);
});

it('still reads a dash signature with blanks after it, and the given name after a comma', () => {
  expect(dashSignedNames('Thanks\n- Dana   \n')).toEqual([{ name: 'Dana', arabic: false }]);
  expect(dashSignedNames('Thanks\n-  Whitfield,  Dana  ')).toEqual([
    { name: 'Whitfield', arabic: false },
    { name: 'Dana Whitfield', arabic: false },
  ]);
  expect(dashSignedNames('Thanks\n- D.W. ')).toEqual([{ name: 'D.W.', arabic: false }]);
});
