// The sentiment head may change (issue 16 scores it by macro-F1) without moving the cue's own reading: the
// upset confidence, the tone, the emotion named, its intensity and evidence read a sentiment head of their
// own (`upsetSentiment`, session cue24). Checked by giving the model another head (negative and positive
// swapped) and reading our support chats' tune halves, our calibration messages and a few lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import shipped from '../../models/cue/model.json';
import { analyzeMessageDetail, type MessageAnalysis } from '../../src/cue/analyze-message';
import { featureIds } from '../../src/cue/features';
import {
  headProbabilities,
  idsForHead,
  int8ToBase64,
  predict,
  UPSET_SENTIMENT_READS,
  upsetSentimentHead,
  type SerializedModel,
} from '../../src/cue/linear-model';
import { cueModel, unloadCueModel, useCueModel } from '../../src/cue/model';
import { CHAT_SETS, chatSet } from '../../scripts/cue/chat';
import { support } from '../../scripts/cue/support';

/** The shipped model with one sentiment head that hears negative as positive and positive as negative. */
function withSwapped(name: 'sentiment' | 'upsetSentiment'): SerializedModel {
  const model = structuredClone(shipped) as unknown as SerializedModel;
  const head = model.heads[name]!;
  const neg = head.classes.indexOf('negative');
  const pos = head.classes.indexOf('positive');
  const k = head.classes.length;
  const weights = Int8Array.from(Buffer.from(head.weights, 'base64'));
  for (let base = 0; base < weights.length; base += k)
    [weights[base + neg], weights[base + pos]] = [weights[base + pos]!, weights[base + neg]!];
  [head.bias[neg], head.bias[pos]] = [head.bias[pos]!, head.bias[neg]!];
  head.weights = int8ToBase64(weights);
  return model;
}

const lines: [string, string][] = [
  ['This is the THIRD time I am writing about my invoice!! Still no answer. I want to speak to a manager.', 'en'],
  ['My password is not accepted. How do I reset it?', 'en'],
  ['Thanks a lot, everything works now!', 'en'],
  ['Ich bin wirklich nicht zufrieden, das Paket ist schon wieder nicht angekommen.', 'de'],
  ['mein passwort geht nicht mehr. wie setze ich das zurück?', 'de'],
  ['Mijn bestelling is nog steeds niet geleverd, dit is belachelijk.', 'nl'],
  ['Hej, jag undrar hur jag byter lösenord?', 'sv'],
  ['هذه مرة ثالثة أتواصل معكم ولا يوجد رد، هذا غير مقبول', 'ar'],
  ['Já entrei em contato várias vezes e ainda sem resposta. Estou muito decepcionado.', 'pt'],
];
const messages: [string, string][] = [
  ...lines,
  ...support('calibrate').map((e): [string, string] => [e.text, e.lang]),
  ...CHAT_SETS.flatMap((set) => chatSet(set, 'tune')).map((e): [string, string] => [e.text, e.lang]),
];
const readAll = (model?: SerializedModel): MessageAnalysis[] => {
  if (model) useCueModel(model);
  else unloadCueModel();
  return messages.map(([text, lang]) => analyzeMessageDetail(text, lang));
};
const withoutSentiment = ({ sentiment: _sentiment, ...cue }: MessageAnalysis) => cue;

describe('the cue reads a sentiment head of its own', () => {
  let before: MessageAnalysis[] = [];
  beforeAll(() => (before = readAll()));
  afterAll(() => unloadCueModel());

  it('keeps tone, confidence, emotion, intensity and evidence when the sentiment head changes', () => {
    expect(messages.length).toBeGreaterThan(500);
    const after = readAll(withSwapped('sentiment'));
    for (const [i, detail] of after.entries()) expect(withoutSentiment(detail), messages[i]![0]).toEqual(withoutSentiment(before[i]!));
    // ...and still reports the sentiment head it has.
    expect(after.filter((detail, i) => detail.sentiment !== before[i]!.sentiment).length).toBeGreaterThan(messages.length / 4);
  });

  it('moves the cue, not the sentiment, when its own head changes', () => {
    const after = readAll(withSwapped('upsetSentiment'));
    expect(after.map((d) => d.sentiment)).toEqual(before.map((d) => d.sentiment));
    expect(after.filter((d, i) => d.confidence !== before[i]!.confidence).length).toBeGreaterThan(messages.length / 4);
    expect(after.filter((d, i) => d.tone !== before[i]!.tone).length).toBeGreaterThan(messages.length / 10);
  });

  it('reads the head as train:cue trained it (the frozen recipe, the same feature ids)', () => {
    const model = cueModel();
    const head = upsetSentimentHead(model);
    expect(head).toBe(model.heads.upsetSentiment);
    expect({ valence: head.valence, arabicFold: head.arabicFold, valenceDetail: head.valenceDetail }).toEqual({
      ...UPSET_SENTIMENT_READS,
      valenceDetail: false,
    });
    for (const [text, lang] of lines) {
      const ids = featureIds(text, model.features, lang);
      // train.ts builds this head's examples with idsForHead(UPSET_SENTIMENT_READS, ...).
      const trained = idsForHead(UPSET_SENTIMENT_READS, ids, text, lang, model.features);
      const expected = headProbabilities(head, trained);
      const got = predict(model, text, lang).upsetSentiment!;
      head.classes.forEach((c, i) => expect(got[c]).toBeCloseTo(expected[i]!, 12));
    }
  });
});
