// The summary's thresholds, apart from the summarizer so the content script can read them without
// bundling it (the summary runs in the background).
/** Threads shorter than this read faster than a summary of them. */
export const SUMMARY_MIN_MESSAGES = 6;
