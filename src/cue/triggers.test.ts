import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './analyze-message';
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
    const text = 'Hallo Kundenservice,\n\nich schreibe, um laufende Verbindungsprobleme mit Zoom auf meinem System zu melden. Während Videokonferenzen erlebe ich häufig Audioausfälle.';
    expect(analyzeMessage(text, { lang: 'de', uiLang: 'de' }).emotion).not.toBe('anger');
  });

  it('hears anger when the words say so', () => {
    expect(analyzeMessage('This is unacceptable and ridiculous, I am furious.', { lang: 'en', uiLang: 'en' }).emotion).toBe('anger');
  });
});
