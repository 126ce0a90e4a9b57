import { describe, expect, it } from 'vitest';
import { promises, promisesNothing } from '../../tests/support/promises';

// Red team 8: Arabic writes "and"/"so" on the word (وسنعوضك, فسنعوضك), which the word-start test refused; and
// "تصل" (arrives) inside "سنتصل"/"اتصل" (we will call / call) read a call tomorrow as a delivery date.
describe('Arabic promise words after و/ف', () => {
  it.each(['نأسف للتأخير، وسنعوضك بمبلغ 200 ريال.', 'فسنعوضك عن التأخير.', 'ونعوضك بمبلغ 50 ريالاً.'])('"%s" promises', (text) => {
    expect(promises(text)).not.toEqual([]);
  });
});

describe('Arabic calls are no delivery', () => {
  promisesNothing(['مرحباً، بالتأكيد، سنتصل بك غداً على رقمك.', 'بالتأكيد، اتصل بنا غداً إذا احتجت المساعدة.']);
  it('a delivery guaranteed still is', () => {
    expect(promises('بالتأكيد ستصل شحنتك غداً.')).not.toEqual([]);
  });
});
