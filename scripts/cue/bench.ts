// `npm run bench:cue`: per-message analysis time (median, after load), model load time and shipped size.
import { statSync } from 'node:fs';
import { analyzeMessage } from '../../src/cue/analyze-message';
import { cueModel, unloadCueModel } from '../../src/cue/model';

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
  process.stdout.write(`cue: ${name}: ${value.toFixed(unit === 'MB' ? 2 : 3)} ${unit} (budget <= ${budget} ${unit}: ${value <= budget ? 'ok' : 'OVER'})\n`);

const loads: number[] = [];
for (let i = 0; i < 15; i++) {
  unloadCueModel();
  const start = performance.now();
  cueModel();
  loads.push(performance.now() - start);
}
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
line('model load time (median, decode once)', median(loads), 'ms', 100);
line('shipped model size (models/cue/model.json)', statSync('models/cue/model.json').size / 1e6, 'MB', 3);
