// Reads the held-out misspelled replies (tests/fixtures/spelling/<lang>.txt: `*word*` marks a misspelling).
import { readFileSync } from 'node:fs';
import type { SpellLanguage } from '../../src/polish/languages';

export const EVAL_LANGUAGES: SpellLanguage[] = ['en', 'de', 'nl', 'sv'];
/** The team's words in these replies (product and people's names), as the sidebar would know them. */
export const TEAM_WORDS = ['Zorblax', 'Fjordly', 'Quillpad', 'Maartje', 'Björn'];

export interface SpellingCase {
  text: string;
  /** Offsets of the misspelled words in `text`. */
  misspelled: { start: number; word: string }[];
}

export function readSpellingSet(lang: SpellLanguage): SpellingCase[] {
  return readFileSync(`tests/fixtures/spelling/${lang}.txt`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const misspelled: SpellingCase['misspelled'] = [];
      let text = '';
      for (const part of line.split(/(\*[^*]+\*)/)) {
        if (part.startsWith('*') && part.endsWith('*') && part.length > 2) {
          misspelled.push({ start: text.length, word: part.slice(1, -1) });
          text += part.slice(1, -1);
        } else text += part;
      }
      return { text, misspelled };
    });
}
