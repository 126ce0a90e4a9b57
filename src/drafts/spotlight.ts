// Spotlighting (Hines et al. 2024) for untrusted text: the ticket and the snippets sit in data sections
// fenced by delimiters unique to each request, and inside them every run of whitespace is replaced by a
// data mark. The system prompt tells the model that marked, fenced text is data, never instructions.
//
// Why datamarking and not Base64: encoding only held up on the largest models in the paper, and it costs
// the model the customer's exact words (which drafts should echo) and their language; small local models
// (Ollama, LM Studio) cannot decode it reliably at all.
// Why a per-request nonce: a fixed delimiter can be typed by the customer; a random one cannot be guessed.
// The system prompt stays byte-identical (providers cache the longest common prefix): it only says that
// the user message declares the fence, and the fence itself comes first in the user message.
// Text is normalized before it is marked (NFKC, invisibles removed: src/egress/normalize.ts), so a
// delimiter spelled with zero-width characters, fullwidth brackets or tag characters is folded first and
// then neutralized, instead of slipping past a check that ran on the unfolded text.
import { normalizeOutbound } from '../egress/normalize';

export const DATA_MARK = 'ˆ'; // U+02C6; never part of our own text

export interface Fence {
  open: string;
  close: string;
}

/** Anything shaped like one of our fences, whatever its nonce (for checks on the model's answer). */
export const FENCE_LIKE = /<<<\s*(?:END\s+)?DATA\b[^>\n]{0,40}>>>/i;

/** A fresh fence for one request: 64 random bits in the delimiters. */
export function newFence(): Fence {
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
  return { open: `<<<DATA ${nonce}>>>`, close: `<<<END DATA ${nonce}>>>` };
}

/** Removes anything that could pose as our markup: the mark, runs of angle brackets, the fence words. */
export function neutralize(text: string): string {
  return normalizeOutbound(text)
    .replaceAll(DATA_MARK, '^')
    .replace(/<{2,}|>{2,}/g, (run) => (run[0] === '<' ? '‹'.repeat(run.length) : '›'.repeat(run.length)));
}

/** Untrusted text as it appears in the request: normalized, neutralized, whitespace replaced by the mark. */
export function datamark(text: string): string {
  return neutralize(text).replace(/\s+/g, DATA_MARK);
}

/** Turns marked text back into plain text (a model quoting the customer may copy the marks). */
export function unmark(text: string): string {
  return text.replaceAll(DATA_MARK, ' ');
}

/** The fence a request's user message declares on its first lines (tests and "What was sent" readers). */
export function declaredFence(user: string): Fence | null {
  const match = /^# Data fence for this request\nopens: (<<<DATA [0-9a-f]{16}>>>)\ncloses: (<<<END DATA [0-9a-f]{16}>>>)/.exec(user);
  return match ? { open: match[1]!, close: match[2]! } : null;
}
