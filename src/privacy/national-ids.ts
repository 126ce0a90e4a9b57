// National identifiers written without a label (labelled.ts finds "BSN 123456782", "personnummer …"):
// a Dutch BSN, a Swedish personnummer, a Saudi national id or iqama, a US social security number, a Spanish
// DNI or NIE. A bare
// number is an id only when the country's checksum (or the SSA's rules) holds, it has the country's shape
// (the personnummer's "-" after a date), it stands alone (not the national part of "+31 …", not inside a
// longer number, not the value of "ts=…"), no word before it says it is an order, a parcel, a reference,
// an account, a product or a phone number, and no currency beside it says it is an amount: those are what
// agents need to see.
import { elevenProofValid, luhnDigitsValid } from './checksums';
import { codiceFiscaleValid, nirValid, peselValid, tcKimlikValid } from './id-checksums';
import { cnpjValid, cprValid, cpfValid, fodselsnummerValid, henkilotunnusValid, nifValid, rodneCisloValid } from './national-id-checks';
import { aadhaarValid, chineseIdValid, cnpValid, rrnValid, thaiIdValid } from './digit-id-checks';
import { besideCurrency, ID_WORDS, ORDER_WORD, PHONE_WORD, type Span } from './patterns';

// A letter of a script written without blanks between words (Chinese, Japanese, Korean particles, Thai) may
// touch a number ("…로", "…です") without making it part of a word.
const WORD_LETTER = '(?![\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Thai}])\\p{L}';
const ALONE_BEFORE = `(?<![\\p{N}+#@/.:=_-]|${WORD_LETTER})(?<![+=\\p{N}] )`;
const ALONE_AFTER = `(?![\\p{N}_=]|${WORD_LETTER}|[.,/:+-]\\p{N}| \\p{N})`;
// Nine digits, 4.2.3 as the BSN is printed on documents, or read out in threes ("987 654 329"): a BSN or a
// Portuguese NIF (a person's starts with 1, 2 or 3). In threes a number starting 4 to 9 or 0 is a phone's
// shape ("800 700 600", "612 345 678"): only 1 to 3 first.
const BSN = new RegExp(`${ALONE_BEFORE}(?:\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|[1-3]\\d{2} \\d{3} \\d{3})${ALONE_AFTER}`, 'gu');
const nifHolds = (value: string) => /^[123]/.test(value) && nifValid(value);
// Either check passes one random nine-digit number in eleven, and an order's or a customer's number is that
// long too: run together or in threes, a number is read as an id only when its line, 60 characters either
// side, speaks of identity, records, checks or tax ("ter controle", "mijn gegevens", "your records", "na
// fatura", "contribuinte", "KYC"); the 4.2.3 print of a BSN is read anywhere. Labelled ids are labelled.ts's.
// The writer giving their own number ("my number is", "o meu é", "mijn nummer", "Steuer-ID", "sofinummer")
// and a nine-digit number alone on its line (under a signature) are read as ids too: when unsure, it goes.
const ID_CONTEXT =
  /(?<![\p{L}])(?:control|kontrol|verif|record|identi|kyc|gegevens|persoonsgegevens|fatura|factura|recibo|contribuinte|fiscal|cadastr|registo|dados|finan[cç]as|belasting|formul|citizen|burgerservice|sofi|steuer|bsn|nif|(?:mijn|my|meine?|meu|minha)\s(?:nummer|number|n[úu]mero|nr|é|is|ist)(?![\p{L}])|वेरिफ|सत्याप|पहचान|केवाईसी)/iu;
function inIdContext(text: string, start: number, end: number, aloneCounts = false): boolean {
  const line = (from: number, to: number) => text.slice(from, to).split('\n');
  const before = line(Math.max(0, start - 60), start);
  const after = line(end, end + 60);
  const alone = (before.length > 1 || start <= 60) && (after.length > 1 || end + 60 >= text.length);
  if (aloneCounts && alone && !/[\p{L}\p{N}]/u.test(before.at(-1)! + after[0]!)) return true;
  return ID_CONTEXT.test(before.at(-1)!) || ID_CONTEXT.test(after[0]!);
}
// Thirteen digits: a Romanian CNP (sex and century, YYMMDD, a county 01 to 52, three digits, the check).
const CNP = new RegExp(`${ALONE_BEFORE}([1-8])(\\d{2})(\\d{2})(\\d{2})(?:0[1-9]|[1-4]\\d|5[0-2])\\d{4}${ALONE_AFTER}`, 'gu');
const CNP_CENTURY: Record<string, string> = { '1': '19', '2': '19', '3': '18', '4': '18', '5': '20', '6': '20' };
// A Chinese resident id: the region (1 to 8 first), YYYYMMDD, three digits, the check (a digit or X).
const CHINESE_ID = new RegExp(`${ALONE_BEFORE}[1-8]\\d{5}((?:19|20)\\d{2})(\\d{2})(\\d{2})\\d{3}[\\dXx]${ALONE_AFTER}`, 'gu');
// A Korean resident registration number: YYMMDD, "-", sex and century (1, 2 1900s; 3, 4 2000s), six digits.
// Numbers issued since October 2020 end without the check digit and are not read here.
const RRN = new RegExp(`${ALONE_BEFORE}(\\d{2})(\\d{2})(\\d{2})-([1-4])\\d{6}${ALONE_AFTER}`, 'gu');
// An Aadhaar as printed, three fours (2 to 9 first): Verhoeff's check passes one number in ten, so its line
// must speak of identity or checking too, as a bare nine-digit BSN's.
const AADHAAR = new RegExp(`${ALONE_BEFORE}[2-9]\\d{3} \\d{4} \\d{4}${ALONE_AFTER}`, 'gu');
// A Thai id as printed: 1-4-5-2-1.
const THAI_ID = new RegExp(`${ALONE_BEFORE}[1-8]-\\d{4}-\\d{5}-\\d{2}-\\d${ALONE_AFTER}`, 'gu');
// (YY)YYMMDD, "-" ("+" past a hundredth birthday), four digits; Luhn over the last ten digits.
const PERSONNUMMER = new RegExp(`${ALONE_BEFORE}((?:18|19|20)\\d{2}|\\d{2})(\\d{2})(\\d{2})([-+])\\d{4}${ALONE_AFTER}`, 'gu');
// Run together: twelve digits (YYYYMMDD and four, Luhn over the last ten) or ten: a personnummer (YYMMDD) or a
// Danish CPR (DDMMYY, its modulus 11), not 0 first: ten digits so are a phone number ("0612345678" holds the
// CPR's check), and a CPR of the first nine days is read only with its dash.
const PERSONNUMMER_RUN = new RegExp(`${ALONE_BEFORE}((?:18|19|20)\\d{2})(\\d{2})(\\d{2})\\d{4}${ALONE_AFTER}`, 'gu');
const TEN = new RegExp(`${ALONE_BEFORE}(\\d{2})(\\d{2})(\\d{2})\\d{4}${ALONE_AFTER}`, 'gu');
// A Danish CPR (DDMMYY-SSSS) has the personnummer's shape; the CPR is read day first.
const cprHolds = (digits: string) => plausibleBirth(digits.slice(4, 6), digits.slice(2, 4), digits.slice(0, 2), '-') && cprValid(digits);
// A Finnish henkilötunnus: DDMMYY, the century ('+' 1800s, '-' or U to Y 1900s, A to F 2000s), three digits, the check.
const HENKILOTUNNUS = new RegExp(`${ALONE_BEFORE}(\\d{2})(\\d{2})(\\d{2})([-+A-FU-Y])\\d{3}[0-9A-Y]${ALONE_AFTER}`, 'gu');
const hetuCentury = (sign: string) => (sign === '+' ? '18' : /[A-F]/.test(sign) ? '20' : '19');
// A Brazilian CPF or CNPJ as printed ("111.444.777-35", "12.345.678/0001-95"), or a CNPJ's fourteen digits.
const CPF = new RegExp(`${ALONE_BEFORE}\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}${ALONE_AFTER}`, 'gu');
const CNPJ = new RegExp(`${ALONE_BEFORE}(?:\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}|\\d{14})${ALONE_AFTER}`, 'gu');
// A Czech or Slovak rodné číslo: YYMMDD/SSSC, the month plus 50 for a woman (plus 20 or 70 when numbers ran out).
const RODNE_CISLO = new RegExp(`${ALONE_BEFORE}(\\d{2})(\\d{2})(\\d{2})/\\d{4}${ALONE_AFTER}`, 'gu');
function rodneCisloHolds(m: RegExpMatchArray): boolean {
  const month = Number(m[2]) % 50 > 12 ? (Number(m[2]) % 50) - 20 : Number(m[2]) % 50;
  const year = Number(m[1]) < 54 ? `20${m[1]}` : `19${m[1]}`;
  return month >= 1 && plausibleBirth(year, String(month), m[3]!, '-') && rodneCisloValid(m[0]);
}
// A Norwegian fødselsnummer: DDMMYY (a D-number adds 40 to the day) and five digits.
const fodselsnummerHolds = (value: string) => {
  const d = value.replace(/\D/g, '');
  return plausibleBirth(d.slice(4, 6), d.slice(2, 4), String(Number(d.slice(0, 2)) % 40), '-') && fodselsnummerValid(d);
};
// Ten digits, 1 for a citizen and 2 for a resident; Luhn.
const SAUDI_ID = new RegExp(`${ALONE_BEFORE}[12]\\d{9}${ALONE_AFTER}`, 'gu');
// Eleven digits: a Polish PESEL (a birth date, the month plus 20 after 1999, and its check digit) or a
// Turkish T.C. Kimlik No (two check digits).
const ELEVEN = new RegExp(`${ALONE_BEFORE}(\\d{2})(\\d{2})(\\d{2})\\d{5}${ALONE_AFTER}`, 'gu');
// The same read out in groups, one separator throughout ("750322 11113", "345 678 912 38", "750-322-111-13").
const ELEVEN_GROUPED = new RegExp(`${ALONE_BEFORE}(?:\\d{6}[ -]\\d{5}|\\d{3}([ -])\\d{3}\\1\\d{3}\\1\\d{2})${ALONE_AFTER}`, 'gu');
// An Italian codice fiscale: six letters, year, month letter, day (plus 40 for a woman), the town's code, a
// check letter; in any case ("Mrtmtt91d08f205j": the check letter, one in 26, keeps a code of that shape out).
const CODICE_FISCALE = /(?<![\p{L}\p{N}])[A-Za-z]{6}\d{2}[A-EHLMPR-Ta-ehlmpr-t]\d{2}[A-Za-z]\d{3}[A-Za-z](?![\p{L}\p{N}])/gu;
// A French NIR: sex, year, month (20 and over for an unknown month), département, town, birth number,
// key; printed grouped ("2 88 10 13 055 321 22") or run together.
const NIR = new RegExp(`${ALONE_BEFORE}[1-478] ?\\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\\d) ?\\d{2} ?\\d{3} ?\\d{3} ?\\d{2}${ALONE_AFTER}`, 'gu');
function peselHolds(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  const month = Number(digits.slice(2, 4));
  const century = month > 20 ? '20' : '19';
  return (
    (month <= 12 || (month > 20 && month <= 32)) &&
    plausibleBirth(century + digits.slice(0, 2), String(month % 20), digits.slice(4, 6), '-') &&
    peselValid(digits)
  );
}
// A US social security number: 3-2-4 digits with dashes, no area 000, 666 or 9xx, no group 00 or serial
// 0000 (the SSA's rules).
const SSN = /(?<![\p{L}\p{N}#/.-])(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\p{L}\p{N}]|[-/.]\p{N})/gu;
// Spoken or typed with blanks ("078 05 1120") it is a phone's shape too: an SSN only when its sentence named
// it before, however far and whatever came between ("my SSN on the phone, it is 078 05 1120"), or the
// sentence before named the number itself ("The bank wanted my SSN for the form. I typed 078 05 1120";
// "SSN below.\n078 05 1120"; not "social security benefits. The ticket is …").
const SSN_SPACED = /(?<![\p{L}\p{N}#/.-])(?!000|666|9)\d{3} (?!00)\d{2} (?!0000)\d{4}(?![\p{L}\p{N}]|[-/. ]\p{N})/gu;
const SSN_NAMED = /(?:(?<![\p{L}])SSN|social security|social insurance)(?![\p{L}])[^\n.!?]{0,60}$/iu;
const SSN_NAMED_BEFORE =
  /(?:(?<![\p{L}])SSN|social security (?:number|no)|social insurance number)(?![\p{L}])[^\n.!?]{0,80}(?:[.!?:]+[ \t]*\n?|\n)[ \t]*[^\n.!?]{0,60}$/iu;
// A Spanish DNI (eight digits and a letter) or NIE (X, Y or Z, seven digits, a letter): the letter is the
// number modulo 23 ("12345678Z"); a product code's letter holds one time in 23.
const DNI = new RegExp(`${ALONE_BEFORE}([XYZ]-?)?(\\d{7,8})[ -]?([A-Z])${ALONE_AFTER}`, 'gu');
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
// An order's or invoice's word anywhere just before ("Pedido nº 12345678-Z") makes it the record's number.
const RECORD_NEAR = /(?<![\p{L}])(?:order|pedido|encomenda|commande|bestell|factura|fatura|facture|invoice|rechnung|ticket|ref)/iu;
function dniLetterHolds(m: RegExpMatchArray): boolean {
  const nie = m[1]?.[0];
  if ((nie ? 7 : 8) !== m[2]!.length) return false;
  const number = Number(`${nie ? 'XYZ'.indexOf(nie) : ''}${m[2]!}`);
  return DNI_LETTERS[number % 23] === m[3];
}
// A product's number has the SSN's shape too: "Model 412-88-1234", "The part 123-45-6789", "Versie 123-45-6789".
const PRODUCT_WORD =
  /(?<![\p{L}])(?:model|modell|part|version|versie|firmware|serial|artikel)(?:nummer|nr\.?|s)?(?:\W{1,3}(?:number|no\.?|nr\.?|#))?\W{0,4}$/iu;

// Numbers that are not the customer's identity, on top of orders (ORDER_WORD) and phones (PHONE_WORD):
// accounts, contracts, parcels ("The parcel 123456782", "Paketnummer", "الطرد"), each with an id word
// after it or not.
const OTHER_NUMBER_WORD = new RegExp(
  `(?:(?:account|konto|contract|lot|batch|lote|lotto|partij|vertrag|contrat|contrato|contratto|klant|polis|policy|police|serial|serie|imei|member|mitglied|lidmaat|abonnement|subscription|parcel|package|shipment|paket|pakket|zending|försändelse|colis|paquete|envío|pacco|spedizione|pacote|طرد|شحنة)[\\p{L}.]*(?:\\W{1,3}(?:${ID_WORDS}|رقم)\\b\\.?)?|(?<![\\p{L}])(?:nr|no)\\.?)\\W{0,4}$`,
  'iu',
);
// The same for the record words of the languages whose ids are read without a label (cs, fi, ru, el, da/no,
// pt, as ORDER_WORD has them for the others), a number word or sign and a verb between ("Objednávka č.",
// "Номер заказа", "Заказ №", "Encomenda n.º", "Pedido nº", "Bestellung Nr. … lautet"): an order's, an
// invoice's or a parcel's number that passes a CPR's or a NIF's check is still that record's.
const RECORD_WORD = new RegExp(
  `(?<![\\p{L}])(?:objednáv|objednav|zásil|zasil|faktur|tilau|lasku|seuranta|lähety|bestill|ordre|sporing|forsendelse|pakke|заказ|сч[её]т|трек|отправлени|накладн|посылк|παραγγελ|τιμολ[όο]γ|αποστολ|δέμα|rastrei|rastream|nota fiscal|boleto|protocolo|pedido|encomenda|bestellung|sendung|order|tracking|invoice)[\\p{L}.-]*(?:\\W{1,3}(?:n\\.?[º°o]|nr|no|č|čís|číslo|№|номер|αρ|αριθμός|número|numero|nummer|number|lautet|is|é|é o|je|on|er|är|ist)(?![\\p{L}])\\.?){0,2}\\W{0,4}$`,
  'iu',
);
// Chinese, Japanese and Korean record words, read inside their sentence ("订单号 1101…", "快递单号：…", "주문번호").
const CJK_RECORD_WORD = /(?:订单|訂單|注文|주문|송장|운송장|运单|運單|快递|快遞|单号|單號|物流|追跡|商品|编号|編號)[^\n\d]{0,6}$/u;
/**
 * A real birth date at least two years back: a reference stamped with a recent date ("20240115-0042") is
 * no one's personnummer, an infant's aside. Six digits name the century by the sign: "-" the latest
 * year with those digits, "+" a hundred years before. A samordningsnummer adds 60 to the day.
 */
function plausibleBirth(year: string, month: string, day: string, sign: string, now = new Date()): boolean {
  let y = Number(year);
  if (year.length === 2) {
    y += Math.floor(now.getUTCFullYear() / 100) * 100;
    if (y > now.getUTCFullYear()) y -= 100;
    if (sign === '+') y -= 100;
  }
  const [m, d] = [Number(month), Number(day) > 60 ? Number(day) - 60 : Number(day)];
  const date = new Date(Date.UTC(y, m - 1, d));
  const latest = Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth(), now.getUTCDate());
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && date.getTime() <= latest;
}

export function findNationalIds(text: string): Span[] {
  const found: Span[] = [];
  const take = (pattern: RegExp, valid: (m: RegExpMatchArray, before: string) => boolean) => {
    for (const m of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const end = m.index + m[0].length;
      if (
        !valid(m, before) ||
        ORDER_WORD.test(before) ||
        PHONE_WORD.test(before) ||
        OTHER_NUMBER_WORD.test(before) ||
        CJK_RECORD_WORD.test(before)
      )
        continue;
      if (RECORD_WORD.test(before)) continue;
      if (besideCurrency(text, m.index, end)) continue; // an amount: "1000000008 IDR", "€234567892"
      found.push({ start: m.index, end, type: 'NATIONAL_ID' });
    }
  };
  const personnummer = (m: RegExpMatchArray, sign = '-') =>
    plausibleBirth(m[1]!, m[2]!, m[3]!, sign) && luhnDigitsValid(m[0].replace(/\D/g, '').slice(-10));
  const eleven = (value: string) => peselHolds(value) || tcKimlikValid(value) || fodselsnummerHolds(value) || cpfValid(value);
  take(
    BSN,
    (m) => (elevenProofValid(m[0]) || nifHolds(m[0])) && (m[0].includes('.') || inIdContext(text, m.index!, m.index! + m[0].length, true)),
  );
  take(CNP, (m) => plausibleBirth((CNP_CENTURY[m[1]!] ?? '') + m[2]!, m[3]!, m[4]!, '-') && cnpValid(m[0]));
  take(CHINESE_ID, (m) => plausibleBirth(m[1]!, m[2]!, m[3]!, '-') && chineseIdValid(m[0]));
  take(RRN, (m) => plausibleBirth((Number(m[4]) < 3 ? '19' : '20') + m[1]!, m[2]!, m[3]!, '-') && rrnValid(m[0]));
  take(AADHAAR, (m) => aadhaarValid(m[0]) && inIdContext(text, m.index!, m.index! + m[0].length));
  take(THAI_ID, (m) => thaiIdValid(m[0]));
  take(PERSONNUMMER, (m) => personnummer(m, m[4]) || (m[4] === '-' && cprHolds(m[0].replace('-', ''))));
  take(PERSONNUMMER_RUN, (m) => personnummer(m));
  take(TEN, (m) => m[0][0] !== '0' && (personnummer(m) || cprHolds(m[0])));
  take(HENKILOTUNNUS, (m) => plausibleBirth(hetuCentury(m[4]!) + m[3]!, m[2]!, m[1]!, '-') && henkilotunnusValid(m[0]));
  take(CPF, (m) => cpfValid(m[0]));
  take(CNPJ, (m) => cnpjValid(m[0]));
  take(RODNE_CISLO, rodneCisloHolds);
  take(SAUDI_ID, (m) => luhnDigitsValid(m[0]));
  take(ELEVEN, (m) => eleven(m[0]));
  take(ELEVEN_GROUPED, (m) => eleven(m[0]));
  take(CODICE_FISCALE, (m) => codiceFiscaleValid(m[0]));
  take(NIR, (m) => nirValid(m[0]));
  take(SSN, (_, before) => !PRODUCT_WORD.test(before));
  take(DNI, (m, before) => dniLetterHolds(m) && !PRODUCT_WORD.test(before) && !RECORD_NEAR.test(before));
  for (const m of text.matchAll(SSN_SPACED))
    if (
      SSN_NAMED.test(text.slice(Math.max(0, m.index - 80), m.index)) ||
      SSN_NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 160), m.index))
    )
      found.push({ start: m.index, end: m.index + m[0].length, type: 'NATIONAL_ID' });
  return found;
}
