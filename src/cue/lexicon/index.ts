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

/** One lexicon phrase as a regular-expression source (see the pattern syntax in ./types.ts). */
export function patternSource(pattern: string): string {
  const fromAnyPosition = pattern.startsWith('~');
  const stem = pattern.endsWith('*');
  const core = pattern.replace(/^~/, '').replace(/\*$/, '').trim();
  const body = core
    .split(/\s+/)
    .map((word) => (word === '_' ? '(?:\\S+\\s+){0,2}?' : word.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]") + '\\s+'))
    .join('')
    .replace(/\\s\+$/, '');
  const left = fromAnyPosition ? '' : `(?<!${WORD})`;
  const right = stem ? `${WORD}*` : `(?!${WORD})`;
  return left + body + right;
}

export function compileAlternatives(patterns: readonly string[], anchor = ''): RegExp | null {
  if (patterns.length === 0) return null;
  // Longest first, so "still no reply" wins over "still no" at the same position.
  const sources = [...patterns].sort((a, b) => b.length - a.length).map(patternSource);
  return new RegExp(`(?:${sources.join('|')})${anchor}`, 'giu');
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
    negatedBefore: negatorRegex(lexicon.negators, '(?:\\s+[\\p{L}\\p{M}\'’]+){0,2}\\s+$'),
    intensifiedBefore: negatorRegex(lexicon.intensifiers, '\\s+$'),
  };
  compiled.set(lang, result);
  return result;
}

function negatorRegex(words: readonly string[], tail: string): RegExp | null {
  if (words.length === 0) return null;
  const sources = [...words].sort((a, b) => b.length - a.length).map(patternSource);
  return new RegExp(`(?:${sources.join('|')})${tail}`, 'iu');
}
