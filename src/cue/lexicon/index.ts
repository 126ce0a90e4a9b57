// The nine cue lexicons, compiled once per language into one regular expression per category.
import type { Lang } from '../../language/languages';
import type { Trigger } from '../types';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import { sv } from './sv';
import type { CueEmotion, LanguageLexicon } from './types';

export type { CueEmotion, LanguageLexicon } from './types';
export const LEXICONS: Record<Lang, LanguageLexicon> = { en, de, nl, sv, ar, fr, es, it, pt };

const WORD = '[\\p{L}\\p{M}\\p{N}]';

interface PhraseParts {
  /** Must start at a word boundary (not a `~` pattern). */
  left: boolean;
  /** A `*` pattern: the last word may go on (a stem); otherwise it must end at a word boundary. */
  stem: boolean;
  body: string;
}

/** One lexicon phrase split into its boundaries and its words (see the pattern syntax in ./types.ts). */
function phraseParts(pattern: string): PhraseParts {
  const core = pattern.replace(/^~/, '').replace(/\*$/, '').trim();
  const body = core
    .split(/\s+/)
    .map((word) => (word === '_' ? '(?:\\S+\\s+){0,2}?' : word.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]") + '\\s+'))
    .join('')
    .replace(/\\s\+$/, '');
  return { left: !pattern.startsWith('~'), stem: pattern.endsWith('*'), body };
}

const leftBoundary = (parts: PhraseParts) => (parts.left ? `(?<!${WORD})` : '');
const rightBoundary = (parts: PhraseParts) => (parts.stem ? `${WORD}*` : `(?!${WORD})`);

/**
 * Many phrases as one alternation, longest first (so "still no reply" wins over "still no" at the same
 * position). The word-boundary lookarounds are written once per kind of boundary, not once per phrase:
 * hundreds of Unicode-class lookarounds made V8 spend 200–500 ms compiling each language's lexicon on
 * its first tickets; factored, it is a few ms. Phrases are grouped by boundary kind in the order of
 * each kind's longest phrase, so longest-first holds within a kind.
 */
function alternationSource(patterns: readonly string[]): string {
  const groups = new Map<string, { parts: PhraseParts; bodies: string[] }>();
  for (const pattern of [...patterns].sort((a, b) => b.length - a.length)) {
    const parts = phraseParts(pattern);
    const kind = `${parts.left}:${parts.stem}`;
    const group = groups.get(kind) ?? groups.set(kind, { parts, bodies: [] }).get(kind)!;
    group.bodies.push(parts.body);
  }
  return [...groups.values()].map(({ parts, bodies }) => `${leftBoundary(parts)}(?:${bodies.join('|')})${rightBoundary(parts)}`).join('|');
}

export function compileAlternatives(patterns: readonly string[], anchor = ''): RegExp | null {
  if (patterns.length === 0) return null;
  return new RegExp(`(?:${alternationSource(patterns)})${anchor}`, 'giu');
}

export interface CompiledLexicon {
  triggers: [Trigger, RegExp][];
  emotions: [CueEmotion, RegExp][];
  urgent: RegExp | null;
  complaint: RegExp | null;
  /** Matches a negator, plus up to two words, right before the phrase it negates (anchored at the end). */
  negatedBefore: RegExp | null;
  /** Matches an intensifier right before a phrase (anchored at the end). */
  intensifiedBefore: RegExp | null;
}

const compiled = new Map<Lang, CompiledLexicon>();

export function compiledLexicon(lang: Lang): CompiledLexicon {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const lexicon = LEXICONS[lang];
  const entries = <K extends string>(record: Partial<Record<K, string[]>>) =>
    (Object.entries(record) as [K, string[]][]).flatMap(([key, patterns]) => {
      const regex = compileAlternatives(patterns);
      return regex ? [[key, regex] as [K, RegExp]] : [];
    });
  const result: CompiledLexicon = {
    triggers: entries(lexicon.triggers),
    emotions: entries(lexicon.emotions),
    urgent: compileAlternatives(lexicon.urgent),
    complaint: compileAlternatives(lexicon.complaint),
    negatedBefore: negatorRegex(lexicon.negators, "(?:\\s+[\\p{L}\\p{M}'’]+){0,2}\\s+$"),
    intensifiedBefore: negatorRegex(lexicon.intensifiers, '\\s+$'),
  };
  compiled.set(lang, result);
  return result;
}

function negatorRegex(words: readonly string[], tail: string): RegExp | null {
  if (words.length === 0) return null;
  return new RegExp(`(?:${alternationSource(words)})${tail}`, 'iu');
}
