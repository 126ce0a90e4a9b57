// The most one knowledge article may hold, and one import message: an import file is untrusted (a help-center
// export, a spreadsheet someone pasted into), and every article is indexed, split into passages and maybe embedded.
// Far above a real help-center article (Zendesk and Freshdesk titles stop at 255 characters; a long how-to is
// 20 000 characters), so only a broken or hostile file meets them. The importers report such a line and keep the
// rest (./import/limits.ts); the background refuses a message past them (src/messaging/protocol.ts).
export const ARTICLE_LIMITS = {
  idChars: 500,
  /** A stored id: one kept apart from another account's article is `<id>@<accounts>` (./db.ts), up to 100 of 300. */
  storedIdChars: 500 + 100 * 301,
  titleChars: 1_000,
  bodyChars: 500_000,
  urlChars: 2_048,
  languageChars: 35,
  tags: 100,
  tagChars: 200,
  sourceChars: 300,
  updatedChars: 100,
  /** Articles in one knowledge-import message (the options page sends them in chunks). */
  articlesPerMessage: 2_000,
  /** Characters of all articles in one knowledge-import message (titles and bodies). */
  charsPerMessage: 16_000_000,
  /** Articles in one import of a file: the knowledge base's index is held in memory. */
  articlesPerImport: 100_000,
} as const;
