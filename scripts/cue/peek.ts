import { readFileSync } from 'node:fs';
import { analyzeMessageDetail } from '../../src/cue/analyze-message';
for (const line of readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean)) {
  const { text, lang } = JSON.parse(line) as { text: string; lang: string };
  const d = analyzeMessageDetail(text, lang);
  console.log(d.sentiment, d.emotion, d.confidence, JSON.stringify(d.evidence), text.slice(0, 50));
}
