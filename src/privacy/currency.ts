// Money beside a number: a currency sign, an ISO 4217 code in capitals or a currency's name ("€40",
// "25000 EUR", "20 Euro", "1000000008 IDR"). Redaction reads such a number as an amount, never an id or
// an address; the drafts checks read it as a sum a promise names.
const CURRENCY =
  '\\p{Sc}|(?<![\\p{L}])(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|TRY|RUB|UAH|SAR|AED|QAR|KWD|BHD|OMR|JOD|EGP|MAD|TND|DZD|IDR|INR|PKR|MYR|SGD|HKD|CNY|JPY|KRW|THB|VND|PHP|AUD|NZD|CAD|MXN|BRL|ARS|CLP|COP|ZAR|NGN|KES|ILS|[Ee]uros?|[Dd]ollars?|[Kk]ronor|kr|Rp|Rs|[Rr]iyals?|ريال|درهم|جنيه)(?![\\p{L}])';
const CURRENCY_BEFORE = new RegExp(`(?:${CURRENCY})\\s?$`, 'u');
const CURRENCY_AFTER = new RegExp(`^\\s?(?:${CURRENCY})`, 'u');
/** Whether a currency stands just before offset `at` ("€ 40", "EUR 40"). */
const currencyBefore = (text: string, at: number) => CURRENCY_BEFORE.test(text.slice(Math.max(0, at - 8), at));
/** Whether a currency stands just after offset `at` ("40 €", "40 Euro"). */
export const currencyAfter = (text: string, at: number) => CURRENCY_AFTER.test(text.slice(at, at + 8));
/** Whether the number written from `start` to `end` is money: a currency stands right before or after it. */
export const besideCurrency = (text: string, start: number, end: number) => currencyBefore(text, start) || currencyAfter(text, end);
