// Knowledge base shapes shared by the importers, the index, the sidebar and the CLI.
export interface Article {
  /** The imported entry's id; stable across re-imports so they update instead of duplicating. */
  id: string;
  title: string;
  /** Plain text (Markdown or HTML are converted on import). */
  body: string;
  url?: string;
  language?: string;
  tags?: string[];
  /** Where it came from, e.g. "zendesk-help-center", "file:faq.md". */
  source?: string;
  /** ISO 8601. */
  updated?: string;
  /**
   * The helpdesk accounts whose tickets may be shown this article ("zendesk:acme", see ./account.ts);
   * absent or containing "*" (ALL_ACCOUNTS): every account.
   */
  accounts?: string[];
  /**
   * The helpdesk origin whose knowledge sync made this row (src/background/knowledge-sync.ts); never set by
   * a file import. A sync's reconciliation removes only rows it made, so an admin's imported article under
   * the same source name and account is never taken for a deleted helpdesk article.
   */
  syncedFrom?: string;
}

export interface SearchHit {
  /** The article id; an article found through several passages appears once, at its best rank. */
  id: string;
  score: number;
  title: string;
  /** The best passage of the article for this query, as the sidebar shows and highlights it. */
  snippet: string;
  /**
   * The same passage as whole sentences (links, addresses and numbers intact, at most ~1200 characters):
   * what a model and the draft checks are given. Absent on hits made before it existed: use `snippet`.
   */
  passage?: string;
  /** Words of `snippet` that matched the query, as they appear in it, for highlighting. */
  matches: string[];
  url?: string;
  language?: string;
  /** The article's `source` ("zendesk-macro", "freshdesk-canned-response", …): the sidebar's badge, and
   * whether its text is a template whose placeholders are filled from the ticket. */
  source?: string;
}
