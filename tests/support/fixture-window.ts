// What the fixture pages expose on `window.__fixture` (tests/fixtures/*/): the real editors and what
// the page would have submitted. Browser-neutral: both the Chromium and the Firefox tests read it in
// page functions, which run alike under Playwright and puppeteer.
export type FixtureWindow = {
  __fixture: {
    ready: Promise<void>;
    submissions: unknown[];
    /** Zendesk: CKEditor per ticket id. */
    editors: Record<string, { getData(): string }>;
    /** Freshdesk: the Froala instance, once the reply box is open. */
    editor(): { html: { get(): string } } | null;
    mode(): string | null;
  };
};

/** Page functions (pass to page.evaluate): each is sent as its source, so none may use a name from here. */
export const inPage = {
  ready: () => (window as unknown as FixtureWindow).__fixture.ready,
  zendeskData: (ticketId: string) => (window as unknown as FixtureWindow).__fixture.editors[ticketId]!.getData(),
  submissions: () => (window as unknown as FixtureWindow).__fixture.submissions.length,
  froala: () => (window as unknown as FixtureWindow).__fixture.editor(),
  froalaHtml: () => (window as unknown as FixtureWindow).__fixture.editor()!.html.get(),
  mode: () => (window as unknown as FixtureWindow).__fixture.mode(),
};
