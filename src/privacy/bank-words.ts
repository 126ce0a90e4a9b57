// The labels of a bank account written the country's way (labelled.ts reads what follows them). Modelled, not
// measured: no live corpus was checked for these.
// Bank account numbers written the country's own way, not as an IBAN: a UK account number with its sort
// code, a German Kontonummer with its BLZ, a Spanish CCC ("0049 1500 05 1234567890"). They name the same
// account an IBAN does (a GB IBAN is the sort code and the account number), so they are IBAN. These words
// name a bank account in their language; a bare "account number" is as often the shop's customer number,
// so it counts only with a bank word near it (BANK_CUE).
export const BANK_WORDS = [
  'sort code',
  'routing number',
  'bank account number',
  'bank account',
  'Kontonummer',
  'BLZ',
  'Konto-Nr.',
  'Kto.-Nr.',
  'Bankleitzahl',
  'rekeningnummer',
  'bankrekeningnummer',
  'bankrekening',
  'clearingnummer',
  'bankkonto',
  'numéro de compte bancaire',
  'compte bancaire',
  'número de cuenta',
  'cuenta bancaria',
  'numero di conto',
  'conto corrente',
  'número da conta',
  'conta bancária',
];
// "Account: 31926819" and "my account 31926819" too: with a bank cue near (a sort code, a bank's name).
export const ACCOUNT_WORDS = ['account number', 'account no.', 'account no', 'acct no.', 'acct no', 'account #', 'account', 'acct'];
