// The thread summary an agent reads first on a long ticket (issue 17 item 2): what the customer asked,
// what the team said or promised, what is still open. Extractive: whole sentences quoted from the
// thread, in its own language, picked by position, question marks and commitment markers. Local and
// instant (background, no provider). Internal notes may supply the team's line; the summary says so.
import type { Message, Ticket } from '../ticket/schema';
import { isCommitment } from './commitments';
import { SUMMARY_MIN_MESSAGES } from './limits';
import { clipWords, isQuestion, sentencesOf, wordCount } from './sentences';

export { SUMMARY_MIN_MESSAGES };

/** What the sidebar shows, labels included, stays within 120 words; the labels take up to 15. */
export const SUMMARY_MAX_WORDS = 105;

export interface SummaryLine {
  text: string;
  /** Quoted from an internal note: never shown as if the customer saw it. */
  internal: boolean;
}

export interface ThreadSummary {
  /** The customer's opening request and, when it differs, their latest question. */
  asked: SummaryLine[];
  /** The team's latest commitments, else its latest answer. */
  team: SummaryLine[];
  /** Who the thread waits on, and for what (the customer's last question when the team owes an answer). */
  open: { waitingOn: 'team' | 'customer'; text: SummaryLine | null };
  /** Some line comes from an internal note. */
  usesInternal: boolean;
  messages: number;
  words: number;
}

const withText = (m: Message) => m.text.trim().length > 0;

/** The customer's request in one sentence: their first question, else their first sentence. */
function request(message: Message | undefined, last: boolean): string | null {
  if (!message) return null;
  const sentences = sentencesOf(message.text);
  const questions = sentences.filter(isQuestion);
  const pick = last ? (questions.at(-1) ?? sentences[0]) : (questions[0] ?? sentences[0]);
  return pick ? clipWords(pick) : null;
}

/** The latest commitments of the team (public first, then internal), else its latest public answer. */
function teamLines(agentMessages: Message[]): SummaryLine[] {
  const recent = agentMessages.slice(-4).reverse();
  const lines: SummaryLine[] = [];
  for (const m of recent) {
    for (const s of sentencesOf(m.text)) {
      if (lines.length < 2 && isCommitment(s) && !lines.some((l) => l.text === clipWords(s))) {
        lines.push({ text: clipWords(s), internal: m.visibility !== 'public' });
      }
    }
    if (lines.length >= 2) break;
  }
  if (lines.length) return lines;
  const latestPublic = recent.find((m) => m.visibility === 'public');
  const first = latestPublic && sentencesOf(latestPublic.text)[0];
  return first ? [{ text: clipWords(first), internal: false }] : [];
}

/** The last customer question, or the first sentence of their last message: what a reply must cover. */
export function lastCustomerQuestion(ticket: Ticket): string | null {
  return request(ticket.messages.filter((m) => m.role === 'customer' && withText(m)).at(-1), true);
}

/** Drops the least important lines until the summary fits. */
function fit(summary: Omit<ThreadSummary, 'words' | 'usesInternal' | 'messages'>): Omit<ThreadSummary, 'usesInternal' | 'messages'> {
  const count = () =>
    [...summary.asked, ...summary.team, ...(summary.open.text ? [summary.open.text] : [])].reduce((n, l) => n + wordCount(l.text), 0);
  // Priority, lowest first: a second team line, the opening request, then the open question is clipped.
  if (count() > SUMMARY_MAX_WORDS && summary.team.length > 1) summary.team = summary.team.slice(0, 1);
  if (count() > SUMMARY_MAX_WORDS && summary.asked.length > 1) summary.asked = summary.asked.slice(-1);
  for (const line of [...summary.asked, ...summary.team]) {
    const over = count() - SUMMARY_MAX_WORDS;
    if (over > 0) line.text = clipWords(line.text, Math.max(8, wordCount(line.text) - over));
  }
  return { ...summary, words: count() };
}

/** The customer's latest question among `messages` (newest first), else the latest message's first sentence. */
function latestAsk(messages: Message[]): string | null {
  for (const m of [...messages].reverse()) {
    const question = sentencesOf(m.text).filter(isQuestion).at(-1);
    if (question) return clipWords(question);
  }
  return request(messages.at(-1), true);
}

export function summarizeThread(ticket: Ticket): ThreadSummary | null {
  const messages = ticket.messages.filter((m) => withText(m) && m.role !== 'system');
  if (messages.length < SUMMARY_MIN_MESSAGES) return null;
  const customer = messages.filter((m) => m.role === 'customer');
  const agents = messages.filter((m) => m.role === 'agent');
  const opening = request(customer[0], false);
  // The last public message decides who the thread waits on; a note is not an answer to the customer.
  const publicOnes = messages.filter((m) => m.visibility === 'public');
  const lastPublic = publicOnes.at(-1);
  const waitingOn = !lastPublic || lastPublic.role === 'customer' ? 'team' : 'customer';
  const lastAnswer = publicOnes.findLastIndex((m) => m.role === 'agent');
  const unanswered = publicOnes.slice(lastAnswer + 1).filter((m) => m.role === 'customer');
  const openAsk = waitingOn === 'team' && unanswered.length ? latestAsk(unanswered) : null;
  const latest = customer.length > 1 ? latestAsk(customer.slice(1)) : null;
  const asked: SummaryLine[] = [];
  if (opening) asked.push({ text: opening, internal: false });
  if (latest && latest !== opening && latest !== openAsk) asked.push({ text: latest, internal: false });
  const openText = openAsk && openAsk !== opening ? { text: openAsk, internal: false } : null;
  const fitted = fit({ asked, team: teamLines(agents), open: { waitingOn, text: openText } });
  return { ...fitted, usesInternal: fitted.team.some((l) => l.internal), messages: messages.length };
}
