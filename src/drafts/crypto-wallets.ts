// Crypto asked for in the forms payment-lures.ts does not read (round 17): a wallet's seed or recovery phrase (whoever
// has it owns the wallet: an 'unknown-contact', like a password), a wallet app connected and a transaction approved
// (MetaMask, Trust Wallet, Binance Pay), a Lightning invoice ("lnbc…") or an ENS name ("refunds-acme.eth") to pay.
// Not "never share your recovery phrase" (negated before it in its clause: negated-before.ts, not "send us your seed
// phrase, we never store it"). Reads lower-cased text (lower-case.ts), quotes it as written.
import { askedUndenied, undeniedAsks } from './negated-before';
import { splitSentences } from './split-sentences';
import { lowerSameLength } from './lower-case';

const SEED_PHRASE =
  /(?<![\p{L}])(?:seed[\s-]?(?:phrase|words)|(?:secret\s+)?recovery\s+(?:phrase|words)|mnemonic|wiederherstellungs(?:phrase|satz|wörter)|phrase\s+de\s+récupération|frase\s+(?:semilla|de\s+recuperaci[óo]n|di\s+recupero|de\s+recupera[çc][ãa]o)|herstelzin|herstelwoorden|återställningsfras\p{L}*|fraz\p{L}*\s+odzyskiwania|kurtarma\s+ifade\p{L}*|عبارة\s+(?:الاسترداد|الاسترجاع))(?![\p{L}])|復元フレーズ|シードフレーズ|리커버리\s*구문|복구\s*구문|시드\s*구문/gu;
const WALLET_APP =
  /(?<![\p{L}])(?:metamask|trust\s+wallet|coinbase(?:\s+wallet)?|phantom|exodus|ledger\s+live|wallet\s?connect|binance(?:\s+pay)?|kraken|bybit|okx)(?![\p{L}])/u;
// Not what we do ("we will send the tracking link", review of chk17), nor a screenshot or a log sent to us from the app
// ("open Ledger Live and send us a screenshot of the device screen", chk18).
const WALLET_ACTION =
  /(?<![\p{L}])(?<!(?<![\p{L}])(?:we|we['’]ll|we\s+will)\s)(?:connect\p{L}*|approve|sign|pay|send|transfer|verbind\p{L}*|bestätig\p{L}*|zahl\p{L}*|connect\p{L}*|approuv\p{L}*|pay\p{L}*|conect\p{L}*|aprueb\p{L}*|pag\p{L}*|collega\p{L}*|approva\p{L}*|koppel\p{L}*|betaal|keur\p{L}*|anslut\p{L}*|godkänn\p{L}*|betala|połącz\p{L}*|zatwierdź|zapłać)(?![\p{L}])(?!\s+(?:us|me)\s+(?:(?:a|an|the|your)\s+)?(?:screenshots?|photos?|pictures?|images?|logs?|videos?|messages?|e-?mails?|notes?|serial))/gu;
// A warning later in the sentence ("keep your recovery phrase offline: no one from our team will ever ask for it"), unless
// the phrase's own clause has it sent ("send us your seed phrase; no one else will ever ask for it").
const WARNED = /(?<![\p{L}])(?:no\s+one|nobody|never|will\s+not|won['’]t)[^.!?\n]{0,40}?(?<![\p{L}])(?:ask|request)\p{L}*/u;
// "Write it down" or "on paper" keeps the phrase, it sends nothing (chk18); "e-mail it to us", "upload", "text" send it
// (review of chk18: "Write your seed phrase down and email it to us" passed as kept).
const SENT =
  /(?<![\p{L}])(?:send|share|reply|enter|type|give|provide|tell|paste|submit|write(?!\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:down|on\s+paper))|forward|confirm|read|e-?mail|mail|text|upload|attach|dm|whatsapp)(?![\p{L}])/u;
// Where the phrase is kept, not sent: "write your recovery phrase on paper", "it stays on your device", "we cannot
// recover it". With no ask beside it, such a sentence is advice (chk18).
const KEPT =
  /(?<![\p{L}])(?:on\s+paper|offline|write\s+(?:[\p{L}\p{N}-]+\s+){0,3}?down|safe\s+place|stays?\s+on\s+your\s+(?:device|phone|computer)|(?:cannot|can['’]t|can\s+not)\s+(?:recover|restore|see|access|reset)|auf\s+papier|aufschreiben|op\s+papier|på\s+papper|sur\s+papier|en\s+papel|su\s+carta|na\s+papierze)(?![\p{L}])/u;
// "Mnemonic" alone is as often a memory aid ("just a mnemonic for the setup steps"): a wallet's only when sent (chk18).
const MNEMONIC = /^mnemonic$/u;
// Linear: 80 characters either side at most.
const clauseAround = (s: string, at: number, length: number) => {
  const before = s.slice(Math.max(0, at - 80), at);
  const after = s.slice(at + length, at + length + 80);
  return `${before.split(/[,;:–—]/u).pop() ?? ''}${s.slice(at, at + length)}${after.split(/[,;:–—]/u)[0] ?? ''}`;
};
const LIGHTNING = /(?<![\p{L}\p{N}])ln(?:bc|tb)[0-9a-z]{20,}(?![\p{L}\p{N}])/gu;
const ENS = /(?<![\p{L}\p{N}.-])[a-z0-9-]{3,40}\.eth(?![\p{L}\p{N}])/gu;

export function cryptoWallets(text: string): { kind: 'payment' | 'unknown-contact'; detail: string }[] {
  const flags: { kind: 'payment' | 'unknown-contact'; detail: string }[] = [];
  for (const sentence of splitSentences(text)) {
    const s = lowerSameLength(sentence);
    const quoted = `"${sentence.trim().slice(0, 100)}"`;
    const seeds = undeniedAsks(s, SEED_PHRASE);
    const sentHere = (m: RegExpExecArray) => SENT.test(clauseAround(s, m.index, m[0].length));
    if (seeds.some((m) => sentHere(m) || (!MNEMONIC.test(m[0]) && !WARNED.test(s) && !KEPT.test(s))))
      flags.push({ kind: 'unknown-contact', detail: `asks for a wallet's recovery phrase, which is the wallet itself: ${quoted}` });
    if ((WALLET_APP.test(s) && askedUndenied(s, WALLET_ACTION)) || askedUndenied(s, LIGHTNING) || askedUndenied(s, ENS))
      flags.push({ kind: 'payment', detail: `has the customer pay or approve a crypto transaction: ${quoted}` });
  }
  return flags;
}
