// Splits a message into what the author wrote now, the earlier messages quoted below it, and the
// signature. Conservative on purpose: a cue or a draft built on a lost sentence is worse than one
// that also saw a signature, so whenever a rule is unsure the text stays in `text`.
import { elementText, hiddenBySheets } from './text';

export interface SplitMessage {
  text: string;
  quoted?: string;
  signature?: string;
}

/** Elements mail clients and helpdesks wrap quoted history in. */
export const QUOTE_ELEMENT_SELECTORS = [
  'blockquote', // Zendesk (.zd-comment blockquote), Apple Mail, Thunderbird
  '.gmail_quote', // Gmail, including its "On … wrote:" attribution
  '.freshdesk_quote', // Freshdesk's own reply history
  'div.quote', // Freshdesk older replies, some webmailers
  '#divRplyFwdMsg', // Outlook web ("From: … Sent: …" header block)
  '.yahoo_quoted',
];

// Bidi marks around Arabic attributions would defeat the anchors below.
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** "On … wrote:" and its translations (Gmail's Arabic says the latter of its two); one line, or two when a mail client wrapped it. */
const ATTRIBUTION =
  /^(?:On\s.{4,240}\swrote|Am\s.{4,240}\sschrieb\s.{0,200}|Op\s.{4,240}\sschreef\s.{0,200}|Den\s.{4,240}\sskrev\s.{0,200}|Le\s.{4,240}\sa\s+écrit\s?|El\s.{4,240}\sescribió|Il\s.{4,240}\sha\s+scritto|Em\s.{4,240}\sescreveu|(?:في\s.{4,240})?(?:كتب|تمت كتابة ما يلي بواسطة)\s.{0,200}):$/i;

const ORIGINAL_MESSAGE =
  /^[-_]{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Oorspronkelijk bericht|Doorgestuurd bericht|Originalmeddelande|Vidarebefordrat meddelande|Message d'origine|Mensaje original|Messaggio originale|Mensagem original|الرسالة الأصلية)\s*[-_]{2,}$/i;

/** Header lines of a quoted mail ("From: …", "Sent: …") in the languages we support. */
const HEADER_FROM = /^\*?(?:From|Von|Van|Från|De|Da|من)\s?:\*?\s?\S/i;
const HEADER_OTHER =
  /^\*?(?:Sent|Date|To|Cc|Subject|Gesendet|Datum|An|Betreff|Verzonden|Aan|Onderwerp|Skickat|Till|Ämne|Envoyé|À|Objet|Enviado|Para|Asunto|Inviato|A|Oggetto|Assunto|Data|التاريخ|تاريخ الإرسال|إلى|الموضوع|أرسل)\s?:/i;

const MOBILE_SIGNATURE =
  /^(?:Sent from my \S.{0,40}|Sent from (?:Outlook|Mail|Yahoo Mail).{0,40}|Get Outlook for .{1,20}|(?:Von meinem|Gesendet von meinem|Gesendet mit der) .{1,40}(?:gesendet)?|(?:Verzonden|Verstuurd) (?:vanaf|met|van) (?:mijn )?.{1,40}|Skickat från min .{1,40}|Envoyé de mon .{1,40}|Enviado desde mi .{1,40}|Inviato da .{1,40}|Enviado do meu .{1,40}|(?:أرسلت|أُرسلت|تم الإرسال|مرسل) من .{1,40})$/i;

/** Common closings; followed by a short name block they start the signature. */
const CLOSING =
  /^(?:best|best regards|kind regards|warm regards|regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely|yours truly|all the best|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|grüße|gruß|mfg|lg|met vriendelijke groet|vriendelijke groet|met vriendelijke groeten|hartelijke groet|groeten|groetjes|med vänliga hälsningar|vänliga hälsningar|med vänlig hälsning|hälsningar|mvh|tack|cordialement|bien cordialement|bien à vous|salutations|saludos|un saludo|atentamente|saludos cordiales|cordiali saluti|distinti saluti|saluti|grazie|atenciosamente|cumprimentos|abraços|obrigado|obrigada|مع التحية|مع خالص التحية|مع أطيب التحيات|تحياتي|شكرا|شكراً|وشكرا)[\s,.!،]*$/i;
const MAX_NAME_BLOCK_LINES = 4;
const MAX_NAME_LINE_LENGTH = 60;

const clean = (line: string) => line.replace(BIDI, '').trim();

function isAttribution(line: string): boolean {
  return ATTRIBUTION.test(line);
}

/** Index of the first line that starts quoted history, or -1. */
function quoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = clean(lines[i]!);
    if (!line) continue;
    const next = clean(lines[i + 1] ?? '');
    if (isAttribution(line) || (next && line.length < 200 && isAttribution(`${line} ${next}`))) return i;
    if (ORIGINAL_MESSAGE.test(line)) return i;
    if (HEADER_FROM.test(line) && headerLinesFollow(lines, i)) {
      // Outlook draws a rule of underscores above the header block; it belongs to the quote.
      return i > 0 && /^_{5,}$/.test(clean(lines[i - 1]!)) ? i - 1 : i;
    }
    if (line.startsWith('>') && lines.slice(i).every((l) => !clean(l) || clean(l).startsWith('>'))) return i;
  }
  return -1;
}

/** A "From:" line starts a quoted header block only when two more header lines follow it. */
function headerLinesFollow(lines: string[], from: number): boolean {
  const next = lines
    .slice(from + 1, from + 6)
    .map(clean)
    .filter(Boolean);
  return next.filter((l) => HEADER_OTHER.test(l)).length >= 2;
}

/** Index of the first signature line, or -1. Only looks near the end and never at the first line. */
function signatureStart(lines: string[]): number {
  const delimiter = lines.findIndex((l, i) => i > 0 && /^--\s*$/.test(l));
  if (delimiter > 0) return delimiter;
  const last = lastNonEmpty(lines);
  for (let i = Math.max(1, last - 2); i <= last; i++) {
    if (MOBILE_SIGNATURE.test(clean(lines[i]!))) return i;
  }
  for (let i = Math.max(1, last - MAX_NAME_BLOCK_LINES); i < last; i++) {
    if (!CLOSING.test(clean(lines[i]!))) continue;
    const nameBlock = lines
      .slice(i + 1, last + 1)
      .map(clean)
      .filter(Boolean);
    // A name, then perhaps a title, company or phone: short lines, no questions or exclamations.
    const looksLikeNames =
      nameBlock.every((l) => l.length <= MAX_NAME_LINE_LENGTH && l.split(/\s+/).length <= 8 && !/[?!؟]$/.test(l)) &&
      (nameBlock[0] ?? '').split(/\s+/).length <= 4;
    if (nameBlock.length >= 1 && nameBlock.length <= MAX_NAME_BLOCK_LINES && looksLikeNames) return i;
  }
  return -1;
}

function lastNonEmpty(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (clean(lines[i]!)) return i;
  return -1;
}

const join = (lines: string[]) => lines.join('\n').trim();

/** Text-level split, for plain bodies (REST `plain_body`) and for what the DOM split leaves. */
export function splitMessage(text: string): SplitMessage {
  let lines = text.replace(/\r\n?/g, '\n').split('\n');
  const result: SplitMessage = { text: text.trim() };
  const q = quoteStart(lines);
  if (q > 0 && join(lines.slice(0, q))) {
    result.quoted = join(lines.slice(q));
    lines = lines.slice(0, q);
  }
  // Twice: "Viele Grüße / Jonas" often sits above a "Von meinem iPhone gesendet" line.
  const signatureParts: string[] = [];
  for (let round = 0; round < 2; round++) {
    const s = signatureStart(lines);
    if (s <= 0 || !join(lines.slice(0, s))) break;
    signatureParts.unshift(join(lines.slice(s).filter((l, i) => i > 0 || !/^--\s*$/.test(l))));
    lines = lines.slice(0, s);
  }
  const signature = signatureParts.filter(Boolean).join('\n\n');
  if (signature) result.signature = signature;
  result.text = join(lines);
  return result;
}

const QUOTE_SELECTOR = QUOTE_ELEMENT_SELECTORS.join(',');

/** A quote element inside `root` that no other quote element (below `root`) contains. */
function isOutermostQuote(el: Element, root: Element): boolean {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (p.matches(QUOTE_SELECTOR)) return false;
  return true;
}

/** Whether any visible text follows `el` inside `root` (an interleaved reply, not trailing history). */
function textFollows(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
      if ((sib.textContent ?? '').trim()) return true;
    }
  }
  return false;
}

/**
 * DOM-level split of a rendered message body: trailing quote elements (blockquote, .gmail_quote, …)
 * become `quoted`; the rest goes through `splitMessage` for attributions, "-----Original
 * Message-----" blocks, ">" lines and signatures. A quote with the author's text after it is an
 * interleaved answer and stays in `text`.
 */
export function splitMessageElement(body: Element): SplitMessage {
  const trailingQuotes = new Set(
    [...body.querySelectorAll(QUOTE_SELECTOR)].filter((el) => isOutermostQuote(el, body)).filter((el) => !textFollows(el, body)),
  );
  // The body's sheets hide in its quotes too; found once for all the reads below.
  const bySheets = { hiddenBySheets: hiddenBySheets(body) };
  const fromDom = [...trailingQuotes].map((el) => elementText(el, bySheets)).filter(Boolean);
  const own = elementText(body, { ...bySheets, skip: (el) => trailingQuotes.has(el) });
  if (!own) return splitMessage(elementText(body, bySheets)); // everything was quoted: unsure, keep it all
  const split = splitMessage(own);
  const quoted = [split.quoted, ...fromDom].filter(Boolean).join('\n\n');
  return { ...split, ...(quoted ? { quoted } : {}) };
}
