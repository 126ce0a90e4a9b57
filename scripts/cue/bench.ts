// `npm run bench:cue`: per-message analysis time (median, after load), model load time and shipped size.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { analyzeMessage } from '../../src/cue/analyze-message';
import { cueModel, useCueModel } from '../../src/cue/model';
import type { SerializedModel } from '../../src/cue/linear-model';
import { forgetValenceLists, valenceScore } from '../../src/cue/valence';
import { SHIPPED_MODEL } from './data';

const SAMPLES = [
  'This is the THIRD time I am writing about my invoice!! Still no answer. I want to speak to a manager.',
  'Ich bin wirklich nicht zufrieden, das Paket ist schon wieder nicht angekommen. Ich warte seit zwei Wochen.',
  'هذه مرة ثالثة أتواصل معكم ولا يوجد رد، هذا غير مقبول',
  'Hej, jag undrar hur jag byter lösenord? Jag har försökt flera gånger.',
  'Mijn moeder is overleden en ik wil haar abonnement opzeggen. Kunt u mij helpen?',
  'Merci beaucoup, tout fonctionne maintenant !',
  'Llevo esperando desde hace semanas y no funciona, voy a poner una denuncia.',
  'Buongiorno, vorrei sapere quando arriva il mio ordine, è urgente.',
  'Já entrei em contato várias vezes e ainda sem resposta. Estou muito decepcionado.',
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const line = (name: string, value: number, unit: string, budget: number) =>
  process.stdout.write(
    `cue: ${name}: ${value.toFixed(unit === 'MB' ? 2 : 3)} ${unit} (budget <= ${budget} ${unit}: ${value <= budget ? 'ok' : 'OVER'})\n`,
  );

// A cold load is what the background pays at start: parse the shipped JSON, then decode it.
const VALENCE_FILE = 'models/cue/valence.json';
const modelText = readFileSync(SHIPPED_MODEL, 'utf8');
const loads: number[] = [];
for (let i = 0; i < 15; i++) {
  const start = performance.now();
  useCueModel(JSON.parse(modelText) as SerializedModel);
  loads.push(performance.now() - start);
}
cueModel();
// Warm up the JIT and the compiled lexicons, then time each message many times.
for (let i = 0; i < 200; i++) for (const text of SAMPLES) analyzeMessage(text, { uiLang: 'en' });
const times: number[] = [];
for (let round = 0; round < 300; round++) {
  for (const text of SAMPLES) {
    const start = performance.now();
    analyzeMessage(text, { uiLang: 'en' });
    times.push(performance.now() - start);
  }
}
line('analysis time per message (median, after load)', median(times), 'ms', 1);
line('model load time (median, JSON parse + decode)', median(loads), 'ms', 100);
// The valence lists are decoded per language, on the first message in it.
const listLoads: number[] = [];
for (let i = 0; i < 15; i++) {
  forgetValenceLists();
  const start = performance.now();
  valenceScore('Das ist nicht gut', 'de');
  listLoads.push(performance.now() - start);
}
line("valence lists' load time, one language (median, first message in it)", median(listLoads), 'ms', 100);
// Everything the analyzer ships: the model, the valence lists and the hand-written lexicons (as source;
// minified they are smaller).
const lexicons = readdirSync('src/cue/lexicon').reduce((sum, name) => sum + statSync(`src/cue/lexicon/${name}`).size, 0);
const model = statSync(SHIPPED_MODEL).size;
const valence = statSync(VALENCE_FILE).size;
line(
  `shipped analyzer size (model ${(model / 1e6).toFixed(2)} MB + valence lists ${(valence / 1e3).toFixed(0)} KB + lexicons ${(lexicons / 1e3).toFixed(0)} KB)`,
  (model + valence + lexicons) / 1e6,
  'MB',
  3,
);
