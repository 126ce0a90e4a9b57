// Hashed word and character n-gram features, shared by the training script and the runtime analyzer,
// so the shipped weights and the features they were trained on can never drift apart.

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
  if (options.supportCues) {
    const lower = text.toLowerCase();
    if (REPEATED.test(lower)) add('#repeated');
    if (BLAME.test(lower)) add('#blame');
    if (NEGATED_PROBLEM.test(lower)) add('#problem');
    if (/!{3,}|\?{2,}|[!?]{2,}/.test(text)) add('#punct-run');
    if (letters.length >= 4 && upper / letters.length > 0.3) add('#caps-some');
  }
  const tokens = modelTokens(normalizeForModel(text));
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
