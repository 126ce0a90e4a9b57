// The summary's thresholds and port name, apart from the summarizer so the content script can read them without
// bundling it (the summary runs in the background).
/** Threads shorter than this read faster than a summary of them. */
export const SUMMARY_MIN_MESSAGES = 6;

/** The port the model summary streams over (src/summary/serve-port.ts). */
export const SUMMARY_PORT = 'souffleur-summary';
