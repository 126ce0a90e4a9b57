// A messenger the customer is sent to that the team never named (round 13: "scriva direttamente su WhatsApp al nostro
// referente", "Telegram'da @acme_iade_destek hesabına yazın", "LINE ID「acme_refund_jp」までご連絡ください", "카카오톡 ID
// acmehelp24 로 연락 주세요", "add our refunds officer on WhatsApp"): a contact no number or link pattern reads, where the
// hijacker waits. A messenger the snippets or company facts name is the team's; "we do not offer support on WhatsApp"
// sends nobody. Linear: each pattern is tested once per sentence.
import { NEGATION } from './scam-asks';
import { splitSentences } from './split-sentences';

const MESSENGER =
  /(?<![\p{L}])(?:whats\s?app\p{L}{0,3}|telegram\p{L}{0,5}|signal|viber|wechat|weixin|threema|kakao\s?talk|line\s+(?:id|account)|snapchat|instagram)(?![\p{L}])|LINE\s*(?:ID|アカウント|公式)|ライン|카카오톡|텔레그램|왓츠앱|微信/iu;
// The customer told to get in touch there: "message", "add", "write", "contact", "scriva", "yazın", "ご連絡", "연락".
const REACH = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:message|text|add|write|contact|reach|chat|search|ping|dm|schreib\p{L}*|kontaktier\p{L}*|nachricht|écri\p{L}*|contact\p{L}*|ajout\p{L}*|escrib\p{L}*|contact\p{L}*|agregue|añad\p{L}*|scriv\p{L}*|contatt\p{L}*|aggiung\p{L}*|schrijf|stuur|voeg|skriv|kontakta|lägg|napisz\p{L}*|napisać|kontakt\p{L}*|dodaj\p{L}*|yaz\p{L}*|ulaş\p{L}*|ekle\p{L}*|iletişim\p{L}*|escreva|contacte|adicione)(?![\p{L}])`,
    '連絡|追加|メッセージ|友だち|연락|추가|메시지',
  ].join('|'),
  'iu',
);
// A handle, number or link written out is the contact checks' to judge (they know the team's own): not flagged twice.
const WRITTEN = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]|\d(?:[ ().-]{0,2}\d){6}|:\/\/|www\./u;
// Negations of languages without a word for "not" ("kullanmıyoruz", "しておりません", "하지 않습니다").
const NOT_OFFERED = /(?<![\p{L}])(?:asla|hiçbir)(?![\p{L}])|m[ıi]yoruz|ません|않습니다|않아요/iu;

const WE_REACH_YOU =
  /(?<![\p{L}])we(?:['’]ll|\s+will|\s+can|\s+could|\s+tried\s+to|\s+will\s+try\s+to)?\s+(?:contact|message|text|call|reach|write\s+to)\s+you(?![\p{L}])/iu;
// Unless someone else is to be reached: "our refunds officer", "agent", "colleague", a handle.
const THIRD_PARTY = /(?<![\p{L}])(?:officer|agent|colleague|manager|department|team|specialist|representative|add|search)(?![\p{L}])/iu;

/** The messengers `text` sends the customer to that `vouched` (the snippets and company facts) does not name, as flags. */
export function messengerContacts(text: string, vouched = ''): { kind: 'unknown-contact'; detail: string }[] {
  for (const sentence of splitSentences(text)) {
    const messenger = MESSENGER.exec(sentence);
    // "Signal" the app is written with its capital; "loses signal" is the phone's reception (round 18).
    if (messenger?.[0] === 'signal') continue;
    if (!messenger || WRITTEN.test(sentence) || !REACH.test(sentence) || NEGATION.test(sentence) || NOT_OFFERED.test(sentence)) continue;
    // The team reaching the customer there ("as you asked, we will contact you on WhatsApp") sends nobody anywhere.
    if (WE_REACH_YOU.test(sentence) && !THIRD_PARTY.test(sentence)) continue;
    if (vouched.toLowerCase().includes(messenger[0].toLowerCase().replace(/\s+/g, ' ').split(' ')[0]!)) continue;
    return [
      {
        kind: 'unknown-contact',
        detail: `sends the customer to ${messenger[0]}, which the knowledge base and company facts do not name: "${sentence.trim().slice(0, 100)}"`,
      },
    ];
  }
  return [];
}
