import { describe, expect, it } from 'vitest';
import { chatRegisterCues, chatUpsetShown, featureIds, fnv1a, praiseContext, shouts, type FeatureOptions } from './features';
import { idsForHead } from './linear-model';
import { cueModel } from './model';

const plain: FeatureOptions = { buckets: 1 << 17, minChar: 2, maxChar: 5 };
const withCues: FeatureOptions = { ...plain, supportCues: true };
const has = (text: string, key: string, options = withCues) => featureIds(text, options).includes(fnv1a(key) & (options.buckets - 1));

describe('support cues (a trial feature set, off in the shipped model)', () => {
  it('marks repeated contact, blame and a negated problem word, in several languages', () => {
    expect(has('This is the third time I write', '#repeated')).toBe(true);
    expect(has('Das Passwort geht schon wieder nicht', '#repeated')).toBe(true);
    expect(has('You people never answer', '#blame')).toBe(true);
    expect(has('The login does not work', '#problem')).toBe(true);
    expect(has('O aplicativo não funciona', '#problem')).toBe(true);
    expect(has('How do I reset my password?', '#repeated')).toBe(false);
    expect(has('Is this still available?', '#problem')).toBe(false);
  });

  it('changes nothing for a model trained without them', () => {
    const text = 'This is the THIRD time!!! You people do not work';
    expect(has(text, '#repeated', plain)).toBe(false);
    expect(featureIds(text, { ...plain, supportCues: false })).toEqual(featureIds(text, plain));
  });
});

describe('emoticons (a trial feature, off in the shipped model)', () => {
  const withEmoticons: FeatureOptions = { ...plain, emoticons: true };
  it('marks smiling and frowning faces the tokenizer would drop, not times or addresses', () => {
    expect(has('great service :)', '#emo+', withEmoticons)).toBe(true);
    expect(has('Danke <3', '#emo+', withEmoticons)).toBe(true);
    expect(has('still broken :-(', '#emo-', withEmoticons)).toBe(true);
    expect(has('meh :/', '#emo-', withEmoticons)).toBe(true);
    expect(has('see https://example.com at 10:30', '#emo-', withEmoticons)).toBe(false);
    expect(has('see https://example.com at 10:30', '#emo+', withEmoticons)).toBe(false);
    expect(has('great service :)', '#emo+', plain)).toBe(false);
  });
});

describe('Arabic fold (the shipped sentiment head only, cue21)', () => {
  const folded: FeatureOptions = { ...plain, arabicFold: true };
  const sorted = (ids: Int32Array) => [...ids].sort((a, b) => a - b);
  it('reads the spellings tweets use for one word as one: alef, alef maqsura, ta marbuta', () => {
    expect(sorted(featureIds('الخدمة سيئة إلى الآن', folded))).toEqual(sorted(featureIds('الخدمه سيئه الي الان', folded)));
    expect(has('أحسن', 'w:احسن', folded)).toBe(true);
  });

  it('changes nothing for a model trained without it', () => {
    expect(sorted(featureIds('الخدمة سيئة', plain))).not.toEqual(sorted(featureIds('الخدمه سيئه', plain)));
    expect(has('أحسن', 'w:احسن', plain)).toBe(false);
  });

  it('reaches only the shipped sentiment head: the emotion and upset heads read the unfolded tokens they were trained on', () => {
    const model = cueModel();
    expect(model.features.arabicFold).toBeUndefined();
    expect(model.heads.sentiment!.arabicFold).toBe(true);
    expect(model.heads.emotion!.arabicFold).toBe(false);
    expect(model.heads.upset!.arabicFold).toBe(false);
    const [taa, haa] = ['الخدمة سيئة إلى الآن', 'الخدمه سيئه الي الان'];
    const read = (head: { arabicFold?: boolean }, text: string) =>
      sorted(idsForHead(head, featureIds(text, model.features, 'ar'), text, 'ar', model.features));
    // (The valence features read the text as written, in training too, so the fold is compared without them.)
    const sentimentFold = { arabicFold: model.heads.sentiment!.arabicFold };
    expect(read(sentimentFold, taa)).toEqual(read(sentimentFold, haa));
    expect(read(model.heads.emotion!, taa)).not.toEqual(read(model.heads.emotion!, haa));
    const ids = featureIds(taa, model.features, 'ar');
    expect(idsForHead(model.heads.upset!, ids, taa, 'ar', model.features)).toBe(ids);
    // Text without Arabic letters keeps the shared ids, read once.
    const english = featureIds('the service is bad', model.features, 'en');
    expect(idsForHead({ arabicFold: true }, english, 'the service is bad', 'en', model.features)).toBe(english);
  });
});

describe('chat register (issue 16, session cue11)', () => {
  const withChat: FeatureOptions = { ...plain, chatRegister: true };

  it('tells shouting from acronyms: a long capital word or two in a row, not PDF, IBAN or a placeholder', () => {
    expect(shouts('reset my password 4 times now and it STILL doesnt work!!')).toBe(true);
    expect(shouts('hab ich schon versucht. HAB ICH ALLES SCHON VERSUCHT')).toBe(true);
    expect(shouts('WHY is it NOT working')).toBe(false);
    expect(shouts('WHY IS it not working')).toBe(true);
    expect(shouts('the PDF export and the API key, my IBAN and VPN')).toBe(false);
    expect(shouts('my PDF USB stick')).toBe(false);
    expect(shouts('der Betrag #NUMBER# wurde abgebucht')).toBe(false);
    expect(shouts('Ok, Danke')).toBe(false);
  });

  it('marks impatient questions, elongated letters and a stated wait or count', () => {
    expect(chatRegisterCues('hallo?? ist wer da')).toEqual(['#qq']);
    expect(chatRegisterCues('40% teurer?! echt jetzt')).toEqual(['#qq']);
    expect(chatRegisterCues('bitteee')).toEqual(['#elong']);
    expect(chatRegisterCues('see www.example.com')).toEqual([]);
    expect(chatRegisterCues('ich warte seit 40 minuten')).toEqual(['#wait']);
    expect(chatRegisterCues('waiting for 3 days')).toEqual(['#wait']);
    expect(chatRegisterCues('ich schreib zum 4. mal')).toEqual(['#wait']);
    expect(chatRegisterCues('this is the third time')).toEqual(['#wait']);
    expect(chatRegisterCues('4th time im writing')).toEqual(['#wait']);
    expect(chatRegisterCues('order 20391, invoice 19.99')).toEqual([]);
  });

  it('does not read once, a compound or a Roman numeral as chat register', () => {
    expect(chatRegisterCues('können Sie das noch einmal prüfen')).toEqual([]);
    expect(chatRegisterCues('bitte ein mal anrufen, one time only')).toEqual([]);
    expect(chatRegisterCues('Schifffahrt und Kunststofffolie')).toEqual([]);
    expect(chatRegisterCues('Kapitel III, Teil XXX')).toEqual([]);
    expect(chatRegisterCues('neeein, hmmmm')).toEqual(['#elong']);
  });

  it('adds the cues as features only when asked, leaving other models untouched', () => {
    const text = 'hallo?? ich warte seit 40 minuten, SCHON WIEDER, bitteee';
    for (const cue of ['#shout', '#qq', '#elong', '#wait']) {
      expect(has(text, cue, withChat)).toBe(true);
      expect(has(text, cue, plain)).toBe(false);
    }
    expect(featureIds(text, { ...plain, chatRegister: false })).toEqual(featureIds(text, plain));
  });

  it('shows upset on shouting or an impatient stated wait, not on a calm question about a wait', () => {
    const shown = (text: string) => chatUpsetShown(chatRegisterCues(text), text);
    expect(shown('HAB ICH ALLES SCHON VERSUCHT')).toBe(true);
    expect(shown('hello?? been waiting in this chat for 40 minutes')).toBe(true);
    expect(shown('3 wochen gewartet!!')).toBe(true);
    expect(shown('die sendungsverfolgung zeigt seit 4 tagen "in zustellung", ist das normal?')).toBe(false);
    expect(shown('wo ist das??')).toBe(false);
  });

  it('recognises praise by a friendly emoji, not when an unfriendly one comes with it', () => {
    expect(praiseContext('top service, hätte ich nicht gedacht 😊')).toBe(true);
    expect(praiseContext('thanks :)')).toBe(true);
    expect(praiseContext('toll, schon wieder kaputt 🙄 👍')).toBe(false);
    expect(praiseContext('hätte ich nicht gedacht')).toBe(false);
  });
});
