// Deterministic checks on every draft before it is shown (issue 5 item 4). Model output is untrusted
// (OWASP LLM05); spotlighting lowers injection success, but only checks like these held against adaptive
// attackers (field notes). Each flag is shown next to its draft; nothing here rewrites the draft.
import { detectLanguage } from '../language/detect';
import { findLeftoverPlaceholders } from '../privacy/vault';
import type { CheckContext } from './prompt';
import { NEGATIONS, PROMISE_KINDS, PROMISE_TERMS, type PromiseKind } from './promise-terms';
import { DATA_MARK, FENCE_LIKE } from './spotlight';
import { SYSTEM_PROMPT } from './system-prompt';

export const FLAG_KINDS = ['unknown-link', 'unbacked-promise', 'placeholder', 'language', 'injection-echo', 'bad-citation'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
export interface DraftFlag {
  kind: FlagKind;
  detail: string;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'()\]]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|info|biz|xyz|top|ru|cn|de|nl|se|fr|es|it|pt|co|me|app|link|click|site|online)\/[^\s<>"'()\]]*/gi;

export function findLinks(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => m[0].replace(/[.,;:!?]+$/, ''));
}

const normalizeLink = (url: string) => url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');

function unknownLinks(text: string, context: CheckContext): DraftFlag[] {
  const known = [...context.snippets.flatMap((s) => [s.text, s.url ?? '']), context.ticketText].map((t) => t.toLowerCase());
  const knownLinks = new Set(known.flatMap((t) => findLinks(t)).map(normalizeLink));
  return findLinks(text)
    .filter((link) => !knownLinks.has(normalizeLink(link)))
    .map((link) => ({ kind: 'unknown-link', detail: `${link} is not in the knowledge base or the ticket` }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TERM_PATTERNS = Object.fromEntries(
  PROMISE_KINDS.map((kind) => [kind, new RegExp(`(?<![\\p{L}])(?:${PROMISE_TERMS[kind].map(escape).join('|')})`, 'giu')]),
) as Record<PromiseKind, RegExp>;

const sentences = (text: string) => text.split(/(?<=[.!?؟。])\s+|\n+/u).filter((s) => s.trim());

function unbackedPromises(text: string, citations: string[], context: CheckContext): DraftFlag[] {
  const cited = context.snippets.filter((s) => citations.includes(s.id)).map((s) => s.text);
  const flags: DraftFlag[] = [];
  for (const kind of PROMISE_KINDS) {
    const backed = cited.some((t) => new RegExp(TERM_PATTERNS[kind].source, 'iu').test(t));
    if (backed) continue;
    for (const sentence of sentences(text)) {
      const match = new RegExp(TERM_PATTERNS[kind].source, 'iu').exec(sentence);
      if (!match || NEGATIONS.test(sentence.slice(0, match.index))) continue;
      flags.push({ kind: 'unbacked-promise', detail: `${kind}: "${sentence.trim().slice(0, 120)}" is not backed by a cited snippet` });
      break;
    }
  }
  return flags;
}

function placeholders(text: string): DraftFlag[] {
  const left = [...new Set(findLeftoverPlaceholders(text))];
  return left.length ? [{ kind: 'placeholder', detail: `unrestored placeholder ${left.slice(0, 3).join(', ')}` }] : [];
}

function language(text: string, context: CheckContext): DraftFlag[] {
  const found = detectLanguage(text);
  return found && found !== context.customerLanguage
    ? [{ kind: 'language', detail: `written in ${found}, the customer writes ${context.customerLanguage}` }]
    : [];
}

// Word 8-grams: long enough that ordinary phrases ("thank you for your message and") rarely collide.
const SHINGLE = 8;
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().replaceAll(DATA_MARK, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}
const SYSTEM_SHINGLES = shingles(SYSTEM_PROMPT);

// Sentences in the ticket that address the model rather than the company: the usual shape of an injection.
const INSTRUCTION_LIKE = /\b(?:ignore|disregard|forget|override|instruction|prompt|assistant|AI\b|chatbot|language model|you are now|you must|respond with|reply with|include (?:this|the following)|tell the (?:customer|user)|system)\b|ignorier|anweisung|negeer|instructie|ignorera|instruktion|ignore[zr]|instrucci|ignora|istruzion|instruç|تجاهل|تعليمات/iu;

function injectionEcho(text: string, context: CheckContext): DraftFlag[] {
  const flags: DraftFlag[] = [];
  if (FENCE_LIKE.test(text) || [...shingles(text)].some((s) => SYSTEM_SHINGLES.has(s))) {
    flags.push({ kind: 'injection-echo', detail: 'repeats Souffleur\'s own instructions (system prompt leak)' });
  }
  const draftShingles = shingles(text);
  for (const sentence of sentences(context.customerText)) {
    if (!INSTRUCTION_LIKE.test(sentence)) continue;
    const echoed = [...shingles(sentence)].some((s) => draftShingles.has(s));
    if (echoed) {
      flags.push({ kind: 'injection-echo', detail: `repeats an instruction from the ticket: "${sentence.trim().slice(0, 100)}"` });
      break;
    }
  }
  return flags;
}

function badCitations(citations: string[], context: CheckContext): DraftFlag[] {
  const known = new Set(context.snippets.map((s) => s.id));
  return citations.filter((id) => !known.has(id)).map((id) => ({ kind: 'bad-citation', detail: `cites "${id}", which was not provided` }));
}

/** All flags for one restored draft. */
export function checkDraft(draft: { text: string; citations: string[] }, context: CheckContext): DraftFlag[] {
  return [
    ...unknownLinks(draft.text, context),
    ...unbackedPromises(draft.text, draft.citations, context),
    ...placeholders(draft.text),
    ...language(draft.text, context),
    ...injectionEcho(draft.text, context),
    ...badCitations(draft.citations, context),
  ];
}
