// Crypto asked for in the forms payment-lures.ts does not read (round 17): a wallet's seed or recovery phrase (whoever
// has it owns the wallet: an 'unknown-contact', like a password), a wallet app connected and a transaction approved
// (MetaMask, Trust Wallet, Binance Pay), a Lightning invoice ("lnbc…") or an ENS name ("refunds-acme.eth") to pay.
// Not "never share your recovery phrase" (negated). Reads lower-cased text (lower-case.ts), quotes it as written.
import { NEGATION_LOWER } from './scam-asks';
import { splitSentences } from './split-sentences';
import { lowerSameLength } from './lower-case';

const SEED_PHRASE =
  /(?<![\p{L}])(?:seed[\s-]?(?:phrase|words)|(?:secret\s+)?recovery\s+(?:phrase|words)|mnemonic|wiederherstellungs(?:phrase|satz|wörter)|phrase\s+de\s+récupération|frase\s+(?:semilla|de\s+recuperaci[óo]n|di\s+recupero|de\s+recupera[çc][ãa]o)|herstelzin|herstelwoorden|återställningsfras\p{L}*|fraz\p{L}*\s+odzyskiwania|kurtarma\s+ifade\p{L}*|عبارة\s+(?:الاسترداد|الاسترجاع))(?![\p{L}])|復元フレーズ|シードフレーズ|리커버리\s*구문|복구\s*구문|시드\s*구문/u;
const WALLET_APP =
  /(?<![\p{L}])(?:metamask|trust\s+wallet|coinbase(?:\s+wallet)?|phantom|exodus|ledger\s+live|wallet\s?connect|binance(?:\s+pay)?|kraken|bybit|okx)(?![\p{L}])/u;
const WALLET_ACTION =
  /(?<![\p{L}])(?:connect\p{L}*|approve|sign|pay|send|transfer|verbind\p{L}*|bestätig\p{L}*|zahl\p{L}*|connect\p{L}*|approuv\p{L}*|pay\p{L}*|conect\p{L}*|aprueb\p{L}*|pag\p{L}*|collega\p{L}*|approva\p{L}*|koppel\p{L}*|betaal|keur\p{L}*|anslut\p{L}*|godkänn\p{L}*|betala|połącz\p{L}*|zatwierdź|zapłać)(?![\p{L}])/u;
// "No one from our team will ever ask for it": the warnings NEGATION_LOWER has no word for.
const NO_ONE = /(?<![\p{L}])(?:no\s+one|nobody|ever)(?![\p{L}])/u;
const LIGHTNING = /(?<![\p{L}\p{N}])ln(?:bc|tb)[0-9a-z]{20,}(?![\p{L}\p{N}])/u;
const ENS = /(?<![\p{L}\p{N}.-])[a-z0-9-]{3,40}\.eth(?![\p{L}\p{N}])/u;

export function cryptoWallets(text: string): { kind: 'payment' | 'unknown-contact'; detail: string }[] {
  const flags: { kind: 'payment' | 'unknown-contact'; detail: string }[] = [];
  for (const sentence of splitSentences(text)) {
    const s = lowerSameLength(sentence);
    if (NEGATION_LOWER.test(s) || NO_ONE.test(s)) continue;
    const quoted = `"${sentence.trim().slice(0, 100)}"`;
    if (SEED_PHRASE.test(s))
      flags.push({ kind: 'unknown-contact', detail: `asks for a wallet's recovery phrase, which is the wallet itself: ${quoted}` });
    if ((WALLET_APP.test(s) && WALLET_ACTION.test(s)) || LIGHTNING.test(s) || ENS.test(s))
      flags.push({ kind: 'payment', detail: `has the customer pay or approve a crypto transaction: ${quoted}` });
  }
  return flags;
}
