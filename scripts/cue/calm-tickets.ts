// Calm formal problem reports: the sentences of the synthetic support tickets (../shared/data/tickets,
// one half by body hash) that show no emotion. train:cue reads the `fit` half as calm (the upset head,
// and with --calm-tickets-sentiment the sentiment head as neutral); ticket-alarm.ts measures the `check` half.
import { scanLexicon } from '../../src/cue/lexical';
import { valenceScore } from '../../src/cue/valence';
import type { Lang } from '../../src/language/languages';
import { ticketSentences, type Example } from './data';

/** Left out: sentences with an upset word; unless `loose`, also any negative or problem word, trigger or negative valence. */
export function calmTicketSentences(part: 'fit' | 'check', loose = false): Example[] {
  const shows = (text: string, lang: string) => {
    const found = scanLexicon(text, lang as Lang);
    if (['disappointment', 'frustration', 'anger'].some((e) => (found.emotions.get(e as 'anger')?.length ?? 0) > 0)) return true;
    return (
      !loose &&
      ([...found.emotions.keys()].some((e) => e !== 'positive' && e !== 'confusion') ||
        found.triggers.size > 0 ||
        valenceScore(text, lang) < 0)
    );
  };
  return ticketSentences(part, shows);
}
