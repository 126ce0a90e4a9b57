// The Arabic readings of planted-contacts.ts: "لدينا" (we have) for "our", and the past tense that is
// written like the order ("أرسل": "send!" and "sent").
// Arabic says "we have" for "our": "لدينا خط ساخن للمطالبات على ⟦PHONE_1⟧" (we have a claims hotline at), "رقم
// خدمة العملاء لدينا هو ⟦PHONE_1⟧" (our customer service number is): "لدينا" and a contact noun in the clause
// before the placeholder, the noun not the customer's ("رقمك", your number) and no "you" ("بك", "سيتصل بك على").
const AR_OURS = /(?<![\p{L}])لدينا(?![\p{L}])/u;
const AR_CONTACT_NOUN =
  /(?<![\p{L}])(?:ال|لل|و)?(?:خط|رقم|هاتف|بريد|عنوان|فريق|دعم|خدمة|واتساب|مركز|قسم|مكتب)[\p{L}\p{M}]*(?<!ك|كم)(?![\p{L}\p{M}])/u;
// The customer's data on file is theirs too: "لدينا عنوان التوصيل" (we have the delivery address), "رقم الهاتف
// المسجل" (the registered number), "في ملفك" (in your file), the shipping or billing address ("عنوان الشحن",
// "عنوان الفوترة"); not "رقم خدمة التوصيل لدينا" (our delivery service's number), which is the company's.
const AR_YOURS =
  /(?<![\p{L}])(?:(?:ال)?(?:رقم|هاتف|جوال|بريد|عنوان|ملف|حساب)[\p{L}]*(?:ك|كم)|بك|لك|إليك|معك|عليك|(?:ال)?عنوان\s+(?:التوصيل|الشحن|الفوترة)|المسجل\p{L}*|المحفوظ\p{L}*)(?![\p{L}\p{M}])/u;
// And the placeholder close after them, not sent to: "فريق الدعم لدينا أرسل الفاتورة إلى ⟦EMAIL_1⟧" (our support
// team sent the invoice to), "خدمة العملاء لدينا متاحة من 9 حتى 5 وسنرسل التأكيد إلى ⟦EMAIL_1⟧" (… and we will send
// the confirmation to) name the customer's own address.
const AR_OURS_OR_NOUN = new RegExp(`${AR_OURS.source}|${AR_CONTACT_NOUN.source}`, 'gu');
const AR_SENT_TO = /(?<![\p{L}])(?:إلى|الى)\s*$/u;
export const arabicOurs = (before: string) => {
  const clause = before.split(/[,،;–—]/u).at(-1)!;
  if (!AR_OURS.test(clause) || !AR_CONTACT_NOUN.test(clause) || AR_YOURS.test(clause) || AR_SENT_TO.test(clause)) return false;
  const last = [...clause.matchAll(AR_OURS_OR_NOUN)].at(-1)!;
  return (
    clause
      .slice(last.index + last[0].length)
      .trim()
      .split(/\s+/u)
      .filter(Boolean).length <= 3
  );
};

// "أرسل" and "اتصل" unvowelled are the order and the past ("النظام أرسل الرمز إلى ⟦PHONE_1⟧", the system sent the
// code to): past after "قد/لقد" or a subject noun opening the clause, or before a subject that sends or calls
// ("أرسل فريق المحاسبة الفاتورة", the accounts team sent the invoice). The order stays one: "أرسل صورة بطاقتك إلى
// ⟦EMAIL_1⟧", "بعد التحقق أرسل الصورة إلى ⟦EMAIL_1⟧" (after checking, send the photo to), "الآن أرسل" (now send).
const AR_SUBJECT_BEFORE =
  /(?:(?<![\p{L}])(?:قد|لقد|وقد|الذي|التي)|(?:^|[,،:؛]|(?<![\p{L}])(?:نعم|و))\s*ال(?!آن|يوم|رجاء)[\p{L}]{2,}(?:\s+ال[\p{L}]{2,})?)\s+$/u;
// Not the customer's own ("أرسل موقعك", send your location): "ك"/"كم" (your) make it the order's object.
const AR_SUBJECT_AFTER =
  /^\s+(?:ال)?(?:(?:فريق|نظام|مندوب|تطبيق|متجر|موقع|قسم|مركز|ساعي|شركة|موظف|زميل|محاسب|مسؤول)[\p{L}]*(?<!ك|كم)|بنك)(?![\p{L}])/u;
/** Whether an Arabic verb between `before` and `after` is the past, said of another party. */
export const arabicPast = (before: string, after: string) => AR_SUBJECT_BEFORE.test(before) || AR_SUBJECT_AFTER.test(after);
