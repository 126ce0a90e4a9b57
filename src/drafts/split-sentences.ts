// Sentences as the draft checks read them: split after sentence-final punctuation (Latin, Arabic, CJK)
// and at line breaks, which in a support reply end a greeting, a list item or a sign-off. Not the
// summary's splitter (src/summary/sentences.ts), which keeps a paragraph's wrapped lines together.
// Japanese and Chinese write no space after "。", "！", "？" or "．" (nor after "!", "?", "." once NFKC has folded the
// full-width forms, normalizeOutbound), and Korean often none after ".": a sentence ends there too when Han, kana or
// Hangul follows, so a negation in the next sentence ("遠慮しないでください", don't hesitate) governs nothing in this one.

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const SENTENCE_END = new RegExp(String.raw`(?<=[。！？．｡])\s*|(?<=[.!?])(?=[${CJK}])|(?<=[.!?؟])\s+|\n+`, 'u');

/** The non-blank sentences of `text`, untrimmed. */
export const splitSentences = (text: string): string[] => text.split(SENTENCE_END).filter((s) => s.trim());
