// The words that negate an ask in the draft languages, one place for the checks and negated-before.ts.

/** A negation in the sentence read lower-cased (lower-case.ts): "never share it", "nie", "nooit", "jamais", "nunca", "mai", "لا", "не", "jangan", "请勿". */
export const NEGATION_LOWER =
  /(?<![\p{L}])(?:not|never|don['’]t|doesn['’]t|won['’]t|nicht|nie|niemals|niemand\p{L}*|kein\p{L}*|niet|nooit|niemand|geen|inte|aldrig|ingen|pas|jamais|personne|nunca|nadie|não|ninguém|non|mai|nessuno|لا|لن|أبدا|أبداً|не|никогда|никому|jangan|tidak|bukan|नहीं|मत)(?![\p{L}])|不要|请勿|切勿|绝不|不会/u;
// The same, for text read as written (case-insensitive).
export const NEGATION = new RegExp(NEGATION_LOWER.source, 'iu');
