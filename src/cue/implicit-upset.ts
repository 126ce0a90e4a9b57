// Upset shown without an upset word (issue 16, session cue13): sarcasm after a problem ("… keiner hat es.
// toll.", "na toll", "great service" after "still paying"), a count of contacts or tries ("zum vierten
// mal", "4th time asking", "unsubscribed 3 times now"), a threat the trigger lists do not hold ("beschwerde
// beim datenschutzbeauftragten", "moving to a competitor") and a let-down ("naja" closing a message, "was
// hoping", "shame the …"). German and English, the chat languages, and Portuguese (session maia14: the
// forms MAIA's training conversations use, "pela quarta vez", "cobrado indevidamente", "vou processá-los").
// Read only for the upset confidence: the sentiment, and so UMSAB and XED, do not move.
import type { Lang } from '../language/languages';
import { chatRegisterCues, withoutCapitalNames } from './features';
import { readsImplicit, rx, type ImplicitLang } from './chat-languages';
import { asksPlainly } from './plain-question';
import { OWN_SLIP } from './sarcasm-nl-sv-ar';

// 'circles': going in circles, told again, unanswered, passed around (going-in-circles.ts, six languages).
export type ImplicitUpsetKind = 'sarcasm' | 'count' | 'threat' | 'letdown' | 'again' | 'impatient' | 'circles';

// Praise closed by an eye roll or slow clapping ("super service echt 🙄", "great service 👏👏"; cue17, the
// messenger register): a lone 🙄 is often self-directed ("passwort vergessen 🙄"), one 👏 honest.
const ROLLED = String.raw`\s+(?:\p{L}+\s+){0,3}(?:🙄|👏\s*👏)`;
// Unless the message thanks or tells of a success: "toll gemacht 👏👏 hat alles geklappt", "parabéns pelo
// atendimento 👏👏 resolveram super rápido" applaud (review rev-cue17; cue17 read them as sarcasm).
const SLOW_PRAISE: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`(?:super|toll(?:e[nrs]?)?|klasse|prima|großartig(?:e[nrs]?)?)${ROLLED}`),
  en: rx(String.raw`(?:great|perfect|brilliant|amazing|lovely|wonderful)${ROLLED}`),
  pt: rx(String.raw`(?:ótimo|ótima|otimo|parabéns|maravilha|perfeito|excelente)${ROLLED}`),
};
const THANKS: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`danke(?!\s+für\s+nichts)|dank\s+euch|vielen\s+dank(?!\s+auch)`),
  en: rx(String.raw`thank\s+you|thanks\s+(?:so\s+much|a\s+lot)|much\s+appreciated`),
  pt: rx(String.raw`obrigad[oa](?!\s+por\s+nada)|valeu`),
};
// Praise that is sarcasm on its own, whatever else the message says.
const SARCASM_ALWAYS: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`na\s+(?:toll|super|prima|klasse|großartig|danke)|danke\s+für\s+nichts|vielen\s+dank\s+auch|echt\s+super\s+service`),
  en: rx(
    String.raw`(?:great|perfect|brilliant|lovely)[.!,]?\s+again(?=[\s.!]*$)|thanks\s+for\s+nothing|great,?\s+just\s+great|wow,?\s+thanks|oh\s+great|real(?:ly)?\s+honest|are\s+you\s+serious|you\s+can'?t\s+be\s+serious`,
  ),
  // "só que não" ("… NOT"), Brazilian sarcasm after praise.
  pt: rx(String.raw`obrigad[oa]\s+por\s+nada|só\s+que\s+não(?=[\s.!]*$|\s*[.!]\s)|que\s+maravilha\s+de\s+(?:serviço|atendimento)`),
};
// In every pattern a run of blanks is read by one quantifier ("[\s.!]*$", not "\s*[.!]*\s*$"): two side
// by side split a long run every way, which took 0.45 s on 20,000 blanks (session cue13).

// A praise word standing as the last sentence ("… toll.", "… great service") is sarcasm when an earlier
// sentence says something is missing or still wrong.
const PRAISE_CLOSING: Record<ImplicitLang, RegExp> = {
  de: new RegExp(String.raw`^(?:echt\s+)?(?:toll|super|prima|klasse|großartig|spitze|danke\s+auch)(?:\s+(?:service|gemacht))?$`, 'iu'),
  en: new RegExp(String.raw`^(?:great|brilliant|fantastic|lovely|wonderful|perfect|awesome)(?:\s+(?:service|job|stuff))?$`, 'iu'),
  pt: new RegExp(
    String.raw`^(?:que\s+)?(?:ótimo|otimo|maravilha|perfeito|excelente|beleza|parabéns)(?:\s+(?:serviço|servico|atendimento))?$`,
    'iu',
  ),
};
const PROBLEM_BEFORE: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`nicht|nichts|kein(?:e[nmrs]?)?|keiner|niemand|nie|immer\s+noch|noch\s+immer|trotzdem|schon\s+wieder`),
  en: rx(String.raw`not|no|nothing|nobody|never|still|isn'?t|doesn'?t|don'?t|didn'?t|won'?t|can'?t|again`),
  pt: rx(String.raw`não|nao|nada|nenhum|nenhuma|ninguém|ninguem|nunca|ainda|continua|de\s+novo|outra\s+vez`),
};

// A count of contacts or tries: an ordinal ("zum vierten mal", "das dritte mal", "4th time") or a count of
// two or more with "now/already" ("3 times now", "schon 3x", "jetzt dreimal").
const COUNT_WORD_DE = String.raw`(?:\d+|zwei|drei|vier|fünf|sechs|zehn)`;
const COUNT_WORD_EN = String.raw`(?:\d+|two|three|four|five|six|ten)`;
const COUNT_WORD_PT = String.raw`(?:\d+|duas|três|tres|quatro|cinco|seis|dez|várias|varias|muitas|mil)`;
const COUNT: Record<ImplicitLang, RegExp> = {
  de: rx(
    String.raw`(?:zum|das|die)\s+(?:\d+\.|zweite|dritte|vierte|fünfte|sechste|x-te|zigste|hundertste)n?\s*mal|(?:schon|jetzt|bereits|inzwischen|mittlerweile)\s+(?:\w+\s+)?${COUNT_WORD_DE}\s*(?:mal|x)|(?:zwei|drei|vier|fünf|sechs|zehn)mal\s+(?:\w+\s+){0,3}(?:und|aber)\s+(?:\w+\s+){0,3}(?:trotzdem|immer\s+noch|wieder)`,
  ),
  en: rx(
    String.raw`(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|tenth|umpteenth)\s+time|${COUNT_WORD_EN}\s+times\s+(?:now|already|and\s+still)|(?:already|now)\s+${COUNT_WORD_EN}\s+times`,
  ),
  // "pela quarta vez", "é a terceira vez que escrevo", "já troquei o cabo várias vezes".
  pt: rx(
    String.raw`(?:pela|é\s+a|e\s+a)\s+(?:\d+[ªº°]?|segunda|terceira|quarta|quinta|sexta|décima|enésima)\s+vez|j[áa]\s+(?:\p{L}+\s+){0,3}${COUNT_WORD_PT}\s+vezes`,
  ),
};

// Threats the trigger lists do not hold.
const THREAT: Record<ImplicitLang, RegExp> = {
  de: rx(
    String.raw`verklag(?:e|en)\s+(?:ich\s+)?(?:euch|sie|die\s+firma)|(?:ich\s+)?verklage\s+(?:euch|sie)|(?:geh(?:e)?\s+ich|ich\s+geh(?:e)?)\s+zum\s+anwalt|schalte\s+ich\s+(?:meinen\s+|einen\s+)?anwalt|datenschutzbeauftragte\p{L}*|datenschutzbehörde|bundesnetzagentur|schlichtungsstelle|verbraucherzentrale|ombudsman\p{L}*|schlechte\s+bewertung\p{L}*|niemals\s+wieder|nie\s+mehr\s+bei\s+euch|nicht\s+mehr\s+lustig`,
  ),
  en: rx(
    String.raw`(?:moving|switching|going|move|switch|go)\s+(?:over\s+)?to\s+(?:a\s+|another\s+)?competitor(?!['’])|report(?:ing)?\s+you|(?:(?:i|we)\s+will|(?:i|we)'?ll|(?:i\s+am|we\s+are)\s+going\s+to|(?:i|we)'?(?:m|re)\s+going\s+to|im\s+going\s+to|gonna)\s+sue(?!\p{L})(?!\s+(?:him|her|them|the\s+(?:seller|courier|landlord)))|(?:be\s+)?suing\s+you|take\s+you\s+to\s+court|see\s+you\s+in\s+court|(?:report(?:ing)?\s+(?:this|it)\s+to|complain(?:ing)?\s+to)\s+(?:the\s+)?(?:ombudsman|regulator|ftc|bbb|ico|trading\s+standards|consumer\s+\p{L}+|authorities|police|my\s+bank|better\s+business)|bad\s+reviews?|one[-\s]star\s+review|never\s+(?:again|ordering|buying|using)`,
  ),
  pt: rx(
    String.raw`process[aá]-?l[oa]s|vou\s+(?:(?:abrir|registrar|fazer|reclamar|denunciar|dar\s+queixa)\s+(?:uma\s+)?(?:reclama[çc][ãa]o\s+|queixa\s+|den[úu]ncia\s+)?)?(?:no|ao|pro|para\s+o)\s+procon|vou\s+(?:(?:processar|denunciar)\s+(?:vocês|voces|(?:a|essa|esta)\s+(?:empresa|loja))|(?:recorrer\s+)?(?:à|a)\s+justiça)|avalia[çc][ãa]o\s+negativa|(?:dar|deixar|dou|deixo)\s+(?:uma|1)\s+estrela|nunca\s+mais\s+(?:compro|volto|uso)(?!\s+(?:outr[oa]s?|nenhum\p{L}*))|reclame\s*aqui`,
  ),
};

// A let-down: "naja" or "oh well" closing a sentence, "hatte gehofft", "was hoping", "shame the …".
const LETDOWN: Record<ImplicitLang, RegExp> = {
  de: rx(
    String.raw`naja(?=[\s.!]*$|\s*[.!]\s)|hatte\s+(?:ich\s+)?(?:gehofft|mir\s+mehr)|hatten\s+uns\s+(?:\w+\s+)?(?:auf\s+\S+\s+(?:\S+\s+)?)?gefreut|hätte\s+man\s+(?:\w+\s+){0,3}können`,
  ),
  en: rx(String.raw`oh\s+well|was\s+hoping|were\s+hoping|(?:^|what\s+a\s+)shame|expected\s+(?:a\s+bit\s+)?(?:more|better)`),
  // "… e nada." closing a sentence: tried and nothing happened ("reiniciei o relógio e nada.").
  pt: rx(String.raw`esperava\s+(?:mais|melhor)|pena\s+que|(?:e|mas)\s+nada(?=[\s.!]*$|\s*[.!]\s)`),
};

// The same failure again and again ("jedes mal", "nach JEDEM update", "every single time"; not "jedes Mal,
// wenn ich …", "every time I …", how a calm bug report tells when it happens), or a
// rhetorical question or verdict on the service ("testet ihr das eigentlich", "do you even test this",
// "how are we supposed to work", "isnt really an answer").
const AGAIN: Record<ImplicitLang, RegExp> = {
  de: rx(
    String.raw`jedes\s+(?:einzelne\s+)?mal(?![\s,]*(?:wenn|als|bei|beim)(?!\p{L}))|(?:jeden\s+(?:tag|monat|morgen)\s+)?dasselbe\s+spiel|immer\s+das\s+gleiche|(?:testet|prüft|lest)\s+ihr\s+(?:\w+\s+)?(?:eigentlich|überhaupt)|(?:das\s+)?ist\s+(?:doch\s+)?(?:keine\s+antwort|illegal)|wie\s+soll\s+(?:ich|man)\s+(?:\w+\s+){0,2}so\s+arbeiten`,
  ),
  en: rx(
    String.raw`every\s+single|every\s+time(?![\s,]*(?:i|we|you|when|that|it|the)(?!\p{L}))|same\s+(?:old\s+)?story|do\s+(?:you|u|ya)\s+(?:guys\s+|people\s+)?even|how\s+(?:are|am)\s+(?:we|i)\s+supposed\s+to|(?:is|isn'?t|isnt)\s+(?:really\s+)?an\s+answer|nobody\s+cares|piece\s+of\s+junk`,
  ),
  // Also a wrongful charge ("cobrado indevidamente", "sem minha autorização"), a demand to stop or to give
  // the money back, the same failure again and "already did everything" (MAIA train); since cue19 a charge
  // that goes on after cancelling ("cancelei o plano, mas continua vindo a fatura"), a demand made
  // immediate ("quero que estornem imediatamente o valor") and no reply so far ("até agora não recebi
  // retorno"; MAIA train folds 0, 2, 3).
  pt: rx(
    String.raw`mas\s+(?:ainda\s+)?continua[m]?\s+(?:a\s+)?(?:vir|vindo|cobrar|cobrando|debitar|debitando|descontar|descontando)|(?:quero|exijo)\s+que\s+[^.!?\n]{0,60}?imediatamente|(?:até\s+(?:agora|o\s+momento|hoje)\s+)?(?:não|nao)\s+(?:tive|recebi|obtive)\s+(?:nenhum\s+|qualquer\s+)?retorno|sempre\s+a\s+mesma\s+(?:coisa|história|conversa)|toda\s+(?:santa\s+)?vez(?![\s,]*que)|indevid(?:amente|[oa]s?)|sem\s+(?:a\s+)?minha\s+autoriza[çc][ãa]o|(?:isso\s+)?não\s+é\s+(?:uma\s+)?(?:resposta|solução)|par(?:em|arem)\s+de\s+(?:me\s+)?(?:cobrar|ligar|descontar|(?:enviar|mandar)(?!\s+(?:(?:a|as|os|o|essas?|esses?)\s+)?(?:newsletters?|e-?mails?|promo\p{L}*|ofertas|marketing|publicidade)))|devolvam\s+(?:o\s+)?(?:meu\s+)?dinheiro|(?:quero|exijo)\s+(?:o\s+)?(?:meu\s+)?dinheiro\s+de\s+volta|(?:é|e|já\s+é)\s+a\s+(?:segunda|terceira|\d+ª?)\s+vez\s+que\s+(?:isso\s+)?acontece|j[áa]\s+(?:fiz|tentei)\s+tudo(?!\s+(?:o\s+que|conforme|como|certo))`,
  ),
};

// Quoted text is someone else's words (a merchant name on a statement, an error message).
const QUOTED = /"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|'[^'\n]*'/g;
// Words shouted for emphasis; other capital words are mostly names and acronyms ("HIPAA", "PIXMA").
// Per language: "JA" is the German "yes", the Portuguese "já".
const SHOUTED_WORD: Record<ImplicitLang, RegExp> = {
  de: /^(?:IMMER|NOCH|WIEDER|NICHTS?|NIE|NIEMAND|KEINE?[NMRS]?|JEDE[MNRS]?|ENDLICH|SOFORT|SCHON|WARUM)$/u,
  en: /^(?:STILL|AGAIN|NEVER|NOTHING|NOBODY|ALWAYS|EVERY|SINGLE|NOW|ANYMORE|WHY)$/u,
  pt: /^(?:JÁ|JA|AINDA|NADA|NUNCA|NINGUÉM|NINGUEM|SEMPRE|TUDO|NÃO|NAO|PORQUE|PORQUÊ)$/u,
};
// A run of capital words ("IMMER NOCH NICHT", "NOW SHIPPING", "WHY_NOT_FOUND" is one word).
const CAPITAL_RUN = /(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}\p{N}_]+(?:[\s,.!?]+\p{Lu}[\p{Lu}\p{N}_]+)*(?![\p{L}\p{N}_])/gu;
/**
 * Shouting: a run of words shouted for emphasis ("IMMER NOCH", "STILL", "JEDEM") or three capital words
 * in a row ("HAB ICH ALLES"), outside quotes. Two capital words of which one is not an emphasis word are a
 * label or a name ("NOW SHIPPING", "PAPER JAM"), and a capital word with "_" an error code (cue12 review).
 */
export function shouted(text: string, lang: Lang = 'de'): boolean {
  if (!readsImplicit(lang)) return false;
  const own = withoutCapitalNames(text.replace(QUOTED, ' '), lang);
  for (const run of own.matchAll(CAPITAL_RUN)) {
    const words = run[0].split(/[\s,.!?]+/u).filter((w) => w.length >= 2);
    if (words.length > 0 && words.every((w) => SHOUTED_WORD[lang].test(w))) return true;
    // Three letter-only capital words in a row ("HAB ICH ALLES SCHON"; not model codes such as "MX500 G2
    // PRO"), with an emphasis word among them or four long: three alone are often a shop's name ("loja FNAC
    // COLOMBO LISBOA", session maia14).
    let letters = 0;
    let emphasis = false;
    for (const w of words) {
      letters = /^\p{Lu}+$/u.test(w) ? letters + 1 : 0;
      emphasis = letters > 0 && (emphasis || SHOUTED_WORD[lang].test(w));
      if (letters >= 4 || (letters >= 3 && emphasis)) return true;
    }
  }
  return false;
}

// A help question: the message ends in one "?" (not "??", which is impatience).
const HELP_QUESTION = /(?<!\?)\?\s*$/u;
// Contacting support, which a count of contacts counts ("zum vierten mal geschrieben", "3rd time calling").
const CONTACT: Record<ImplicitLang, RegExp> = {
  de: rx(
    String.raw`(?:ge)?schrieben|schreib\p{L}*|an(?:ge)?ruf\p{L}*|rufe|telefonier\p{L}*|(?:ge)?meldet|melde|nachgefragt|nachfrag\p{L}*|(?:ge)?frag(?:e|en|t)|erklär\p{L}*|kontaktier\p{L}*|(?:ge)?mailt|chatte\p{L}*|beschwer\p{L}*`,
  ),
  en: rx(
    String.raw`writ(?:e|ing)|wrote|written|call(?:ed|ing)?|ask(?:ed|ing)|contact(?:ed|ing)|e-?mail(?:ed|ing)|messag(?:ed|ing)|chatt(?:ed|ing)|reach(?:ed|ing)\s+out|told\s+you|explain\p{L}*|complain\p{L}*`,
  ),
  pt: rx(
    String.raw`escrev\p{L}*|escrevi|lig(?:o|uei|ando|ar|amos)|contact\p{L}*|contat\p{L}*|solicit\p{L}*|reclam\p{L}*|mandei|enviei|falei|expliqu\p{L}*|explic\p{L}*|pergunt\p{L}*`,
  ),
};
// A count that is good news or loyalty ("jetzt klappt es", "immer sehr zufrieden", "works now").
const SUCCESS: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`klappt\s+(?:es|jetzt|alles)|(?:hat|hats)\s+(?:\p{L}+\s+)?geklappt|funktioniert\s+(?:es\s+)?(?:jetzt|wieder)|zufrieden`),
  en: rx(String.raw`works\s+now|(?:it\s+)?worked|working\s+now|happy\s+with|satisfied`),
  pt: rx(
    String.raw`deu\s+certo|funcion(?:a|ou)\s+(?:agora|bem)|(?<!n[ãa]o\s)funcionou(?!\s+n)|(?:estorno|reembolso)\s+(?:\p{L}+\s+){0,6}(?:caiu|chegou|entrou)|recebi\s+o\s+(?:estorno|reembolso)|agora\s+funciona|(?<!(?:n[ãa]o|nada|nunca|ningu[ée]m|nem)\s+(?:\p{L}+\s+)?)(?:resolvid[oa]|resolveram)|tudo\s+certo|satisfeit[oa]|content[ea]|bem\s+atendid[oa]|recomendo|ador[oe]|cliente\s+fiel`,
  ),
};
// "second time" / "zum zweiten mal" / "2x" is mostly a plain report ("zum zweiten mal bestellt").
const LOW_COUNT = /zweit|second|2nd|(?<![\p{N}])2\s*(?:[ªº°]|x|mal|times|vezes)|two|zwei|segunda|duas/iu;
// A reassurance before a closing praise word: "… ist aber kein problem. super." is no sarcasm.
const REASSURED: Record<ImplicitLang, RegExp> = {
  de: rx(String.raw`kein(?:e)?\s+(?:problem|stress|eile|thema|ding)|nicht\s+(?:schlimm|eilig|dringend)`),
  en: rx(String.raw`no\s+(?:rush|worries|problem|hurry|big\s+deal)|not\s+(?:urgent|a\s+problem)`),
  pt: rx(String.raw`sem\s+(?:pressa|problema|stress)|não\s+(?:tem\s+)?problema|não\s+é\s+urgente`),
};
// The repeat half of AGAIN (a plain bug report asks about it calmly; the rhetorical half stays).
// "nach JEDEM update" is the same failure again; "nach jedem neustart ist das wlan weg" is how a calm bug
// report tells when it happens (issue 16 review), so only shouted.
const REPEAT_SHOUTED = /(?<![\p{L}])(?:nach|after)\s+(?:JEDEM|EVERY)(?![\p{L}])/u;
// A calm question may ask about a repeat or a wrongful charge ("como contesto uma cobrança indevida?").
const REPEAT_PHRASE = /^(?:jedes|nach|every|sempre|toda|indevid|sem|é|e|já|até|não|nao)/iu;

const isBlank = (c: string) => /\s/u.test(c);
/**
 * The text before its last sentence and that sentence, without its closing blanks, "." and "!" (read by
 * hand: a pattern searched from every sentence end read a run of line breaks in quadratic time).
 */
function lastSentence(text: string): [string, string] {
  let end = text.length;
  while (end > 0 && (isBlank(text[end - 1]!) || text[end - 1] === '.' || text[end - 1] === '!')) end--;
  let start = end;
  while (start > 0 && !'.!?\n'.includes(text[start - 1]!)) start--;
  return [text.slice(0, start), text.slice(start, end).trim()];
}

/** The implicit upset cues of one message, by kind, with the phrase that shows each (de and en only). */
export function implicitUpset(text: string, lang: Lang): { kind: ImplicitUpsetKind; phrase: string }[] {
  if (!readsImplicit(lang)) return [];
  const found: { kind: ImplicitUpsetKind; phrase: string }[] = [];
  const t = text.trim();
  // An eye roll at one's own slip is no sarcasm ("ótimo 🙄 esqueci a senha de novo"; review rev-cue18).
  const slowPraise = THANKS[lang].test(t) || SUCCESS[lang].test(t) || OWN_SLIP[lang]?.test(t) ? null : SLOW_PRAISE[lang].exec(t);
  const always = SARCASM_ALWAYS[lang].exec(t) ?? slowPraise;
  const [before, last] = lastSentence(t);
  // Portuguese (review maia14): a message that tells the problem is solved ("testei de novo e funcionou.
  // perfeito!", "o estorno da cobrança indevida já caiu") closes with honest praise and tells of the repeat,
  // the charge or the "e nada" as past. Not de/en yet: "it worked" also opens "it worked before the update".
  const solved = lang === 'pt' && SUCCESS.pt.test(t);
  // "que maravilha de atendimento, resolveram em cinco minutos!" is praise; "obrigado por nada" never.
  if (always && !(solved && /^que/iu.test(always[0]))) found.push({ kind: 'sarcasm', phrase: always[0] });
  else if (!always && PRAISE_CLOSING[lang].test(last) && PROBLEM_BEFORE[lang].test(before) && !REASSURED[lang].test(before) && !solved)
    found.push({ kind: 'sarcasm', phrase: last });
  // A calm help question carries counts, let-downs and repeats innocently ("schon 3x versucht, was kann
  // ich tun?", "hatte gehofft, dass ich per paypal zahlen kann – geht das?", "the 3rd time I log in it
  // asks for 2FA, is that normal?"): issue 16, precision first (cue12 review).
  const asksHelp = HELP_QUESTION.test(t) || asksPlainly(t, lang);
  const count = COUNT[lang].exec(t);
  if (count && !SUCCESS[lang].test(t) && (CONTACT[lang].test(t) || (!LOW_COUNT.test(count[0]) && !asksHelp)))
    found.push({ kind: 'count', phrase: count[0] });
  const threat = THREAT[lang].exec(t);
  if (threat) found.push({ kind: 'threat', phrase: threat[0] });
  const letdown = LETDOWN[lang].exec(t);
  if (letdown && !asksHelp && !solved) found.push({ kind: 'letdown', phrase: letdown[0] });
  const again = AGAIN[lang].exec(t) ?? REPEAT_SHOUTED.exec(t);
  if (again && !((asksHelp || solved) && REPEAT_PHRASE.test(again[0]) && !/\p{Lu}{3}/u.test(again[0])))
    found.push({ kind: 'again', phrase: again[0] });
  // A stated wait or count asked impatiently (the chat-register rule of features.ts, read here whatever
  // the model was trained with), or shouting outside quotes.
  const cues = chatRegisterCues(t);
  // A wait asked with "??" and "!!" shows impatience twice ("hello?? waiting for 45 minutes now!!").
  if (cues.includes('#wait') && cues.includes('#qq')) found.push({ kind: 'impatient', phrase: t });
  if (cues.includes('#wait') && /!{2,}/.test(t)) found.push({ kind: 'impatient', phrase: t });
  else if (shouted(t, lang)) found.push({ kind: 'impatient', phrase: t });
  return found;
}

// A question how or when to cancel ("bis wann kann ich meinen vertrag frühestens kündigen?") asks about
// the contract; it is no threat to leave. One sentence, opening with a question word, ending in "?".
const CANCEL_QUESTION: Record<ImplicitLang, RegExp> = {
  de: /^(?:hallo|hi|hey|moin|guten\s+tag)?[\s,!]*(?:bis\s+wann|ab\s+wann|wann|wie|wo|kann\s+(?:ich|man)|können\s+wir|ist\s+es\s+möglich|muss\s+ich)(?![\p{L}])[^.!?\n]*\?+\s*$/iu,
  en: /^(?:hello|hi|hey)?[\s,!]*(?:how|when|where|until\s+when|can\s+(?:i|we)|is\s+it\s+possible|do\s+i)(?![\p{L}])[^.!?\n]*\?+\s*$/iu,
  pt: /^(?:olá|oi|bom\s+dia|boa\s+tarde|boa\s+noite)?[\s,!]*(?:como|quando|onde|até\s+quando|posso|é\s+possível|dá\s+para)(?![\p{L}])[^.!?\n]*\?+\s*$/iu,
};

const CANCEL_WORD: Record<ImplicitLang, RegExp> = { de: /kündig/iu, en: /cancel/iu, pt: /cancel/iu };

/** A one-sentence question how or when to cancel, which the churn-threat trigger should not read as a threat. */
export function cancelQuestion(text: string, lang: Lang): boolean {
  if (!readsImplicit(lang)) return false;
  const t = text.trim();
  // Two tests, not one pattern with the word in the middle: that pattern backtracks over every occurrence.
  return CANCEL_QUESTION[lang].test(t) && CANCEL_WORD[lang].test(t);
}

// A request under the data-protection law ("nach DSGVO die löschung meiner daten", "delete my data under
// GDPR") names the law the legal-threat trigger lists; it threatens nobody unless it goes to an authority
// or calls something a breach (session maia14).
const DATA_LAW = /(?<![\p{L}])(?:dsgvo|datenschutz\p{L}*|gdpr|data\s+protection|lgpd|rgpd)(?![\p{L}])/iu;
const DATA_RIGHT =
  /(?<![\p{L}])(?:lösch\p{L}*|auskunft|delet\p{L}*|eras\p{L}*|access|a\s+copy|exclus[ãa]o|exclu(?:ir|am)|apag\p{L}*|elimin\p{L}*)(?![\p{L}])/iu;
const DATA_BREACH =
  /verstoß|verletz|behörde|beauftragte|breach|violat|authorit|regulator|ico(?![\p{L}])|viola[çc]|infra[çc]|anpd|cnpd|denunci/iu;

/** Whether a legal-threat phrase only names the data-protection law ("dsgvo"), not a lawyer or a court. */
export const namesDataLaw = (phrase: string): boolean => DATA_LAW.test(phrase);

/** A request to see or delete one's data under the data-protection law, which is no legal threat. */
export function dataRightsRequest(text: string, lang: Lang): boolean {
  if (!readsImplicit(lang)) return false;
  return DATA_LAW.test(text) && DATA_RIGHT.test(text) && !DATA_BREACH.test(text) && THREAT[lang].exec(text) === null;
}
