// `node scripts/run.mjs scripts/cue/ticket-alarm.ts <model.json>`: dev only. How often the cue names an
// upset emotion in the sentences of the synthetic support tickets' `check` half (../shared/data/tickets;
// no emotion labels, mostly calm formal problem reports), per language: a false-alarm rate, since
// `train:cue` learns from the `fit` half. The halves share the generator's phrasing, so the rate is a
// lower bound for other calm text.
import { readFileSync } from 'node:fs';
import { analyzeMessageDetail, isUpset } from '../../src/cue/analyze-message';
import { useCueModel } from '../../src/cue/model';
import type { SerializedModel } from '../../src/cue/linear-model';
import { requireData, ticketSentences } from './data';
requireData();
useCueModel(JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as SerializedModel);
const all = ticketSentences('check', () => false);
const out: string[] = [];
for (const lang of ['de', 'en', 'pt', 'es', 'fr']) {
  const sents = all.filter((e) => e.lang === lang);
  const named = sents.filter((e) => isUpset(analyzeMessageDetail(e.text, lang).emotion)).length;
  out.push(`${lang} ${((100 * named) / sents.length).toFixed(1)}% of ${sents.length}`);
}
console.log('alarm on ticket check half:', out.join(' | '));
