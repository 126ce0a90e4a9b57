// An account threatened with closing unless the customer acts now (round 13: "your account will be closed within 24
// hours unless you confirm your card details", "Ihr Konto wird in 24 Stunden gesperrt, wenn Sie nicht … begleichen",
// "24時間以内にご本人確認が完了しない場合、アカウントは停止されます"): the pressure phishing puts on the customer, which a
// support reply never needs. An account closed as the customer asked has no condition ("as you asked, your account will
// be closed within 24 hours"). Flagged 'payment' when money is asked, else 'unknown-contact' (the details go to
// whoever answers). Linear: each pattern is tested once per sentence.
import { splitSentences } from './split-sentences';

const ACCOUNT = /(?<![\p{L}])(?:account|konto|compte|cuenta|conta|profil\p{L}*|hesab\p{L}*|hesap)(?![\p{L}])|アカウント|계정/iu;
const SHUT =
  /(?<![\p{L}])(?:clos\p{L}*|suspend\p{L}*|block\p{L}*|lock\p{L}*|delet\p{L}*|terminat\p{L}*|deactivat\p{L}*|disabl\p{L}*|gesperrt|geschlossen|gelöscht|deaktiviert|gekündigt|fermé\p{L}*|suspendu\p{L}*|bloqué\p{L}*|supprimé\p{L}*|cerrad\p{L}*|suspendid\p{L}*|bloquead\p{L}*|eliminad\p{L}*|chius\p{L}*|sospes\p{L}*|bloccat\p{L}*|cancellat\p{L}*|disattivat\p{L}*|zablokowan\p{L}*|zamknięt\p{L}*|usunięt\p{L}*|zawieszon\p{L}*|kapatıl\p{L}*|askıya|engellen\p{L}*|silinecek\p{L}*|geblokkeerd|gesloten|opgeheven|spärra\p{L}*|stäng\p{L}*|avslut\p{L}*)(?![\p{L}])|停止|凍結|閉鎖|削除|利用できなく|정지|차단|해지|삭제/iu;
// Hours or today: phishing's clock. Days are a grace period's or a billing cycle's ("deleted in 30 days unless you log
// in", "suspended in 5 days unless it is paid", a trial ending in 3 days), which honest replies give (review of chk13).
const DEADLINE =
  /\d+\s*(?:h|hours?|stunden|heures?|horas?|ore|godzin\p{L}*|saat|uur|timmar)(?![\p{L}])|(?<![\p{L}])(?:today|tonight|heute|aujourd['’]hui|hoy|oggi|dzisiaj|dziś|bugün|vandaag|idag)(?![\p{L}])|\d+\s*時間|本日中|\d+\s*시간|오늘/iu;
const UNLESS =
  /(?<![\p{L}])(?:unless|if\s+you\s+(?:do\s+not|don['’]t|fail)|if\s+not|wenn\s+Sie\s+nicht|sofern\s+Sie\s+nicht|falls\s+Sie\s+nicht|à\s+moins\s+que|si\s+vous\s+ne|si\s+no|a\s+menos\s+que|se\s+non|a\s+meno\s+che|jeśli\s+nie|jeżeli\s+nie|o\s+ile\s+nie|önlemek\s+için|aksi\s+(?:halde|takdirde)|tenzij|als\s+u\s+(?:niet|geen)|om\s+du\s+inte|såvida\s+inte)(?![\p{L}])|しない場合|されない場合|ない場合|않으면|않을\s*경우/iu;
const MONEY =
  /(?<![\p{L}])(?:pay\p{L}*|fee|fees|balance|gebühr\p{L}*|begleich\p{L}*|zahl\p{L}*|frais|pa(?:iement|yez)|tasa|pag\p{L}*|tassa|saldo|opłat\p{L}*|zapła\p{L}*|ücret\p{L}*|öde\p{L}*|betal\p{L}*|avgift\p{L}*)(?![\p{L}])|支払|料金|결제|요금/iu;

/** The threats of a closed account unless the customer acts, as flags. */
export function urgencyThreats(text: string, vouched = ''): { kind: 'payment' | 'unknown-contact'; detail: string }[] {
  const sentences = splitSentences(text);
  // A team whose own snippets or facts say when an account is closed unless something is done (a billing policy) is
  // told back, not threatening (review of chk13).
  const policy = (s: string) => ACCOUNT.test(s) && SHUT.test(s) && UNLESS.test(s);
  if (vouched && splitSentences(vouched.slice(0, 20_000)).some(policy)) return [];
  for (const [i, sentence] of sentences.entries()) {
    if (!ACCOUNT.test(sentence) || !SHUT.test(sentence) || !DEADLINE.test(sentence) || !UNLESS.test(sentence)) continue;
    // What is asked may follow: "… will be suspended. Reply with your card number."
    const asked = `${sentence} ${sentences[i + 1] ?? ''}`;
    return [
      {
        kind: MONEY.test(asked) ? 'payment' : 'unknown-contact',
        detail: `threatens to close the account unless the customer acts at once, the pressure phishing uses: "${sentence.trim().slice(0, 100)}"`,
      },
    ];
  }
  return [];
}
