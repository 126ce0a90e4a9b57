// `node scripts/run.mjs scripts/cue/check-set.ts [model.json] [--heldout] [--list]`: the calm-question check
// set (data/cue/check/, see its README): calm support questions of the kind the cue misread as anger
// (a password not accepted, a formal opener, an invoice question) and upset messages about the same
// situations, in German and English. Never trained on. Split like data/cue by situation (`emotion:k`,
// the same situation in both languages): the `dev` half may guide a change, the `heldout` half is only
// reported (before and after), never chosen on. Prints how often a calm message is named upset (a false
// alarm) and the precision and recall of the upset reading at the shipped threshold.
// `--chat` reads the support chats of data/cue/chat/ instead (scripts/cue/chat.ts): its `tune` half in
// place of `dev`, `heldout` with `--heldout`; `--chat2` the second set, data/cue/chat2/, the same way;
// `--chat3` the third (data/cue/chat3/: messenger register, de + en + pt, split by text); `--chat4` the fourth
// (data/cue/chat4/: chat, e-mail and messenger in de, en, nl, sv, ar, pt, split by text); `--chat5` the fifth
// (data/cue/chat5/: pt + de, split by text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMessageDetail, isUpset } from '../../src/cue/analyze-message';
import { fnv1a } from '../../src/cue/features';
import type { SerializedModel } from '../../src/cue/linear-model';
import { useCueModel } from '../../src/cue/model';
import { EMOTIONS, type Emotion } from '../../src/cue/types';
import { chatLayout, chatSet as chatHalf, type ChatSet } from './chat';
import { SHIPPED_MODEL } from './data';
import { pct } from './metrics';

export const CHECK_LANGS = ['de', 'en'] as const;

export function checkSet(part: 'dev' | 'heldout', dir = join(process.cwd(), 'data', 'cue', 'check')) {
  const out: { lang: string; emotion: Emotion; text: string }[] = [];
  for (const lang of CHECK_LANGS) {
    const rank = new Map<string, number>();
    for (const line of readFileSync(join(dir, `${lang}.tsv`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const [label, text] = line.split('\t') as [Emotion, string];
      if (!EMOTIONS.includes(label) || !text) throw new Error(`data/cue/check/${lang}.tsv: bad line ${JSON.stringify(line)}`);
      const k = rank.get(label) ?? 0;
      rank.set(label, k + 1);
      if ((fnv1a(`${label}:${k}`) % 2 === 0 ? 'dev' : 'heldout') === part) out.push({ lang, emotion: label, text });
    }
  }
  return out;
}

const args = process.argv.slice(2);
const model = args.find((a) => !a.startsWith('--')) ?? SHIPPED_MODEL;
useCueModel(JSON.parse(readFileSync(model, 'utf8')) as SerializedModel);
const chatSet: ChatSet | undefined = args.includes('--chat5')
  ? 'chat5'
  : args.includes('--chat4')
    ? 'chat4'
    : args.includes('--chat3')
      ? 'chat3'
      : args.includes('--chat2')
        ? 'chat2'
        : args.includes('--chat')
          ? 'chat'
          : undefined;
const chat = chatSet !== undefined;
const part = args.includes('--heldout') ? 'heldout' : chat ? 'tune' : 'dev';
const foldArg = args.indexOf('--chat-fold');
const fold = foldArg >= 0 ? (Number(args[foldArg + 1]) as 0 | 1) : undefined;
const examples = chatSet
  ? chatHalf(chatSet, part === 'heldout' ? 'heldout' : 'tune', fold).map((e) => ({ ...e, emotion: e.emotion! }))
  : checkSet(part === 'heldout' ? 'heldout' : 'dev');
const rows = examples.map((e) => ({ ...e, detail: analyzeMessageDetail(e.text, e.lang) }));
for (const lang of [...(chatSet ? chatLayout(chatSet).langs : CHECK_LANGS), 'all']) {
  const subset = rows.filter((r) => lang === 'all' || r.lang === lang);
  const calm = subset.filter((r) => !isUpset(r.emotion));
  const upset = subset.filter((r) => isUpset(r.emotion));
  const alarms = calm.filter((r) => isUpset(r.detail.emotion)).length;
  const found = upset.filter((r) => isUpset(r.detail.emotion)).length;
  const named = alarms + found;
  console.log(
    `${chatSet ? `${chatSet} ` : ''}${part} ${lang}: calm named upset ${alarms} of ${calm.length} | upset found ${found} of ${upset.length} | P ${pct(named ? found / named : 1)} R ${pct(found / upset.length)}`,
  );
}
if (args.includes('--list'))
  for (const r of rows)
    console.log(
      `${isUpset(r.emotion) ? 'UPSET' : 'calm '} ${r.detail.emotion.padEnd(14)} ${r.detail.sentiment.padEnd(8)} ${r.detail.confidence.toFixed(2)} ${r.lang} ${r.text}`,
    );
