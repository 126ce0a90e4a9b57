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

// Having to tell it again: a complaint when it is all of it, the whole story, or asked why or "really"
// ("muss ich wirklich alles noch einmal erklären", "why do I have to explain everything again"); asking
// whether to send or tell something again is a procedure question ("Muss ich das Formular noch einmal
// schicken?", "Ska jag skicka kvittot igen?", "tenho que mandar a foto de novo?"; review rev-cue18).
const HAVE_TO_AGAIN: Record<CircleLang, RegExp> = {
  de: rx(
    String.raw`(?:muss|müssen|soll)\s+ich\s+(?:\p{L}+\s+){0,4}(?:noch\s*(?:ein)?mal|wieder|von\s+vorn(?:e)?|(?:zwei|drei|vier|x|hundert|zig)[-\s]?mal)\s+(?:\p{L}+\s+){0,2}(?:erklären|erzählen|schicken|senden|schreiben)|(?:ganze|komplette)\s+geschichte\s+(?:\p{L}+\s+){0,2}von\s+vorn(?:e)?`,
  ),
  en: rx(String.raw`(?:have|had|need)\s+to\s+(?:explain|tell|repeat)\s+${gap(4)}(?:again|all\s+over|from\s+the\s+(?:start|beginning))`),
  nl: rx(
    String.raw`(?:moet|moeten)\s+ik\s+${gap(3)}(?:opnieuw|weer|nog\s+een\s+keer)\s+(?:uitleggen|vertellen|sturen)|(?:hele|volledige)\s+verhaal\s+${gap(2)}(?:opnieuw|weer|vanaf\s+het\s+begin)`,
  ),
  sv: rx(
    String.raw`(?:måste|ska)\s+jag\s+${gap(3)}(?:förklara|berätta|skicka)\s+${gap(2)}(?:igen|från\s+början)|(?:hela\s+)?historien\s+från\s+början`,
  ),
  // "لازم أشرح كل شيء من جديد", "أعيد القصة من البداية".
  ar: /(?:لازم|يجب|مضطر)\s+(?:أ|ا)(?:شرح|عيد|رسل|كتب)[\p{L}\s]{0,30}?(?:من\s+جديد|من\s+البداية|مرة\s+ثانية|مرة\s+أخرى)|(?:أعيد|اعيد)\s+(?:القصة|الكلام|كل\s+شي)/u,
  pt: rx(
    String.raw`(?:tenho|vou\s+ter|preciso)\s+(?:que|de|q)\s+(?:explicar|contar|repetir|mandar|enviar)\s+${gap(3)}(?:de\s+novo|novamente|desde\s+o\s+(?:começo|início)|do\s+zero)|(?:contar|explicar)\s+(?:a\s+)?história\s+inteira`,
  ),
};
// What makes having to tell it again a complaint: all of it, the whole story, "really", "why", "always".
const ALL_OR_WHY: Record<CircleLang, RegExp> = {
  de: rx(String.raw`alles|ganze|komplett\p{L}*|wirklich|echt|warum|wieso|ständig|schon\s+wieder|jedes\s+mal`),
  en: rx(String.raw`everything|all|whole|really|seriously|why|keep|every\s+time|again\s+and\s+again`),
  nl: rx(String.raw`alles|hele|echt|nou|waarom|steeds|telkens|elke\s+keer`),
  sv: rx(String.raw`allt|hela|verkligen|varför|varje\s+gång|alltid`),
  ar: /كل|ليش|لماذا|ليه|دايما|دائما|كم\s+مرة/u,
  pt: rx(String.raw`tudo|toda|inteira|mesmo|sério|por\s*que|sempre`),
};
// Asked how many times: always a complaint when it is telling or sending it again ("wie oft soll ich euch
// das noch schicken", "how many times do I have to explain", "hur många gånger ska jag behöva förklara").
const HOW_OFTEN: Record<CircleLang, RegExp> = {
  de: rx(
    String.raw`wie\s+oft\s+(?:soll|muss)\s+ich\s+${gap(4)}(?:noch\s*(?:ein)?mal\s+|noch\s+)?(?:erklären|erzählen|schreiben|anrufen|(?:noch\s+)?schicken|(?:noch\s+)?senden)`,
  ),
  en: rx(
    String.raw`how\s+many\s+(?:more\s+)?times\s+(?:do|must|will|should)\s+(?:i|we)\s+(?:have\s+to\s+|need\s+to\s+)?(?:explain|tell|repeat|write|call)`,
  ),
  nl: rx(String.raw`hoe\s+vaak\s+(?:moet|moeten)\s+(?:ik|we)\s+${gap(4)}(?:uitleggen|vertellen|mailen|bellen)`),
  sv: rx(String.raw`hur\s+många\s+gånger\s+(?:ska|måste)\s+(?:jag|vi)\s+${gap(2)}(?:förklara|berätta|skriva|ringa)`),
  ar: /كم\s+مرة\s+(?:لازم|يجب|مضطر)\s+(?:أ|ا)(?:شرح|عيد|كتب|تصل)/u,
  pt: rx(String.raw`quantas\s+vezes\s+(?:vou\s+ter|tenho|preciso)\s+(?:que|de|q)\s+(?:explicar|contar|repetir|ligar|escrever)`),
};
// Having sent or told it more than once already.
const SENT_ALREADY: Record<CircleLang, RegExp> = {
  de: rx(
    String.raw`(?:bereits|schon)\s+${gap(4)}(?:zweimal|dreimal|mehrfach|mehrmals|\d+\s*(?:mal|x))\s+(?:ge)?(?:schickt|sendet|erklärt|geschrieben|geschildert)`,
  ),
  en: rx(
    String.raw`(?:already|alr(?:e|ea)dy|allready)\s+(?:sent|told|explained|gave|given|provided)\s+${gap(4)}(?:twice|(?:two|three|\d+|several|multiple)\s+times|\d+\s*x)`,
  ),
  nl: rx(String.raw`al\s+(?:twee|drie|\d+|meerdere)\s+keer\s+(?:ge(?:stuurd|maild|beld|zegd)|uitgelegd|doorgegeven)`),
  sv: rx(String.raw`redan\s+(?:skickat|förklarat|berättat|skrivit)\s+${gap(3)}(?:två|tre|\d+|flera)\s+gånger`),
  // "أرسلت لكم الصور مرتين".
  ar: /(?:أرسلت|ارسلت|شرحت|كتبت)\s+[\p{L}\s]{0,30}?(?:مرتين|ثلاث\s+مرات|عدة\s+مرات)/u,
  pt: rx(String.raw`j[áa]\s+(?:mandei|enviei|expliquei|falei)\s+${gap(3)}(?:duas|três|tres|\d+|várias|varias)\s+vezes`),
};
// Sent twice by one's own mistake: "by mistake", "to the wrong address", "the first one was cut", "sorry".
const OWN_MISTAKE: Record<CircleLang, RegExp> = {
  de: rx(
    String.raw`versehentlich|aus\s+versehen|falsche\p{L}*\s+adresse|die\s+erste\p{L}*\s+(?:war|ist)|einmal\s+als|entschuldigung|sorry|mein\s+fehler`,
  ),
  en: rx(
    String.raw`by\s+mistake|accidentally|wrong\s+address|the\s+first\s+one\s+(?:was|is)|please\s+ignore|sorry|my\s+(?:mistake|bad|fault)`,
  ),
  nl: rx(String.raw`per\s+ongeluk|per\s+abuis|verkeerde\s+adres|de\s+eerste\s+\p{L}*\s*(?:was|is)|sorry|mijn\s+fout`),
  sv: rx(String.raw`av\s+misstag|råkade|fel\s+adress|den\s+första\s+\p{L}*\s*(?:var|är)|förlåt|ursäkta|mitt\s+fel`),
  ar: /بالخطأ|بالغلط|عن\s+طريق\s+الخطأ|العنوان\s+الخطأ|غلطتي|تجاهلوا|آسف|اسف/u,
  pt: rx(
    String.raw`sem\s+querer|por\s+engano|por\s+erro|endere[çc]o\s+errado|o\s+primeiro\s+(?:saiu|estava|veio|foi)|desculp\p{L}*|foi\s+mal`,
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
    String.raw`leest\s+(?:iemand|er\s+iemand)\s+(?:(?:hier|eigenlijk|wel|ooit|überhaupt|nog)\s+){0,2}(?:dit|deze|mijn)|op\s+mijn\s+(?:laatste\s+)?(?:twee|drie|\d+)\s+(?:mails|e-mails|berichten)\s+${gap(3)}(?:nooit|geen)`,
  ),
  sv: rx(
    String.raw`läser\s+någon\s+(?:ens\s+)?(?:det|detta|mina)|(?:inte|aldrig)\s+fått\s+(?:något\s+)?svar\s+på\s+(?:mina\s+)?(?:två|tre|\d+|senaste)`,
  ),
  ar: /(?:في|فيه|هل)\s+(?:أحد|احد)\s+(?:يقرأ|يقرا|يرد)|(?:ما|لا)\s+(?:أحد|احد)\s+(?:رد|يرد)|محد\s+(?:يرد|رد)/u,
  pt: rx(
    String.raw`(?:alguém|alguem)\s+(?:\p{L}+\s+)?(?:lê|le|leu|responde)\s+(?:isso|isto|aqui|as\s+mensagens)|ningu[ée]m\s+(?:me\s+)?respondeu\s+(?:\p{L}+\s+){0,2}(?:dois|duas|três|tres|\d+|últimos|ultimos)`,
  ),
};

// Passed from one department or agent to the next, also in the idioms ("von Pontius zu Pilatus", "van het
// kastje naar de muur", "jogado de um setor pro outro", "the runaround").
const PASSED_AROUND: Record<CircleLang, RegExp> = {
  de: rx(
    String.raw`von\s+einer\s+abteilung\s+zur\s+(?:nächsten|anderen)|von\s+(?:einem|einer)\s+(?:\p{L}+\s+)?zum\s+(?:nächsten|anderen)\s+(?:weiter)?(?:geleitet|verbunden)|von\s+pontius\s+zu\s+pilatus`,
  ),
  en: rx(
    String.raw`(?:transferred|passed|bounced|sent)\s+(?:around\s+)?(?:between|from\s+one)\s+(?:departments?|agents?|teams?|person)|(?:getting|being|been|keep\s+getting)\s+(?:passed|bounced|transferred|shunted)\s+around|(?:the|a)\s+runaround`,
  ),
  nl: rx(String.raw`van\s+de\s+ene\s+(?:afdeling|medewerker)\s+naar\s+de\s+andere|van\s+het\s+kastje\s+naar\s+de\s+muur`),
  sv: rx(String.raw`kopplad\s+runt|(?:skickad|bollad)\s+(?:runt\s+)?mellan\s+(?:olika\s+)?(?:avdelningar|handläggare)`),
  ar: /من\s+قسم\s+(?:لقسم|إلى\s+قسم|الى\s+قسم)|(?:يحولوني|يحولونني)\s+من/u,
  pt: rx(
    String.raw`de\s+setor\s+(?:em|pra|para)\s+setor|transferid[oa]\s+de\s+(?:setor|atendente)|(?:jogad|empurrad|transferid|passad)[oa]s?\s+de\s+(?:um|uma)\s+(?:setor|atendente|departamento|pessoa)\s+(?:pro|pra|para\s+o|para\s+a|ao|à)\s+outr[oa]`,
  ),
};

// Who reads or answers when, or what happens if: opening hours and permissions, no complaint ("Does
// anyone answer the phone line on Sundays?", "Leest er iemand mijn mails mee als ik op vakantie ben?").
const WHEN_OR_IF: Record<CircleLang, RegExp> = {
  de: rx(String.raw`am\s+wochenende|(?:sonn|sams|feier)tags?|nachts|abends|im\s+urlaub|wenn\s+ich|falls`),
  en: rx(
    String.raw`on\s+(?:the\s+)?(?:weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|holidays?)|at\s+(?:the\s+)?weekends?|at\s+night|after\s+(?:\d|hours)|over\s+the\s+holidays|if\s+i|when\s+i|while\s+i`,
  ),
  nl: rx(
    String.raw`in\s+het\s+weekend|op\s+(?:maan|dins|woens|donder|vrij|zater|zon|feest)dag(?:en)?|'s\s+(?:avonds|nachts)|als\s+ik|wanneer\s+ik`,
  ),
  sv: rx(
    String.raw`(?:på|under)\s+helg(?:en|erna)?|på\s+(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar(?:na)?)?|på\s+kvällen|om\s+jag|när\s+jag`,
  ),
  ar: /يوم\s+(?:السبت|الأحد|الاحد|الجمعة|الخميس)|(?:في|ب)\s*(?:العطلة|الإجازة|الاجازة)|نهاية\s+الأسبوع|نهاية\s+الاسبوع|بالليل|إذا|اذا|لو\s/u,
  pt: rx(
    String.raw`(?:no|nos|aos)\s+(?:fim|fins)\s+de\s+semana|(?:no|aos)\s+(?:sábado|sabado|domingo|feriado)s?|(?:à|a)\s+noite|de\s+madrugada|se\s+eu|quando\s+eu`,
  ),
};

// Told of as over: "… aber am Ende hat Frau Meier alles gelöst, vielen Dank", "men den sista handläggaren
// löste allt, tack!" (not "still not solved": no negation just before).
const SOLVED: Record<CircleLang, RegExp> = {
  de: rx(String.raw`(?<!(?:nicht|nie|nichts|kein\p{L}*)\s+(?:\p{L}+\s+)?)(?:gelöst|erledigt|geklappt)`),
  en: rx(
    String.raw`(?<!(?:not|never|nothing|n't)\s+(?:\p{L}+\s+)?)(?:solved|resolved|sorted(?:\s+(?:it|out))?|fixed)\s+(?:it|everything|all|now)`,
  ),
  nl: rx(String.raw`(?<!(?:niet|nooit|niks|niets)\s+(?:\p{L}+\s+)?)(?:opgelost|geregeld)`),
  sv: rx(String.raw`(?<!(?:inte|aldrig|inget)\s+(?:\p{L}+\s+)?)(?:löste|löst|fixade|ordnade)`),
  ar: /(?<!(?:ما|لم|لا)\s+)(?:حل(?:ت|وا)?\s+(?:المشكلة|كل)|انحلت)/u,
  pt: rx(String.raw`(?<!(?:n[ãa]o|nunca|nada|ningu[ée]m)\s+(?:\p{L}+\s+)?)(?:resolveu|resolveram|resolvid[oa])`),
};
const THANKED: Record<CircleLang, RegExp> = {
  de: rx(String.raw`danke(?!\s+für\s+nichts)|vielen\s+dank(?!\s+auch)`),
  en: rx(String.raw`thanks(?!\s+for\s+nothing)|thank\s+you`),
  nl: rx(String.raw`bedankt(?!\s+voor\s+(?:niks|niets)|\s+hoor)|dank\s+je(?:\s+wel)?|dank\s+u`),
  sv: rx(String.raw`tack(?!\s+för\s+(?:inget|ingenting))`),
  ar: /شكر(?!ا\s+على\s+(?:لا\s+شيء|ولا\s+شي))/u,
  pt: rx(String.raw`obrigad[oa](?!\s+por\s+nada)|valeu`),
};

// Told or sent to one's own people ("I already explained it twice to my manager", "meinem Chef schon
// zweimal erklärt"): not going in circles with the company (review rev-cue18, second set).
const OWN_PEOPLE: Record<CircleLang, RegExp> = {
  de: rx(
    String.raw`(?:meinem|meiner|meinen|unserem|unserer)\s+(?:\p{L}+\s+)?(?:chef\p{L}*|kolleg\p{L}*|team|frau|mann|partner\p{L}*|familie|eltern|kunden)`,
  ),
  en: rx(
    String.raw`to\s+(?:my|our)\s+(?:\p{L}+\s+)?(?:manager|boss|colleagues?|team|wife|husband|partner|family|parents|mum|mom|dad|kids|customers?|clients?)`,
  ),
  nl: rx(String.raw`(?:aan|tegen)\s+(?:mijn|onze?)\s+(?:baas|manager|collega\p{L}*|team|vrouw|man|partner|familie|ouders|klanten)`),
  sv: rx(String.raw`(?:för|till)\s+(?:min|mitt|mina|vår|vårt|våra)\s+(?:chef|kolleg\p{L}*|team|fru|man|sambo|familj|föräldrar|kunder)`),
  ar: /(?:لمديري|لمدير\s+العمل|لزملائي|لزوجي|لزوجتي|لعائلتي|لأهلي|لاهلي)/u,
  pt: rx(
    String.raw`(?:pro|pra|para\s+o|para\s+a|ao|à)\s+(?:meu|minha|nosso|nossa)\s+(?:chefe|gerente|colega\p{L}*|equipe|time|esposa|marido|família|familia|pais|clientes?)`,
  ),
};

/** The sentence holding a match: from the last sentence end before it to the next after it. */
function sentenceAround(text: string, match: RegExpExecArray): string {
  const before = text.slice(0, match.index);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  const rest = text.slice(match.index + match[0].length);
  const next = rest.search(/[.!?\n]/u);
  return text.slice(start, match.index + match[0].length + (next < 0 ? rest.length : next));
}

/** The going-in-circles phrases of one message (the complaint itself, to be quoted). */
export function goingInCircles(text: string, lang: Lang): string[] {
  if (!reads(lang)) return [];
  // Told of as over and thanked for: no complaint left (review rev-cue18).
  if (SOLVED[lang].test(text) && THANKED[lang].test(text)) return [];
  const found: string[] = [];
  const haveTo = HAVE_TO_AGAIN[lang].exec(text);
  const howOften = HOW_OFTEN[lang].exec(text);
  if (howOften) found.push(howOften[0].trim());
  else if (haveTo && ALL_OR_WHY[lang].test(text)) found.push(haveTo[0].trim());
  const sent = SENT_ALREADY[lang].exec(text);
  if (sent && !OWN_MISTAKE[lang].test(text) && !OWN_PEOPLE[lang].test(sentenceAround(text, sent))) found.push(sent[0].trim());
  const unanswered = UNANSWERED[lang].exec(text);
  if (unanswered && !WHEN_OR_IF[lang].test(sentenceAround(text, unanswered))) found.push(unanswered[0].trim());
  const passed = PASSED_AROUND[lang].exec(text);
  if (passed) found.push(passed[0].trim());
  return found;
}

/**
 * One's own slip or one's own people ("twice by mistake", "the first one was cut", "sorry", "meinem Chef
 * schon zweimal erklärt"): a count or a repeat then tells what the customer did, not what we did (cue19).
 */
export const ownDoing = (text: string, lang: Lang): boolean => {
  if (!reads(lang)) return false;
  // "twice by mistake? No, …": the slip asked back is denied, not told (review rev-cue19).
  const mistake = OWN_MISTAKE[lang].exec(text);
  return (mistake !== null && !/^\s*[?؟]/u.test(text.slice(mistake.index + mistake[0].length))) || OWN_PEOPLE[lang].test(text);
};
