// Issue 16's leftovers after review maia14, and the messenger register of data/cue/chat3 (session cue17):
// words that name a task, a charge or a shop read as threats, repeats or shouting in calm messages, and an
// explicit lawsuit threat read below the threshold. Each line was labelled before it was run.
import { describe, expect, it } from 'vitest';
import { analyzeMessageDetail, isUpset } from './analyze-message';
import { implicitUpset } from './implicit-upset';
import { scanLexicon } from './lexical';

const upset = (text: string, lang: 'de' | 'en' | 'pt') => isUpset(analyzeMessageDetail(text, lang).emotion);

describe('calm messages with the words of a threat, a charge or a shout (cue17)', () => {
  for (const [lang, text] of [
    ['pt', 'quando vocês vão processar meu pedido de reembolso'],
    ['pt', 'como faço pra contestar uma cobrança indevida no app'],
    ['pt', 'apareceu uma cobrança indevida de 19,90 na fatura, podem ver por favor'],
    ['pt', 'comprei no PÃO DE AÇÚCAR CENTRO e o cupom não apareceu'],
    ['pt', 'retirei no BANCO DO BRASIL AGENCIA CENTRO e não caiu'],
    ['de', 'Hallo zusammen, ich hätte eine Frage zu meinem Vertrag.'],
    ['en', 'hi, i have a question about my contract'],
  ] as const)
    it(`does not name upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(false);
    });
});

describe('"processar" (cue17)', () => {
  it('is a legal threat only when it sues someone, not when it handles an order', () => {
    expect(scanLexicon('Vou processar o pedido amanhã assim que o pagamento cair.', 'pt').triggers.has('legal-threat')).toBe(false);
    expect(scanLexicon('se não devolverem vou processar a empresa', 'pt').triggers.has('legal-threat')).toBe(true);
  });
});

describe('the upset forms beside them (cue17)', () => {
  for (const [lang, text] of [
    ['en', 'Under GDPR I want my data deleted within 30 days or I will sue you.'],
    ['en', 'fix this or im going to sue you'],
    ['de', 'wenn das nicht bis freitag erledigt ist verklage ich euch'],
    ['pt', 'vou processar vocês'],
    ['pt', 'se não resolverem até sexta vou no procon'],
    ['de', 'wenn das bis montag nicht geklärt ist geh ich zum anwalt'],
    ['pt', 'me cobraram indevidamente de novo e ninguém resolve'],
    ['pt', 'CADÊ O MEU PEDIDO JÁ'],
  ] as const)
    it(`names upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(true);
    });

  it('reads an explicit lawsuit threat as a threat, the law alone not', () => {
    expect(implicitUpset('Under GDPR I want my data deleted or I will sue you.', 'en').map((c) => c.kind)).toContain('threat');
    expect(implicitUpset('ich verklage euch', 'de').map((c) => c.kind)).toContain('threat');
    expect(implicitUpset('Under GDPR I want my data deleted.', 'en')).toEqual([]);
    expect(implicitUpset('o procon disse que vocês podem trocar, como faço', 'pt')).toEqual([]);
    expect(implicitUpset('mein anwalt hat gefragt ob die rechnung schon da ist', 'de')).toEqual([]);
  });
});

describe('capital names on hostile input (cue17)', () => {
  it('reads 100 KB of linked capital words in linear time', () => {
    const text = 'BANCO DO BRASIL '.repeat(6_000) + 'x';
    const start = performance.now();
    for (const lang of ['de', 'pt'] as const) implicitUpset(text, lang);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('praise with an eye roll or slow clapping (cue17)', () => {
  it('reads sarcasm in praise closed by 🙄 or 👏👏, and in "great. again."', () => {
    for (const [lang, text] of [
      ['de', 'super service echt 🙄'],
      ['en', 'great service 👏👏 really'],
      ['en', 'great. again.'],
      ['pt', 'ótimo atendimento 🙄'],
    ] as const)
      expect(
        implicitUpset(text, lang).map((c) => c.kind),
        text,
      ).toContain('sarcasm');
  });

  it('leaves honest praise and a self-directed eye roll alone', () => {
    for (const [lang, text] of [
      ['de', 'super danke 👏'],
      ['de', 'hab mein passwort schon wieder vergessen 🙄 wie setz ich das zurück'],
      ['en', 'great, works again. thanks'],
      ['en', 'great support today 👏 thank you'],
      ['pt', 'ótimo, obrigada 👏'],
    ] as const)
      expect(implicitUpset(text, lang), text).toEqual([]);
  });
});
