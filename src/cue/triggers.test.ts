import { describe, expect, it } from 'vitest';
import { analyzeMessage, analyzeMessageDetail, tuning } from './analyze-message';
import { CALM_PROBLEM_REPORTS } from '../../scripts/cue/calm-reports';
import type { Trigger } from './types';

const cases: [string, string, Trigger][] = [
  ['en', 'This is the third time I am writing about the invoice.', 'repeated-contact'],
  ['de', 'Das Paket ist schon wieder nicht angekommen.', 'repeated-contact'],
  ['nl', 'De levering is alweer te laat.', 'repeated-contact'],
  ['sv', 'Jag skriver igen om samma faktura.', 'repeated-contact'],
  ['ar', 'هذه مرة ثالثة أتواصل معكم بخصوص الفاتورة', 'repeated-contact'],
  ['fr', 'Je vous écris pour la troisième fois.', 'repeated-contact'],
  ['es', 'Llevo esperando desde hace semanas.', 'long-wait'],
  ['en', 'I need this fixed by tomorrow, my flight is on Friday.', 'deadline'],
  ['de', 'Wenn das so weitergeht, kündige ich meinen Vertrag.', 'churn-threat'],
  ['en', 'My lawyer will be in touch about this.', 'legal-threat'],
  ['fr', 'Je vais porter plainte et contacter un avocat.', 'legal-threat'],
  ['nl', 'Mijn vader is overleden en ik wil zijn account sluiten.', 'vulnerability'],
  ['es', 'Estoy en el hospital y no puedo pagar este mes.', 'vulnerability'],
  ['en', 'I want to speak to a manager right now.', 'escalation-request'],
  ['sv', 'Jag vill prata med din chef.', 'escalation-request'],
  ['it', 'Sono cliente premium da anni e aspetto da giorni.', 'vip'],
  ['pt', 'Já entrei em contato várias vezes e ainda sem resposta.', 'repeated-contact'],
];

describe('triggers', () => {
  it.each(cases)('%s: %s → %s', (lang, text, trigger) => {
    const cue = analyzeMessage(text, { lang, uiLang: 'en' });
    expect(cue.triggers).toContain(trigger);
    for (const phrase of cue.evidence) expect(text).toContain(phrase);
  });

  it('finds nothing in a calm question', () => {
    const cue = analyzeMessage('Hallo, wie ändere ich meine Lieferadresse?', { lang: 'de', uiLang: 'de' });
    expect(cue.triggers).toEqual([]);
    expect(cue.sentiment).not.toBe('negative');
  });
});

describe('negation and intensity', () => {
  it.each([
    ['en', 'I am not happy with this service.', 'not happy'],
    ['de', 'Ich bin gar nicht zufrieden mit der Lieferung.', 'nicht zufrieden'],
    ['nl', 'Ik ben niet tevreden over de service.', 'niet tevreden'],
    ['sv', 'Jag är inte nöjd med leveransen.', 'inte nöjd'],
    ['es', 'No estoy contento con el servicio.', 'No estoy contento'],
  ])('%s: a negated positive word reads as negative, quoted with its negator', (lang, text, phrase) => {
    const cue = analyzeMessage(text, { lang, uiLang: 'en' });
    expect(cue.sentiment).toBe('negative');
    expect(cue.evidence.some((e) => e.includes(phrase))).toBe(true);
  });

  it('shouting, exclamation marks and intensifiers raise the intensity', () => {
    const calm = analyzeMessage('I am disappointed with the delivery.', { lang: 'en', uiLang: 'en' });
    const loud = analyzeMessage('I AM VERY DISAPPOINTED WITH THE DELIVERY!!', { lang: 'en', uiLang: 'en' });
    expect(loud.intensity).toBeGreaterThan(calm.intensity);
  });

  it('detects the language when none is given', () => {
    const cue = analyzeMessage('Ik ben niet tevreden, de bestelling is alweer niet gekomen.', { uiLang: 'en' });
    expect(cue.triggers).toContain('repeated-contact');
    expect(cue.evidence).toContain('niet tevreden');
  });
});

describe('evidence', () => {
  const messages: [string, string][] = [
    ['en', 'I AM SO ANGRY. Nobody got back to me and I have been waiting for weeks!!'],
    ['de', 'Ich warte seit 3 Wochen, das ist eine Zumutung. Ich will mit Ihrem Vorgesetzten sprechen.'],
    ['nl', 'Heel teleurgesteld. Ik heb al drie keer gebeld en nog steeds geen antwoord.'],
    ['sv', 'Jag är väldigt besviken och orolig, min mamma ligger på sjukhuset.'],
    ['ar', 'أنا غاضب جدا، أنتظر منذ أسابيع ولا يوجد رد، سأتصل بمحامي'],
    ['fr', "Franchement, c'est inadmissible ! J'attends depuis des semaines."],
    ['es', 'Estoy muy decepcionado, ya he llamado varias veces.'],
    ['it', 'Sono molto deluso, aspetto da settimane.'],
    ['pt', 'Estou muito preocupado, é a terceira vez que escrevo.'],
  ];
  it.each(messages)('is always an exact substring of the message (%s)', (lang, text) => {
    for (const options of [{ lang, uiLang: 'en' }, { uiLang: 'ar' }]) {
      const cue = analyzeMessage(text, options);
      expect(cue.evidence.length).toBeGreaterThan(0);
      for (const phrase of cue.evidence) expect(text).toContain(phrase);
      expect(cue.sentiment).toBe('negative');
    }
  });
});

describe('emotion', () => {
  it('does not call a calm problem report angry', () => {
    const text =
      'Hallo Kundenservice,\n\nseit letzter Woche bricht bei mir die Verbindung in Teams immer wieder ab. In Besprechungen fällt oft der Ton aus.';
    expect(analyzeMessage(text, { lang: 'de', uiLang: 'de' }).emotion).not.toBe('anger');
  });

  it('hears anger when the words say so', () => {
    expect(analyzeMessage('This is unacceptable and ridiculous, I am furious.', { lang: 'en', uiLang: 'en' }).emotion).toBe('anger');
  });
});

// Issue 16: disappointment, frustration or anger only from the calibrated confidence up.
describe('precision first', () => {
  it.each(CALM_PROBLEM_REPORTS)('%s: a short password question is not read as upset', (lang, text) => {
    const detail = analyzeMessageDetail(text, lang);
    expect(['disappointment', 'frustration', 'anger']).not.toContain(detail.emotion);
    expect(detail.confidence).toBeLessThan(tuning.upsetThreshold);
  });

  it('names the upset emotion at or above the threshold, with the confidence that allowed it', () => {
    const detail = analyzeMessageDetail('This is absolutely unacceptable, I am furious. Refund me now.', 'en');
    expect(detail.emotion).toBe('anger');
    expect(detail.confidence).toBeGreaterThanOrEqual(tuning.upsetThreshold);
  });

  it('a worried customer with a technical problem is anxious, not angry', () => {
    const detail = analyzeMessageDetail('I am really worried, I cannot log in and all my client files are in there. Please help.', 'en');
    expect(detail.emotion).toBe('anxiety');
  });

  // The 7-way head heard worry in "Nervt total" and outvoted the upset word at a confident reading.
  it('an annoyed customer with no worried word is not called anxious', () => {
    const detail = analyzeMessageDetail('Nervt total, dass ich mich jeden Tag neu einloggen muss.', 'de');
    expect(detail.confidence).toBeGreaterThanOrEqual(tuning.upsetThreshold);
    expect(detail.emotion).toBe('frustration');
    // A worried word, or a worried question ("was ist, wenn …"), keeps the worry named.
    expect(analyzeMessageDetail('Ich habe Angst, dass meine Daten jetzt weg sind. Gibt es ein Backup?', 'de').emotion).toBe('anxiety');
    expect(analyzeMessageDetail('Das ist ärgerlich, was ist wenn meine Daten gestohlen wurden?', 'de').emotion).toBe('anxiety');
  });

  it('below the threshold the same message is no longer called upset', () => {
    const text = 'I am disappointed, the strap broke after a week.';
    const saved = tuning.upsetThreshold;
    try {
      tuning.upsetThreshold = 0;
      expect(analyzeMessageDetail(text, 'en').emotion).toBe('disappointment');
      tuning.upsetThreshold = 1.01;
      expect(['disappointment', 'frustration', 'anger']).not.toContain(analyzeMessageDetail(text, 'en').emotion);
    } finally {
      tuning.upsetThreshold = saved;
    }
  });
});

describe('evidence', () => {
  it('quotes the words that carry the emotion, not the technical sentence', () => {
    const text =
      'The export to CSV stops at 10,000 rows on the reports page in Chrome. This is the third time I write, I am fed up and frustrated.';
    const { evidence } = analyzeMessage(text, { lang: 'en', uiLang: 'en' });
    expect(evidence).toEqual(expect.arrayContaining(['fed up', 'frustrated']));
    for (const phrase of evidence) {
      expect(text).toContain(phrase);
      expect(phrase).not.toContain('CSV');
      expect(phrase.split(/\s+/).length).toBeLessThanOrEqual(4);
    }
  });

  it('a calm problem report quotes nothing and says there is no strong emotion', () => {
    const cue = analyzeMessage('The invoice shows 19% VAT but we are in Austria, it should be 20%.', { lang: 'en', uiLang: 'en' });
    expect(cue.evidence).toEqual([]);
    expect(cue.cue).toMatch(/No strong emotion/);
  });
});
