// Detectors for structured personal data: e-mail, phone, card, IBAN, IP. Each returns spans; overlaps are
// resolved by the redactor. Checksums and context keep order numbers, dates and amounts out.
// One file per kind; this file only gathers them, so importers keep one place to ask.
export { findCards } from './cards';
export { besideCurrency, currencyAfter } from './currency';
export { findEmails } from './emails';
export { findIbans } from './ibans';
export { findIps } from './ips';
export { findPhones } from './phones';
export { ID_WORDS, ORDER_WORD, PHONE_WORD } from './record-words';
export type { Span } from './spans';
