// Sentences as the draft checks read them: split after sentence-final punctuation (Latin, Arabic, CJK)
// and at line breaks, which in a support reply end a greeting, a list item or a sign-off. Not the
// summary's splitter (src/summary/sentences.ts), which keeps a paragraph's wrapped lines together.

/** The non-blank sentences of `text`, untrimmed. */
export const splitSentences = (text: string): string[] => text.split(/(?<=[.!?؟。])\s+|\n+/u).filter((s) => s.trim());
