// Review of red10: honest support text the new rules must keep, and the same families phrased otherwise.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string, names: string[] = []) => findEntities(text, names).map((e) => `${e.type}:${e.value}`);

describe('red10 review: honest text kept', () => {
  it.each([
    ['The list at https://shop.example.com/orders?page=2&sort=name is empty.'],
    ['Open https://help.example.com/kb?lang=de&name=refund-policy for the details.'],
    ['Use ?sort=name&order=asc on the search page.'],
    ['Set user=admin in the config and restart.'],
    ['The update failed with error 0x80070005 again.'],
    ['Windows error code 0xC004F074 after the upgrade.'],
    ['The log says 12:30:45 then 12:31:02, nothing more.'],
    ['Version 10.2.3-beta.4 crashes on start.'],
    ['FAQ Answer from your site is wrong.'],
    ['API Key rotation broke the integration.'],
    ['USB Stick was not in the box.'],
    ['PDF Export is greyed out (since Monday).'],
    ['TV Remote missing, order 55123.'],
    ['CEO Message about the outage was sent.'],
    ['HR Team asked about invoices.'],
    ['IT Support says the laptop is fine, but it is not.'],
    ['Our event was on the fourth of July 2024 and the tickets never came.'],
    ['The sale ran from the first of March to the tenth of March twenty twenty-four.'],
    ['See https://forum.example.com/users/settings for the option.'],
    ['Go to https://example.com/members/login and try again.'],
    ['Build 4.2.1 (hash 3c:22) is fine.'],
    ['Release 2024.1105.0930 is out.'],
    ['Ticket 078 05 1120 was closed.'],
    ['وصلت الطلبية عام ٢٠٢٤ م. وصلت متأخرة جدا'],
    ['الطلب رقم ٥٥ تم في ١٥ م. بعد الظهر'],
    ['التوصيل إلى شارع الشيخ زايد في دبي'],
    ['راجعت مستشفى الدكتور سليمان الحبيب أمس'],
    ['The order shipped 📦 Tracking Number\nthanks'],
    ['https://ex.com/app?login=true&user=me'],
    ['https://ex.com/app?user=current&handle=default'],
    ['https://ex.com/users/current/orders'],
  ])('keeps %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

it('an SSN named in an earlier sentence makes no NATIONAL_ID of a later number', () => {
  expect(found('I asked about social security benefits. The ticket is 078 05 1120.').join('|')).not.toContain('NATIONAL_ID');
});

describe('red10 review: the same families, phrased otherwise', () => {
  it.each([
    ['Unsubscribe: https://mail.example.com/u?mail=jane.doe%40gmail.com&x=1', 'jane.doe%40gmail.com'],
    ['Link: https://ex.com/p?Name=Dana%20Whitfield&id=3', 'Dana%20Whitfield'],
    ['Link: https://ex.com/p?customerName=Dana+Whitfield', 'Dana+Whitfield'],
    ['Link: https://ex.com/p?nom=Jean-Pierre%20Dupont', 'Jean-Pierre%20Dupont'],
    ['Link: https://ex.com/p?name=dana', 'dana'],
    ['https://ex.com/survey?user=dwhitfield', 'dwhitfield'],
    ['Profile: https://forum.example.com/users/dana.whitfield/activity', 'dana.whitfield'],
    ['Profile: https://forum.example.com/u/dana.whitfield', 'dana.whitfield'],
    ['mailto:support@example.com?cc=jane.doe@gmail.com', 'jane.doe@gmail.com'],
    ['Please call Dr. J. Whitfield back.', 'Whitfield'],
    ['مع الدكتورة سارة بنت محمد العتيبي بخصوص الطلب', 'سارة'],
    ['تواصلت مع م. خالد العتيبي أمس', 'خالد'],
    ['حجزت موعدا مع الدكتور سليمان الحبيب', 'سليمان'],
    ['Order shipped 📦 Dana Whitfield', 'Dana Whitfield'],
    ['https://ex.com/app?login=dwhitfield', 'dwhitfield'],
    ['Call me at +1 415 555 0199 ext. 42 please.', '555'],
    ['My router MAC is 3C:22:FB:9A:01:7E.', '3C:22:FB:9A:01:7E'],
    ['My router MAC is 3c22.fb9a.017e.', '3c22.fb9a.017e'],
    ['My IP is fe80::1ff:fe23:4567:890a.', 'fe80::1ff:fe23:4567:890a'],
    ['My date of birth is March the third, nineteen eighty-two.', 'nineteen'],
    ['I was born on the third of March, 1982.', '1982'],
    ['DOB: March 3rd 1982', '1982'],
    ['My SSN. It is 078 05 1120.', '078 05 1120'],
    ['My SSN is below.\n078 05 1120', '078 05 1120'],
  ])('finds in %j', (text, part) => {
    expect(found(text).join('|')).toContain(part);
  });
});

describe('red10 review: 100 KB hostile inputs stay fast', () => {
  const hostile: [string, string][] = [
    ['query', '?name=' + 'a'.repeat(100_000)],
    ['query repeat', '?name=a&'.repeat(12_500)],
    ['path', 'x/users/' + 'a.'.repeat(50_000)],
    ['mac', '3c:'.repeat(33_000)],
    ['mac dash', '3c-'.repeat(33_000)],
    ['dob', 'born '.repeat(20_000)],
    ['dob month', ('born on the ' + 'March '.repeat(20)).repeat(400)],
    ['ssn', ('SSN ' + '078 05 '.repeat(10)).repeat(1500)],
    ['capitals', 'AB '.repeat(33_000)],
    ['emoji', '🙂 Dana '.repeat(12_000)],
    ['tatweel', '1' + '\u0640'.repeat(100_000) + '2'],
    ['arabic title', 'الدكتور '.repeat(12_000)],
    ['plate', ('Kennzeichen ' + 'AB - '.repeat(20)).repeat(500)],
  ];
  it.each(hostile)('%s', (_, text) => {
    const t = performance.now();
    findEntities(text, []);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
