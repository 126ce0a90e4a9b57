// The customer's balance or funds moved to an account the draft points at, with no "pay" in it (chk18): "transfer the
// balance to this account: …", "move your funds to the safe account our security team set up", "übertragen Sie das
// Guthaben auf dieses Konto", "verplaats het saldo naar deze rekening". A team refunds to the customer's own account
// ("to your account", "the account you paid from") and says so; it does not have the customer move money to one of
// its own. Reads lower-cased text (lower-case.ts); linear: bounded gaps, each pattern once per sentence.
import { undeniedAsks } from './negated-before';
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

// The verb and the money moved, a few words apart: "transfer the remaining balance", "sende das restliche Guthaben".
const MOVED = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:we|we['’]ll|wir|wij|vi|nous)\s(?:(?:can|could|will|would|may|shall|können|werden|kunnen|zullen|kan|ska|pouvons|allons|pourrons)\s)?)(?:transfer|move|send|put|wire|übertrag\p{L}*|verschieb\p{L}*|überweis\p{L}*|verplaats|maak|zet|flytta|för|överför|transfér\p{L}*|vire[zr]|déplace[zr]|transfier\p{L}*|mueva|transfira|mova|trasferisc\p{L}*|sposti|przelej|przenieś|aktar\p{L}*)` +
    String.raw`\s+(?:[\p{L}\p{N}€$£.,-]+\s+){0,3}?(?:balance|funds|money|savings|amount|guthaben|geld|betrag|ersparnisse|saldo|saldot|geld|bedrag|pengar|beloppet|solde|fonds|argent|montant|fondos|dinero|importe|fundos|dinheiro|fondi|denaro|importo|środki|bakiye\p{L}*)(?![\p{L}])`,
  'gu',
);
// An account the draft points at: "this account", "the following account", "the safe account", "an escrow account",
// "dieses Konto", "deze rekening", "detta konto", "ce compte", "esta cuenta".
const THAT_ACCOUNT =
  /(?<![\p{L}])(?:(?:this|that|the\s+following|a|an|the\s+(?:safe|secure|protected|escrow|holding|temporary|partner|verification|new)|our\s+(?:[\p{L}-]+\s+)?)\s*(?:(?:safe|secure|protected|escrow|holding|temporary|new|partner|verification|trust|reserve)\s+)?(?:bank\s+)?account|(?:dieses|folgende|ein|das\s+(?:sichere|geschützte|treuhand)|unser\p{L}{0,2})\s+(?:\p{L}+\s+)?(?:treuhand|sicherheits|schutz)?konto|(?:deze|de\s+volgende|een|onze)\s+(?:\p{L}+\s+)?rekening|(?:detta|följande|ett|vårt)\s+(?:\p{L}+\s+)?konto|(?:ce|le\s+compte\s+suivant|un|notre)\s*(?:\p{L}+\s+)?compte|(?:esta|la\s+siguiente|una|nuestra)\s+(?:\p{L}+\s+)?cuenta|(?:esta|uma|nossa)\s+(?:\p{L}+\s+)?conta|(?:questo|un|nostro)\s+(?:\p{L}+\s+)?conto|(?:to|nasze|nowe|bezpieczne)\s+konto|the\s+account\s+(?:below|above|(?:listed|shown|given)\s+below|number)|the\s+below\s+account)(?![\p{L}])(?!\s+(?:you|that\s+you|your))/u;

// Korean and Japanese: the balance moved to an account ("잔액을 아래 안전 계좌로 이체해 주세요", "残高を下記の口座に振り込んでください").
const CJK_MOVED = /(?:잔액|예금|자금|残高|預金|資金)[^.!?。\n]{0,30}?(?:계좌|口座)[^.!?。\n]{0,20}?(?:이체|송금|振込|振り込|送金|移して)/u;
const CJK_NEGATED = /(?:마세요|말아|ないで|しないで)/u;

// An account of the customer's own choosing, none the draft names: "transfer the balance to a bank account in your name"
// (review of chk18). Not "a safe account in your name", the scam's own words.
const OWN_ACCOUNT =
  /(?<![\p{L}])(?:a|an)\s+(?:(?:bank|savings|checking|current)\s+)?account\s+(?:in\s+your\s+(?:own\s+)?name|of\s+your\s+(?:own\s+)?choice|of\s+your\s+own|you\s+own|you\s+hold)(?![\p{L}])/gu;

const ACCOUNT_WORD = /account|konto|rekening|compte|cuenta|conta|conto|계좌|口座/iu;

/** Money the customer is told to move to an account the draft names, as 'payment' flags. */
export function balanceMoves(text: string): { kind: 'payment'; detail: string }[] {
  // Most drafts name no account: the large patterns are not compiled for them (a fresh process compiles each anew for
  // the first two-byte draft, bench:drafts).
  if (!ACCOUNT_WORD.test(text)) return [];
  for (const sentence of splitSentences(text)) {
    const s = lowerSameLength(sentence).replace(OWN_ACCOUNT, (m) => ' '.repeat(m.length));
    const cjk = CJK_MOVED.test(s) && !CJK_NEGATED.test(s);
    if (!cjk && (!THAT_ACCOUNT.test(s) || undeniedAsks(s, MOVED).length === 0)) continue;
    return [
      { kind: 'payment', detail: `has the customer move money to an account nobody vouched for: "${sentence.trim().slice(0, 100)}"` },
    ];
  }
  return [];
}
