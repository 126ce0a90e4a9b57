// Money sent by a person-to-person app to a handle or number the draft brings in (round 13: "via PayPal.Me to
// AcmeBilling", "on Venmo (@acme-billing-desk)", "per Revolut an @acmebilling", "BLIKiem na numer telefonu 512 345 678",
// "por Bizum al 612 345 678"): no IBAN for the bank-details check to read, and the app's name looks like a payment
// method. Paying at the checkout is the shop's own; an app and a handle or number the team's texts give are vouched.
// Linear: each pattern is tested once per sentence.
import { NEGATION } from './scam-asks';

const APP =
  /(?<![\p{L}])(?:paypal(?:\.me)?|venmo|cash\s?app|revolut|zelle|bizum|blik\p{L}{0,3}|papara|ininal|postepay|satispay|wise|skrill|western\s+union|moneygram|swish|twint|mobilepay|vipps|lydia|paylib|mb\s?way|paysera|payoneer|neteller|alipay|wechat\s?pay|paypay|kakao\s?pay)(?![\p{L}])|(?<![\p{L}\p{N}$])\$[A-Za-z][\p{L}\p{N}_]{2,20}/iu;
// A cashtag ('$AcmeRefunds') is Cash App's own, its name unwritten (review of chk13).
// Whom to: a handle, a cashtag, a PayPal.Me page or a number of six digits or more.
const TARGET = /(?<![\p{L}\p{N}])[@$][\p{L}\p{N}_.-]{3,40}|paypal\.me|\d(?:[ .-]?\d){5,}/giu;
const SENT =
  /(?<![\p{L}])(?:pay|send|transfer|settle|wire|zahlen|bezahlen|senden|überweisen|begleichen|payez|envoyez|réglez|pague|pagar|envíe|paghi|pagare|saldare|invii|betaal|betala|wpła\p{L}*|zapła\p{L}*|przelej|öde\p{L}*|gönder\p{L}*)(?![\p{L}])|振込|送金|송금|입금/iu;
// Paid at the shop's checkout: "pay with PayPal at checkout", "zapłacić BLIKiem przy kasie".
const CHECKOUT =
  /(?<![\p{L}])(?:checkout|check-out|kasse|caisse|caja|cassa|kassan|kassa|przy\s+kasie|ödeme\s+sayfa\p{L}*|in\s+(?:our|the)\s+(?:shop|store|app))(?![\p{L}])/iu;

/** The sentence of `sentences` that sends money by an app to a handle or number the team does not give, if any. */
export function unvouchedAppPayment(sentences: string[], vouched: string): string | undefined {
  const vouchedLower = vouched.toLowerCase();
  const vouchedDigits = vouched.replace(/\D/g, '');
  const isVouched = (target: string) =>
    /\d/.test(target) && !target.startsWith('@') && !target.startsWith('$')
      ? vouchedDigits.includes(target.replace(/\D/g, ''))
      : vouchedLower.includes(target.toLowerCase()) && target.toLowerCase() !== 'paypal.me';
  return sentences.find((s) => {
    if (!APP.test(s) || !SENT.test(s) || CHECKOUT.test(s) || NEGATION.test(s)) return false;
    return [...s.matchAll(TARGET)].some((m) => !isVouched(m[0]));
  });
}
