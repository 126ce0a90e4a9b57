// Spotlighting (Hines et al. 2024) for untrusted ticket text: the whole ticket sits between fixed
// delimiters, and inside it every run of whitespace is replaced by a data mark. The system prompt tells
// the model that marked text is data, never instructions.
//
// Why datamarking and not Base64: encoding only held up on the largest models in the paper, and it costs
// the model the customer's exact words (which drafts should echo) and their language; small local models
// (Ollama, LM Studio) cannot decode it reliably at all. Datamarking keeps the text readable while making
// every injected sentence visibly "inside the data". Why fixed delimiters and not a per-request nonce:
// the system prompt must be byte-identical on every request for prompt caching, so instead we remove the
// delimiters and the mark from the customer's text before marking it, and an attacker cannot close the
// section early.

export const DATA_MARK = 'ˆ'; // U+02C6; never part of our own text
export const DATA_START = '<<<TICKET_DATA>>>';
export const DATA_END = '<<<END_TICKET_DATA>>>';

/** Removes anything that could pose as our markup: the mark, our delimiters, and triple angle brackets. */
export function neutralize(text: string): string {
  return text
    .replaceAll(DATA_MARK, '^')
    .replace(/<{3,}|>{3,}/g, (run) => (run[0] === '<' ? '‹'.repeat(run.length) : '›'.repeat(run.length)))
    .replace(/END_TICKET_DATA|TICKET_DATA/gi, 'ticket data');
}

/** Untrusted text as it appears in the request: neutralized, whitespace replaced by the data mark. */
export function datamark(text: string): string {
  return neutralize(text)
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '') // zero-width characters hide words from the agent, not the model
    .replace(/\s+/g, DATA_MARK);
}

/** Turns marked text back into plain text (a model quoting the customer may copy the marks). */
export function unmark(text: string): string {
  return text.replaceAll(DATA_MARK, ' ');
}
