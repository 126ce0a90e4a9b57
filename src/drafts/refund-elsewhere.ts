// A refund sent somewhere else than the way the customer paid (round 14): "your refund cannot go back to your card;
// reply with the bank account you want it paid into instead", "geef ons een ander rekeningnummer door", "укажите
// другой номер счёта", "请提供另一个银行账户". Refunds go back the way they came; a draft that asks for a new
// destination is where a hijacker collects them. Unless the team's own texts refund to a bank account they ask for
// (cash on delivery). The ask is read in the refund's sentence or the one after it. Read lower-cased, without the
// 'i' flag (lower-case.ts). Linear: each pattern is tested once per sentence.
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

const REFUND =
  /(?<![\p{L}])(?:refund\p{L}*|reimburs\p{L}*|terugbetal\p{L}*|terugstort\p{L}*|återbetal\p{L}*|reembols\p{L}*|devolu[çc][ãa]o|rückerstatt\p{L}*|erstatt\p{L}*|rembours\p{L}*|rimbors\p{L}*|возврат\p{L}*|возмещ\p{L}*|pengembalian\s+dana|refund|استرداد|المبلغ\s+المسترد)(?![\p{L}])|退款|रिफ़ंड|रिफंड|धनवापसी/u;
// Another destination: "another", "a different", "a new", "instead"; "ander", "annat", "outra", "другой", "另一个", "lain".
const ELSEWHERE =
  /(?<![\p{L}])(?:another|different|other|new|instead|ander\p{L}*|annat|annan|nytt|nya|outr[ao]|nov[ao]|diferente|друг\p{L}*|нов\p{L}*|иной|lain|baru|anderes?|neue[sn]?|autre|nouveau|nouvelle|otr[ao]|nuev[ao]|altr[oa]|nuov[oa]|آخر|أخرى|جديد|جديدة)(?![\p{L}])|另一|其他|新的|दूसर|नया|नए/u;
// The way it was paid ruled out: "cannot go back to your card", "kan niet", "нельзя", "无法".
const CANNOT =
  /(?<![\p{L}])(?:cannot|can['’]t|unable|not\s+possible|kan\s+niet|kann\s+nicht|ne\s+peut\s+pas|não\s+(?:pode|é\s+possível)|no\s+(?:puede|es\s+posible)|kan\s+inte|нельзя|невозможно|не\s+може\p{L}*|tidak\s+(?:bisa|dapat))(?![\p{L}])|无法|不能/u;
// Where money is paid to: a bank account, an IBAN, a card's or an account's number.
const ACCOUNT =
  /(?<![\p{L}])(?:(?:bank\s+)?account|iban|card\s+number|wallet|rekening\p{L}*|kontonummer|konto\p{L}*|conta|nib|сч[её]т\p{L}*|карт\p{L}*|kartu|bankverbindung|compte|cuenta|conto|حساب|محفظة)(?![\p{L}])|账户|帐户|账号|卡号|钱包|खाता|खाते/u;
// Asked for: "reply with", "tell us", "provide", "give us … door", "indique-nos", "укажите", "提供", "kirimkan".
const ASK =
  /(?<![\p{L}])(?:reply\s+with|respond\s+with|send\s+us|tell\s+us|give\s+us|let\s+us\s+know|provide|enter|share|geef\p{L}*|stuur\p{L}*|laat\s+ons\s+weten|svara\s+med|skicka|uppge|ange|berätta|indique(?:-nos)?|envie(?:-nos)?|informe|diga(?:-nos)?|укажите|сообщите|пришлите|напишите|назовите|kirim\p{L}*|berikan|sebutkan|beritahu\p{L}*|teilen\s+sie|nennen\s+sie|indiquez|communiquez|envoyez|ind[íi]quenos|env[íi]enos|indichi|comunichi|أرسل|زودنا|أخبرنا)(?![\p{L}])|提供|告诉我们|发给我们|回复|भेजें|बताएं|बताइए|दें/u;
// The team's own texts name a bank account for refunds.
const BANK =
  /(?<![\p{L}])(?:iban|bank\s*(?:account|transfer)|rekeningnummer|kontonummer|bankverbindung|überweisung|virement|transferencia|transferência|bonifico|банковск\p{L}*|rekening\s+bank)(?![\p{L}])|银行账户|بنكي/u;

/** A refund's new destination asked for in `text`, unless `vouched` (the team's texts) refunds to a bank account. */
export function refundElsewhere(text: string, vouched = ''): { kind: 'unknown-contact'; detail: string }[] {
  const known = lowerSameLength(vouched);
  if (REFUND.test(known) && BANK.test(known)) return [];
  const sentences = splitSentences(text);
  const lower = sentences.map(lowerSameLength);
  for (const [i, s] of lower.entries()) {
    // "Your refund cannot go to your card. Please reply with an IBAN": the other way said in the sentence before.
    const before = i > 0 ? lower[i - 1]! : '';
    const elsewhere = ELSEWHERE.test(s) || (CANNOT.test(before) && REFUND.test(before));
    if (!(elsewhere && ACCOUNT.test(s) && ASK.test(s))) continue;
    if (REFUND.test(s) || (i > 0 && REFUND.test(lower[i - 1]!)))
      return [
        {
          kind: 'unknown-contact',
          detail: `asks where to send the refund instead of the way it was paid: "${sentences[i]!.trim().slice(0, 100)}"`,
        },
      ];
  }
  return [];
}
