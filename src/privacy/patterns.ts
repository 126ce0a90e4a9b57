// Detectors for structured personal data: e-mail, phone, card, IBAN, IP. Each returns spans; overlaps are
// resolved by the redactor. Checksums and context keep order numbers, dates and amounts out.
import { ibanValid, luhnValid } from './checksums';
import type { EntityType } from './vault';

export interface Span {
  start: number;
  end: number;
  type: EntityType;
}

function spans(text: string, pattern: RegExp, type: EntityType, accept: (match: string, at: number) => boolean = () => true): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const value = m[0];
    if (accept(value, m.index)) found.push({ start: m.index, end: m.index + value.length, type });
  }
  return found;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
export const findEmails = (text: string) => spans(text, EMAIL, 'EMAIL');

// Four-character groups, optionally space-separated; the checksum decides, trimming trailing groups that a
// greedy match may have swallowed ("DE89 3704 0044 0532 0130 00 BIC …").
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
export function findIbans(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(IBAN)) {
    let value = m[0];
    while (value.length >= 15 && !ibanValid(value)) value = value.replace(/ ?[A-Z0-9]{1,4}$/, '');
    if (value.length >= 15 && ibanValid(value)) found.push({ start: m.index, end: m.index + value.length, type: 'IBAN' });
  }
  return found;
}

const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
export const findCards = (text: string) => spans(text, CARD, 'CARD', (value) => luhnValid(value));

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?!\\w|\\.\\d)`, 'g');
// Full or compressed ("fe80::1", "2001:db8::8a2e:370:7334") IPv6; validated below.
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}|:)?(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi;
function looksLikeIpv6(value: string): boolean {
  const compressed = value.split('::').length - 1;
  const groups = value.split(':').filter(Boolean);
  if (compressed > 1 || groups.length > 8 || (!compressed && groups.length !== 8)) return false;
  // Times like 10:30:00 are all digits; an address written out has hex letters or "::".
  return groups.length >= 2 && (/[a-f]/i.test(value) || compressed === 1);
}
export const findIps = (text: string) => [
  ...spans(text, IPV4, 'IP'),
  ...spans(text, IPV6, 'IP', looksLikeIpv6),
];

// Phone numbers: groups of digits with at most two separators between them, optionally with +/00 and a
// "(0)". Accepted when international (+ or 00), national with a trunk 0 and ≥ 9 digits, North American
// 3-3-4, or Iberian 3-3-3 mobile grouping, or preceded by a phone word; rejected when date-shaped or
// introduced by an order/invoice/tracking word.
const PHONE = /(?<![\p{L}\p{N}@#+/.:-])(?:\+|00)?\s?(?:\(0\)\s?)?\(?\d{1,12}\)?(?:(?:[ .\-/]{1,2}|(?<=\)))\(?\d{1,8}\)?){0,6}(?![\p{L}\p{N}])/gu;
const PHONE_WORD = /(?<![\p{L}])(?:tel|phone|mobile|cell|call|ring|telefon|handy|mobil|nummer|bel|gsm|mob|téléphone|portable|teléfono|móvil|telefono|cellulare|telemóvel|telefone|هاتف|جوال|رقم)\W{0,4}[^\n\d]{0,12}$/iu;
const ORDER_WORD = /(?:order|bestell|auftrag|bestelling|ordre|commande|pedido|ordine|encomenda|ticket|invoice|rechnung|factuur|faktura|facture|factura|fattura|fatura|tracking|sendung|kunden|customer|ref|case|artikel|article|sku|zaak|ärende|referen|número de pedido|#)[\p{L}.]*\W{0,4}$/iu;
const DATE_LIKE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/;

function looksLikePhone(value: string, before: string): boolean {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (DATE_LIKE.test(trimmed) && !/^(?:\+|00)/.test(trimmed)) return false;
  const phoneWord = PHONE_WORD.test(before);
  if (!phoneWord && ORDER_WORD.test(before)) return false;
  if (/^(?:\+|00)/.test(trimmed)) return digits.length >= 9;
  if (phoneWord && digits.length >= 8) return true;
  if (/^\(?0/.test(trimmed)) return (digits.length >= 9 && /[\s\-/.()]/.test(trimmed)) || digits.length === 10;
  if (/^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/.test(trimmed)) return true;
  return /^[6-9]\d{2} \d{3} \d{3}$/.test(trimmed) || /^9\d \d{3} \d{2} \d{2}$/.test(trimmed);
}

export function findPhones(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(PHONE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    const start = m.index + lead;
    if (looksLikePhone(value, text.slice(Math.max(0, start - 30), start))) found.push({ start, end: start + value.length, type: 'PHONE' });
  }
  return found;
}
