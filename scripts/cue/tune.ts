// Chooses the lexicon weight and the no-alarm thresholds on a held-out tenth of UMSAB train, never on the reported val split.
// `npm run tune:cue`, after `npm run train:cue -- --dev` (it writes .cache/cue-dev-model.json, trained without that tenth).
import { readFileSync } from 'node:fs';
import { analyzeMessageDetail, tuning } from '../../src/cue/analyze-message';
import { fnv1a } from '../../src/cue/features';
import type { SerializedModel } from '../../src/cue/linear-model';
import { useCueModel } from '../../src/cue/model';
import { requireData, umsab, UMSAB_LANGS } from './data';
import { macroF1, pct } from './metrics';

requireData();
useCueModel(JSON.parse(readFileSync('.cache/cue-dev-model.json', 'utf8')) as SerializedModel);
const dev = umsab('train').filter((e) => fnv1a(e.text) % 10 === 0);
const settings: (typeof tuning)[] = [];
for (const lexiconWeight of [0, 0.25, 0.4, 0.6, 0.8]) settings.push({ ...tuning, lexiconWeight });
for (const [plainNegative, plainQuestion] of [
  [0, 0],
  [0, 0.7],
  [0.4, 0.7],
  [0.5, 0.5],
  [0.5, 0.7],
] as const) {
  settings.push({ ...tuning, plainNegative, plainQuestion });
}
for (const setting of settings) {
  Object.assign(tuning, setting);
  const scores = Object.values(UMSAB_LANGS).map((lang) => {
    const rows = dev.filter((e) => e.lang === lang);
    return macroF1(
      rows.map((e) => e.sentiment!),
      rows.map((e) => analyzeMessageDetail(e.text, lang).sentiment),
    );
  });
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  process.stdout.write(
    `${JSON.stringify(setting)}: ${Object.values(UMSAB_LANGS)
      .map((l, i) => `${l} ${pct(scores[i]!)}`)
      .join(' | ')} | mean ${pct(mean)}\n`,
  );
}
