// Going in circles, told without an upset word (issue 16, session cue18; data/cue/chat4): having to
// explain or send everything again ("I already sent you the screenshots twice", "muss ich alles noch
// einmal erklären", "toda vez que ligo tenho que contar a história inteira"), nobody answering or reading
// ("is anyone even reading these?", "ninguém respondeu meus dois últimos e-mails") and being passed from
// one department to the next. In the six chat languages; the calm twins ("happy to send the screenshots
// again", "ich schicke sie gern noch einmal") offer, they do not have to. Each phrase quoted is the
// complaint itself, the cue's evidence. Read only for the upset confidence (upset-confidence.ts).
import type { Lang } from '../language/languages';
import { rx } from './chat-languages';

type CircleLang = 'de' | 'en' | 'nl' | 'sv' | 'ar' | 'pt';
const reads = (lang: Lang): lang is CircleLang => ['de', 'en', 'nl', 'sv', 'ar', 'pt'].includes(lang);

// Up to n words between two parts of a phrase.
const gap = (n: number) => String.raw`(?:[\p{L}\p{N}]+\s+){0,${n}}`;

// Having to tell it all again, or having sent it more than once already.
const TELL_AGAIN: Record<CircleLang, RegExp> = {
  de: rx(
    String.raw`(?:muss|müssen|soll)\s+ich\s+(?:\p{L}+\s+){0,4}(?:noch\s*(?:ein)?mal|wieder|von\s+vorn(?:e)?)\s+(?:\p{L}+\s+){0,2}(?:erklären|erzählen|schicken|senden|schreiben)|(?:ganze|komplette)\s+geschichte\s+(?:\p{L}+\s+){0,2}von\s+vorn(?:e)?|(?:bereits|schon)\s+${gap(4)}(?:zweimal|dreimal|mehrfach|mehrmals|\d+\s*(?:mal|x))\s+(?:ge)?(?:schickt|sendet|erklärt|geschrieben|geschildert)`,
  ),
  en: rx(
    String.raw`(?:have|had|need)\s+to\s+(?:explain|tell|repeat)\s+${gap(4)}(?:again|all\s+over|from\s+the\s+(?:start|beginning))|already\s+(?:sent|told|explained|gave|given|provided)\s+${gap(4)}(?:twice|(?:two|three|\d+|several|multiple)\s+times)`,
  ),
  nl: rx(
    String.raw`(?:moet|moeten)\s+ik\s+${gap(3)}(?:opnieuw|weer|nog\s+een\s+keer)\s+(?:uitleggen|vertellen|sturen)|(?:hele|volledige)\s+verhaal\s+${gap(2)}(?:opnieuw|weer|vanaf\s+het\s+begin)|al\s+(?:twee|drie|\d+|meerdere)\s+keer\s+(?:ge(?:stuurd|maild|beld|zegd)|uitgelegd|doorgegeven)`,
  ),
  sv: rx(
    String.raw`(?:måste|ska)\s+jag\s+${gap(3)}(?:förklara|berätta|skicka)\s+${gap(2)}(?:igen|från\s+början)|(?:hela\s+)?historien\s+från\s+början|redan\s+(?:skickat|förklarat|berättat|skrivit)\s+${gap(3)}(?:två|tre|\d+|flera)\s+gånger`,
  ),
  // "لازم أشرح كل شيء من جديد", "أعيد القصة من البداية", "أرسلت لكم الصور مرتين".
  ar: /(?:لازم|يجب|مضطر)\s+(?:أ|ا)(?:شرح|عيد|رسل|كتب)[\p{L}\s]{0,30}?(?:من\s+جديد|من\s+البداية|مرة\s+ثانية|مرة\s+أخرى)|(?:أعيد|اعيد)\s+(?:القصة|الكلام|كل\s+شي)|(?:أرسلت|ارسلت|شرحت|كتبت)\s+[\p{L}\s]{0,30}?(?:مرتين|ثلاث\s+مرات|عدة\s+مرات)/u,
  pt: rx(
    String.raw`(?:tenho|vou\s+ter|preciso)\s+(?:que|de)\s+(?:explicar|contar|repetir|mandar|enviar)\s+${gap(3)}(?:de\s+novo|novamente|desde\s+o\s+(?:começo|início)|do\s+zero)|(?:contar|explicar)\s+(?:a\s+)?história\s+inteira|j[áa]\s+(?:mandei|enviei|expliquei|falei)\s+${gap(3)}(?:duas|três|tres|\d+|várias|varias)\s+vezes`,
  ),
};

// Nobody answers or reads: "is anyone even reading these?", "no reply to my last two emails".
const UNANSWERED: Record<CircleLang, RegExp> = {
  de: rx(
    String.raw`liest\s+(?:das|hier)\s+(?:\p{L}+\s+)?(?:überhaupt|eigentlich)\s+(?:noch\s+)?jemand|auf\s+(?:meine\s+)?(?:letzten\s+)?(?:beiden|zwei|drei|\d+)\s+(?:e-?mails|mails|nachrichten)\s+${gap(3)}(?:keine|nie)`,
  ),
  en: rx(
    String.raw`(?:is|does)\s+any(?:one|body)\s+(?:even\s+|actually\s+|ever\s+)?(?:read(?:ing)?|answer(?:ing)?|work(?:ing)?\s+there)|no\s+(?:reply|answer|response)\s+to\s+(?:my|any\s+of\s+my)\s+(?:last\s+)?(?:two|three|\d+|several)`,
  ),
  nl: rx(
    String.raw`leest\s+(?:iemand|er\s+iemand)\s+(?:dit|deze|mijn)|op\s+mijn\s+(?:laatste\s+)?(?:twee|drie|\d+)\s+(?:mails|e-mails|berichten)\s+${gap(3)}(?:nooit|geen)`,
  ),
  sv: rx(
    String.raw`läser\s+någon\s+(?:ens\s+)?(?:det|detta|mina)|(?:inte|aldrig)\s+fått\s+(?:något\s+)?svar\s+på\s+(?:mina\s+)?(?:två|tre|\d+|senaste)`,
  ),
  ar: /(?:في|فيه|هل)\s+(?:أحد|احد)\s+(?:يقرأ|يقرا|يرد)|(?:ما|لا)\s+(?:أحد|احد)\s+(?:رد|يرد)|محد\s+(?:يرد|رد)/u,
  pt: rx(
    String.raw`(?:alguém|alguem)\s+(?:\p{L}+\s+)?(?:lê|le|leu|responde)\s+(?:isso|isto|aqui|as\s+mensagens)|ningu[ée]m\s+(?:me\s+)?respondeu\s+(?:\p{L}+\s+){0,2}(?:dois|duas|três|tres|\d+|últimos|ultimos)`,
  ),
};

// Passed from one department or agent to the next.
const PASSED_AROUND: Record<CircleLang, RegExp> = {
  de: rx(
    String.raw`von\s+einer\s+abteilung\s+zur\s+(?:nächsten|anderen)|von\s+(?:einem|einer)\s+(?:\p{L}+\s+)?zum\s+(?:nächsten|anderen)\s+(?:weiter)?(?:geleitet|verbunden)`,
  ),
  en: rx(String.raw`(?:transferred|passed|bounced|sent)\s+(?:around\s+)?(?:between|from\s+one)\s+(?:departments?|agents?|teams?|person)`),
  nl: rx(String.raw`van\s+de\s+ene\s+(?:afdeling|medewerker)\s+naar\s+de\s+andere`),
  sv: rx(String.raw`kopplad\s+runt|(?:skickad|bollad)\s+(?:runt\s+)?mellan\s+(?:avdelningar|handläggare)`),
  ar: /من\s+قسم\s+(?:لقسم|إلى\s+قسم|الى\s+قسم)|(?:يحولوني|يحولونني)\s+من/u,
  pt: rx(String.raw`de\s+setor\s+(?:em|pra|para)\s+setor|transferid[oa]\s+de\s+(?:setor|atendente)`),
};

/** The going-in-circles phrases of one message (the complaint itself, to be quoted). */
export function goingInCircles(text: string, lang: Lang): string[] {
  if (!reads(lang)) return [];
  const found: string[] = [];
  for (const table of [TELL_AGAIN, UNANSWERED, PASSED_AROUND]) {
    const match = table[lang].exec(text);
    if (match) found.push(match[0].trim());
  }
  return found;
}
