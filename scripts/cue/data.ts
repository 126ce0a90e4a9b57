// Reads the development sets in ../shared/data (never copied into the project) and splits them the
// same way for training and evaluation, so nothing reported was trained on.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from '../../src/cue/features';
import type { Emotion, Sentiment } from '../../src/cue/types';

// ../shared/data beside the checkout, or /work/shared/data when the checkout is a worktree deeper down.
export const DATA =
  process.env.SOUFFLEUR_DATA ??
  [join(process.cwd(), '..', 'shared', 'data'), '/work/shared/data'].find((dir) => existsSync(dir)) ??
  join(process.cwd(), '..', 'shared', 'data');

export function requireData(): void {
  if (!existsSync(join(DATA, 'sentiment', 'umsab'))) {
    process.stderr.write(`This script needs the development data in ${DATA} (../shared/data); set SOUFFLEUR_DATA to point elsewhere.\n`);
    process.exit(2);
  }
}

/** The weights the extension ships (src/cue/model.ts loads them); `npm run train:cue` writes them. */
export const SHIPPED_MODEL = 'models/cue/model.json';
/** The shipped recipe trained without UMSAB val (`train:cue -- --report`): what `eval:cue` reports val with. */
export const REPORT_MODEL = '.cache/cue-report-model.json';

export const UMSAB_LANGS = {
  arabic: 'ar',
  english: 'en',
  french: 'fr',
  german: 'de',
  italian: 'it',
  portuguese: 'pt',
  spanish: 'es',
} as const;
export const XED_LANGS = ['nl', 'sv', 'ar', 'de'] as const;

export interface Example {
  text: string;
  lang: string;
  sentiment?: Sentiment;
  emotion?: Emotion;
  /** For XED: whether any negative emotion (anger, disgust, fear, sadness) is annotated. */
  negative?: boolean;
  group: string;
  /** MAIA: the conversation the sentence belongs to (splits never cut a conversation). */
  conversation?: string;
  /** The support chats (chat.ts): the situation, the key of their tune / held-out split. */
  situation?: string;
}

function jsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export function umsab(split: 'train' | 'val'): Example[] {
  const out: Example[] = [];
  for (const [folder, lang] of Object.entries(UMSAB_LANGS)) {
    for (const row of jsonl(join(DATA, 'sentiment', 'umsab', folder, `${split}.jsonl`))) {
      out.push({ text: String(row.text), lang, sentiment: row.sentiment as Sentiment, group: `umsab-${lang}` });
    }
  }
  return out;
}

const MAIA_EMOTION: Record<number, Emotion> = {
  0: 'positive',
  1: 'positive',
  2: 'neutral',
  3: 'disappointment',
  4: 'confusion',
  5: 'frustration',
  6: 'anger',
  7: 'anxiety',
};
export const NEGATIVE_EMOTIONS: readonly Emotion[] = ['anxiety', 'disappointment', 'frustration', 'anger'];
export function sentimentOf(emotion: Emotion): Sentiment {
  if (emotion === 'positive') return 'positive';
  return NEGATIVE_EMOTIONS.includes(emotion) ? 'negative' : 'neutral';
}

interface MaiaTurn {
  floor: string;
  text_src: string[];
  text_mt?: string[];
  Emotion: number[];
}

/**
 * MAIA customer sentences ("floor": "inbound", Portuguese in text_src). Held out by conversation:
 * a fifth of the conversations (by hash of the conversation id) are the test split.
 * The training split also gets the published English machine translation (text_mt) of the same sentences.
 * pt_br_client_04.json repeats 43 of pt_br_client_02.json's 47 conversations (same sentences, same
 * emotion labels), so read as published each of their sentences counts twice. Every figure reads each
 * conversation once (`repeats: 'once'`); train:cue and cv-sentiment keep the recipe the shipped model was
 * trained with (`'as-published'`: those conversations weigh double), see scripts/cue/README.md.
 */
export function maia(
  split: 'train' | 'test',
  withTranslations = false,
  { repeats = 'once', data = DATA }: { repeats?: 'once' | 'as-published'; data?: string } = {},
): Example[] {
  const dir = join(data, 'emotion', 'maia');
  const out: Example[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const conversations = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { id: string; turns: MaiaTurn[] }[];
    for (const conversation of conversations) {
      if (repeats === 'once' && seen.has(conversation.id)) continue;
      seen.add(conversation.id);
      const isTest = fnv1a(conversation.id) % 5 === 0;
      if (isTest !== (split === 'test')) continue;
      for (const turn of conversation.turns) {
        if (turn.floor !== 'inbound') continue;
        turn.text_src.forEach((text, i) => {
          const emotion = MAIA_EMOTION[turn.Emotion[i] ?? -1];
          if (!emotion || !text.trim() || text.startsWith('#')) return;
          out.push({ text, lang: 'pt', emotion, sentiment: sentimentOf(emotion), group: 'maia', conversation: conversation.id });
          const translated = turn.text_mt?.[i];
          if (withTranslations && translated && !translated.startsWith('#')) {
            out.push({
              text: translated,
              lang: 'en',
              emotion,
              sentiment: sentimentOf(emotion),
              group: 'maia-en',
              conversation: conversation.id,
            });
          }
        });
      }
    }
  }
  return out;
}

const XED_NEGATIVE = ['anger', 'disgust', 'fear', 'sadness'];
/** XED dev lines per language, split in halves by hash of the text: 'train' half and 'test' half. */
export function xed(split: 'train' | 'test'): Example[] {
  const out: Example[] = [];
  for (const lang of XED_LANGS) {
    for (const row of jsonl(join(DATA, 'emotion', 'xed', `${lang}.dev.jsonl`))) {
      const text = String(row.text);
      const isTest = fnv1a(text) % 2 === 0;
      if (isTest !== (split === 'test')) continue;
      const emotions = row.emotions as string[];
      const negative = emotions.some((e) => XED_NEGATIVE.includes(e));
      const positive = emotions.some((e) => e === 'joy' || e === 'trust');
      // A single training label: the strongest negative emotion first, as a support agent would read it.
      const emotion: Emotion = emotions.includes('anger')
        ? 'anger'
        : emotions.includes('fear')
          ? 'anxiety'
          : emotions.includes('sadness')
            ? 'disappointment'
            : emotions.includes('disgust')
              ? 'frustration'
              : positive
                ? 'positive'
                : emotions.includes('surprise')
                  ? 'confusion'
                  : 'neutral';
      out.push({
        text,
        lang,
        negative,
        emotion,
        sentiment: negative ? 'negative' : positive ? 'positive' : 'neutral',
        group: `xed-${lang}`,
      });
    }
  }
  return out;
}

/**
 * Sentences of the synthetic support tickets (en, de, es, fr, pt; no emotion labels), for the upset head
 * as calm examples: mostly formal problem reports, which the cue had named upset (German 9.6 % of
 * sentences at 0.55, English 4.1 %). Split by ticket body hash: `fit` (even) trains, `check` (odd)
 * measures the alarm rate. `hasUpsetWord` says which sentences to leave out (they may be upset).
 */
export function ticketSentences(part: 'fit' | 'check', hasUpsetWord: (text: string, lang: string) => boolean): Example[] {
  const rows = jsonl(`${DATA}/tickets/tickets.dev.jsonl`);
  const out: Example[] = [];
  for (const r of rows) {
    const body = String(r.body ?? '');
    if ((fnv1a(body) % 2 === 0) !== (part === 'fit')) continue;
    const lang = String(r.language);
    for (const s of body.split(/(?<=[.!?])\s+|\n+/)) {
      const text = s.trim();
      if (text.length > 3 && !hasUpsetWord(text, lang)) out.push({ text, lang, emotion: 'neutral', group: 'tickets' });
    }
  }
  return out;
}
