// A phone number in number words ("zero seven seven zero zero, nine zero zero, one two three"), as a
// hijacker writes one to pass the digit patterns: seven or more digit words in a row, apart only by spaces,
// commas or dashes. English, German, Dutch and Swedish; "double"/"triple" repeat the next digit. Seven digit
// words in a row do not occur in prose, even where one is also a word ("en", "een", "sex").
const DIGIT_WORDS: Record<string, string> = Object.fromEntries(
  (
    [
      ['0', 'zero oh o null nul noll'],
      ['1', 'one eins ein een één ett en'],
      ['2', 'two zwei zwo twee två'],
      ['3', 'three drei drie tre'],
      ['4', 'four vier fyra'],
      ['5', 'five fünf vijf fem'],
      ['6', 'six sechs zes sex'],
      ['7', 'seven sieben zeven sju'],
      ['8', 'eight acht åtta'],
      ['9', 'nine neun negen nio'],
    ] as [string, string][]
  ).flatMap(([digit, words]) => words.split(' ').map((w) => [w, digit])),
);
const REPEAT_WORDS: Record<string, number> = { double: 2, triple: 3, doppel: 2, dubbel: 2, dubbele: 2 };
const WORD = /\p{L}+/gu;
const WORD_GAP = /^[\s,\-\u2010-\u2015]{1,4}$/u;

/** Each run of seven to fifteen digit words: its text as written and the digits it spells. */
export function spelledPhones(text: string): { text: string; digits: string }[] {
  const out: { text: string; digits: string }[] = [];
  let start = -1;
  let end = -1;
  let digits = '';
  let repeat = 1;
  const close = () => {
    if (digits.length >= 7 && digits.length <= 15) out.push({ text: text.slice(start, end), digits });
    start = -1;
    digits = '';
    repeat = 1;
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const digit = DIGIT_WORDS[word];
    const times = REPEAT_WORDS[word];
    if (digit === undefined && times === undefined) {
      close();
      continue;
    }
    if (start >= 0 && !WORD_GAP.test(text.slice(end, match.index))) close();
    if (start < 0) start = match.index;
    end = match.index + match[0].length;
    if (times !== undefined) repeat = times;
    else {
      digits += digit!.repeat(repeat);
      repeat = 1;
    }
  }
  close();
  return out;
}
