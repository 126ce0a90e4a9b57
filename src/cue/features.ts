// Hashed word and character n-gram features, shared by the training script and the runtime analyzer,
// so the shipped weights and the features they were trained on can never drift apart.
import { normalizeArabic } from '../language/normalize';

/** An apostrophe inside a word as phones type it ("can’t"); the lists and most training text have "can't". */
const TYPED_APOSTROPHE = /(?<=[\p{L}\p{N}])[\u2019\u02bc](?=\p{L})/gu;

/**
 * Lowercases and canonicalises a text the way the model saw it in training (tweets, chats, subtitles).
 * Only an apostrophe inside a word is straightened: a quote mark round a word (‘terrible’) must not
 * glue itself to it.
 */
export function normalizeForModel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(TYPED_APOSTROPHE, "'")
    .replace(/https?:\/\/\S+|www\.\S+/g, ' url ')
    .replace(/@\w+/g, ' @user ')
    .replace(/\d+/g, '0')
    .replace(/(\p{L})\1{2,}/gu, '$1$1') // "soooo" and "sooo" become one feature
    .replace(/[\u064B-\u0652\u0640]/g, ''); // Arabic diacritics and tatweel carry no sentiment
}

const TOKEN = /[\p{L}\p{M}\p{N}_']+|[!?]+|\p{Extended_Pictographic}/gu;

export function modelTokens(normalized: string): string[] {
  return normalized.match(TOKEN) ?? [];
}

/** 32-bit FNV-1a: small, fast and identical in every JavaScript engine. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export interface FeatureOptions {
  /** Number of hash buckets; a power of two. */
  buckets: number;
  minChar: number;
  maxChar: number;
  /** Also add word features tagged with the text's language, so a word can lean differently per language. */
  langWords?: boolean;
  /**
   * Surface cues that separate an emotion from a problem report (issue 16): repeated contact ("again",
   * "third time", "still"), second-person blame ("you people"), a negated problem word ("does not work")
   * and the intensity of !!! and capitals, each as one feature. Tried on dev data, see scripts/cue/README.md.
   */
  supportCues?: boolean;
  /**
   * Western emoticons (":)", ":(", "<3", ";-)", "xD"), which the tokenizer drops as punctuation, as two
   * features. Shipped: out of fold +0.4 to +0.5 on four seeds (de about +2.4), see scripts/cue/README.md.
   */
  emoticons?: boolean;
  /**
   * Chat register (issue 16, session cue11): what an upset chat customer types instead of an emotion word,
   * shouting in capitals, "??" / "?!", elongated letters and a stated wait or count ("seit 40 minuten",
   * "4th time"), each as one feature; and (analyze-message.ts) praise with a friendly emoji is not named
   * upset. Measured on dev data, see scripts/cue/README.md.
   */
  chatRegister?: boolean;
  /**
   * Arabic letters tweets write either way read as one (src/language/normalize.ts, as the knowledge
   * search reads them): hamza-carrying alefs as bare alef, alef maqsura as ya, ta marbuta as ha. Set per head
   * (linear-model.ts idsForHead), never in the model's shared options: the shipped sentiment head only (out of
   * fold Arabic +0.6 to +1.4), the emotion and upset heads trained without it (scripts/cue/README.md, cue21).
   */
  arabicFold?: boolean;
}

const EMOTICON_POSITIVE = /(?<![\p{L}\p{N}])(?:[:;=8][-o^']?[)\]dpb3*]|\(\s?[:;=]|<3+|\^[_.-]?\^|x-?d)(?![\p{L}\p{N}])/iu;
const EMOTICON_NEGATIVE = /(?<![\p{L}\p{N}])(?:[:;=][-o^']?[([/\\|]|:'-?\(|\)\s?[:;=]|<\/3|d-?:|-_+-)(?![\p{L}\p{N}])/u;

// Modelled, not measured: short word lists in the five UI languages and Portuguese (MAIA), lowercased.
const REPEATED =
  /(?<!\p{L})(again|still|third time|second time|once more|yet again|wieder|immer noch|schon wieder|zum dritten|opnieuw|weer|nog steeds|alweer|igen|fortfarande|återigen|ännu|novamente|de novo|ainda|outra vez|مرة أخرى|مجددا|لا يزال|ما زال)(?!\p{L})/u;
const BLAME =
  /(?<!\p{L})(you people|you guys|your company|your service|ihr seid|ihre firma|jullie|ni har|er firma|vocês|voces|a empresa de vocês|أنتم|شركتكم)(?!\p{L})/u;
const NEGATED_PROBLEM =
  /(?<!\p{L})(not|doesn't|don't|isn't|won't|can't|cannot|nicht|kein|niet|geen|inte|ej|não|nao|n|لا|ما)\s+(\p{L}+\s+)?(work|working|open|opens|load|accept|accepted|funktioniert|geht|werkt|fungerar|funkar|funciona|abre|carrega|يعمل|يفتح)(?!\p{L})/u;

// Capitals that are names, not shouting: the short acronyms support chats are full of. A word of five or
// more capitals, or two capital words in a row, is read as shouting whatever it is.
const ACRONYMS = new Set(
  'PDF API VPN IBAN BIC USB SMS PIN PC IT ID OK FAQ URL URLS HTML CSS APP IOS MAC DNS SSL TLS IP WLAN WIFI LAN CPU GPU RAM SSD HDD GB MB KB TB EU USA UK DE EN AG GMBH AGB MWST UST CEO HR PR TV DVD CD MP QR ABC CRM ERP SEO CSV XML JSON SQL AWS AI KI PS NB FYI ASAP AM PM CET CEST UTC GPS NFC PDFS'.split(
    ' ',
  ),
);
// Not inside an anonymisation placeholder ("#NUMBER#") or an identifier.
const CAPS_WORD = /(?<![\p{L}\p{N}#_])\p{Lu}{2,}(?![\p{L}\p{N}#_])/gu;

/** Whether some capital word is shouting rather than an acronym (see ACRONYMS). */
export function shouts(text: string): boolean {
  const words = [...text.matchAll(CAPS_WORD)];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]![0];
    if (word.length >= 5 && !ACRONYMS.has(word)) return true;
    const next = words[i + 1];
    // Two capital words separated only by a space or punctuation ("HAB ICH"), not both acronyms.
    if (
      next &&
      /^[\s,.!?]+$/u.test(text.slice(words[i]!.index + word.length, next.index)) &&
      !(ACRONYMS.has(word) && ACRONYMS.has(next[0]))
    )
      return true;
  }
  return false;
}

// A shop, bank or street written in capitals inside a sentence is a name, not shouting ("comprei no PÃO DE
// AÇÚCAR CENTRO", "RUA DAS FLORES", "BANCO DO BRASIL"): a run of capital words joined by a name's linking
// word, or one right after a place preposition (session cue17; the register of data/cue/chat3). Per
// language: the English "WHY DO YOU", "SICK OF THIS" and "im DONE" (I'm) are shouting.
// Each run of capital words is found once (a pattern with the linker inside backtracked quadratically
// over 100 KB of capital words), then judged by its words and the word before it.
const CAPITAL_WORD_RUN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})+(?![\p{L}\p{N}])/gu;
// A name ends at the first word a sentence has and a name has not (a pronoun, negation, conjunction or
// common verb): "at BEST BUY AND NOBODY HAS ANSWERED" names BEST BUY and shouts the rest, "ATÉ AGORA NADA
// DO MEU REEMBOLSO" names nothing (review rev-cue17: the whole run was blanked as a name before).
const NAMES: Partial<Record<string, { linkers: RegExp; prepositions: RegExp; sentence: RegExp }>> = {
  pt: {
    linkers: /^(?:DE|DA|DO|DOS|DAS)$/u,
    prepositions: /(?:^|\s)(?:no|na|em|pelo|pela)\s+$/u,
    sentence:
      /^(?:EU|MEU|MEUS|MINHA|MINHAS|ME|NADA|NINGUÉM|NINGUEM|ATÉ|ATE|AGORA|NÃO|NAO|JÁ|JA|VOCÊ|VOCÊS|VOCES|VCS|ESTOU|TÔ|TO|CADÊ|CADE|QUE|NUNCA|AINDA|SEMPRE|PORQUE|PRA|COM|ISSO|ESSE|ESSA|CANSEI|QUERO|ESPERAR)$/u,
  },
  de: {
    linkers: /^(?:VON|VOM)$/u,
    prepositions: /(?:^|\s)(?:bei|vom|von)\s+$/u,
    sentence:
      /^(?:UND|ICH|IHR|EUCH|EUER|EURE|WIR|MIR|MICH|NICHT|NICHTS|KEIN|KEINE|KEINER|NIEMAND|HABE|HAB|HAT|IST|BIN|SEID|SEIT|NOCH|IMMER|SCHON|WARUM|WIESO|JETZT|ENDLICH|DAS|ES|SIE)$/u,
  },
  en: {
    linkers: /^$/u,
    prepositions: /(?:^|\s)(?:at|from)\s+$/u,
    sentence:
      /^(?:AND|IM|IT|ITS|IS|ARE|WAS|HAS|HAVE|HAD|NEVER|NOT|NO|NOBODY|NOTHING|YOU|YOUR|ME|MY|WHY|STILL|DID|DOES|DO|DONT|CANT|WONT|WILL|JUST|NOW|THIS|THAT|EVER|WE|THEY)$/u,
  },
};
/** The text with capital names blanked out, for the shouting rules only (the model's features keep them). */
export function withoutCapitalNames(text: string, lang: string): string {
  const names = NAMES[lang];
  if (!names) return text;
  return text.replace(CAPITAL_WORD_RUN, (run: string, offset: number) => {
    const words = [...run.matchAll(/\S+/gu)];
    let cut = words.findIndex((w) => names.sentence.test(w[0]));
    if (cut < 0) cut = words.length;
    if (cut === 0) return run;
    const named =
      words.slice(1, cut - 1).some((w) => names.linkers.test(w[0])) || names.prepositions.test(text.slice(Math.max(0, offset - 8), offset));
    if (!named) return run;
    const end = cut === words.length ? run.length : words[cut]!.index;
    return ' '.repeat(end) + run.slice(end);
  });
}

/** "??", "?!", "!?": a question asked impatiently ("!!" alone is #excl2). */
const IMPATIENT_QUESTION = /\?{2,}|\?!|!\?/;
/**
 * A vowel typed three times or more, or any letter four ("sooo", "bitteee", "hmmmm"); normalizeForModel
 * folds it, this keeps the fact. Three consonants are German spelling ("Schifffahrt", "Kunststofffolie"),
 * and Roman numerals ("III", "XXX") are left out before the test.
 */
const ELONGATED = /([aeiouyäöüå])\1{2,}|(\p{L})\2{3,}/iu;
const ROMAN_NUMERAL = /(?<![\p{L}\p{N}])[IVXLCDM]+(?![\p{L}\p{N}])/gu;
// A stated wait or count: a number (digits or a word) and a time unit or "times", or an ordinal contact
// ("zum 4. mal", "4th time", "third time"). de and en, the chat languages; others rely on the lexicon.
const NUMBER = String.raw`(?:\d+|ein(?:e|en)?|zwei|drei|vier|fünf|zehn|zwanzig|dreißig|vierzig|einer|one|two|three|four|five|ten|twenty|thirty|forty|several|mehreren?)`;
const WAIT_UNIT = String.raw`(?:min(?:ute[ns]?|s)?|minuten|stunden?|std|hours?|hrs?|tage[ns]?|days?|wochen?|weeks?|monate[ns]?|months?|mal|times)`;
// "einmal", "ein mal" (once) is no count: "noch einmal prüfen" is a plain request.
const STATED_WAIT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?!ein\s*mal(?!\p{L}))${NUMBER}\s*${WAIT_UNIT}(?!\p{L})`, 'iu');
const NTH_CONTACT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d+\.\s*mal|\d+(?:st|nd|rd|th)\s+time|(?:second|third|fourth|fifth)\s+time|(?:zweite|dritte|vierte|fünfte)n?\s+mal)(?!\p{L})`,
  'iu',
);

/**
 * Shouting, or a stated wait or count asked impatiently ("hallo?? ich warte seit 40 minuten"): on the
 * chat tune half these came only with upset lines, which had no emotion word (scripts/cue/README.md).
 */
export function chatUpsetShown(cues: readonly string[], text: string): boolean {
  return cues.includes('#shout') || (cues.includes('#wait') && (cues.includes('#qq') || /!{2,}/.test(text)));
}

/** The chat-register cues of one text, by feature name (exported for the tests and the praise guard). */
export function chatRegisterCues(text: string): string[] {
  const cues: string[] = [];
  if (shouts(text)) cues.push('#shout');
  if (IMPATIENT_QUESTION.test(text)) cues.push('#qq');
  if (ELONGATED.test(text.replace(/https?:\/\/\S+|www\.\S+/g, ' ').replace(ROMAN_NUMERAL, ' '))) cues.push('#elong');
  if (STATED_WAIT.test(text) || NTH_CONTACT.test(text)) cues.push('#wait');
  return cues;
}

// Friendly emoji (the eye-roll, upside-down and sweat-smile faces are not: they come with complaints).
const FRIENDLY_EMOJI =
  /[\u{1F60A}\u{1F642}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u{1F60D}\u{1F970}\u{1F44D}\u{1F64F}\u{2764}\u{2665}\u{1F609}\u{263A}\u{1F917}\u{1F44C}\u{1F389}]/u;
const UNFRIENDLY_EMOJI =
  /[\u{1F620}\u{1F621}\u{1F92C}\u{1F624}\u{1F612}\u{1F644}\u{1F44E}\u{1F61E}\u{1F622}\u{1F62D}\u{1F629}\u{1F62B}\u{1F643}]/u;

/**
 * Praise the tweet-trained heads may misread through a negation-looking word ("top service, hätte ich
 * nicht gedacht 😊"): a friendly emoji or smiling emoticon and no unfriendly one.
 */
export function praiseContext(text: string): boolean {
  return (FRIENDLY_EMOJI.test(text) || EMOTICON_POSITIVE.test(text)) && !UNFRIENDLY_EMOJI.test(text) && !EMOTICON_NEGATIVE.test(text);
}

/**
 * Returns the distinct bucket ids present in the text (binary features). Word unigrams, word bigrams,
 * character n-grams inside each padded word (fastText-style subwords: robust to typos, inflection and
 * Arabic clitics), and a few surface cues (shouting, exclamation, question).
 */
export function featureIds(text: string, options: FeatureOptions, lang?: string): Int32Array {
  const mask = options.buckets - 1;
  const ids = new Set<number>();
  const add = (key: string) => ids.add(fnv1a(key) & mask);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length >= 8 && upper / letters.length > 0.6) add('#caps');
  if (/!{2,}/.test(text)) add('#excl2');
  if (options.emoticons) {
    if (EMOTICON_POSITIVE.test(text)) add('#emo+');
    if (EMOTICON_NEGATIVE.test(text)) add('#emo-');
  }
  if (options.chatRegister) for (const cue of chatRegisterCues(text)) add(cue);
  if (options.supportCues) {
    const lower = text.toLowerCase();
    if (REPEATED.test(lower)) add('#repeated');
    if (BLAME.test(lower)) add('#blame');
    if (NEGATED_PROBLEM.test(lower)) add('#problem');
    if (/!{3,}|\?{2,}|[!?]{2,}/.test(text)) add('#punct-run');
    if (letters.length >= 4 && upper / letters.length > 0.3) add('#caps-some');
  }
  const normalized = normalizeForModel(text);
  const tokens = modelTokens(options.arabicFold ? normalizeArabic(normalized) : normalized);
  let previous = '<s>';
  for (const token of tokens) {
    add('w:' + token);
    if (options.langWords && lang) add(lang + ':' + token);
    add('b:' + previous + ' ' + token);
    previous = token;
    if (token.length < 2 || !/\p{L}/u.test(token)) continue;
    const padded = '<' + token + '>';
    for (let n = options.minChar; n <= options.maxChar; n++) {
      for (let i = 0; i + n <= padded.length; i++) add('c:' + padded.slice(i, i + n));
    }
  }
  add('b:' + previous + ' </s>');
  add('#bias');
  return Int32Array.from(ids);
}
