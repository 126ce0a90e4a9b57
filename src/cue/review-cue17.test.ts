// Adversarial review of cue17 (session rev-cue17): lines written and labelled before anything ran on them,
// probing the cue17 rules (capital names, plain questions, slow clapping and eye rolls, lawsuit threats).
// Before the fixes cue17 missed or flagged each line marked "cue17 regression" (main read it right).
import { describe, expect, it } from 'vitest';
import { analyzeMessageDetail, isUpset } from './analyze-message';
import { implicitUpset } from './implicit-upset';
import { scanLexicon } from './lexical';

const upset = (text: string, lang: string) => isUpset(analyzeMessageDetail(text, lang).emotion);
const kinds = (text: string, lang: 'de' | 'en' | 'pt') => implicitUpset(text, lang).map((c) => c.kind);

describe('calm lines near the cue17 rules (review)', () => {
  for (const [lang, text] of [
    ['de', 'mein anwalt hat mich gebeten, die rechnung anzufordern'],
    ['de', 'danke!! 👏👏'],
    ['de', 'Super, hat geklappt, danke 👏👏'],
    ['de', 'wie kann ich mein passwort ändern'],
    ['de', 'ich habe bei MEDIA MARKT bestellt und die rechnung fehlt'],
    ['de', 'ich bin so verpeilt 🙄 die bestellnummer ist 4711'],
    ['de', 'toll, nochmal danke!'],
    ['de', 'super gemacht 👏👏 danke euch'],
    ['de', 'toll gemacht 👏👏 hat alles geklappt'], // cue17 regression
    ['en', 'my lawyer asked me to request the invoice for my records'],
    ['en', 'great, again thanks!'],
    ['en', 'Great. Again, thanks for the quick help!'],
    ['en', 'thanks so much 👏👏 you guys rock'],
    ['en', "I'd like to pursue a refund for the damaged item"],
    ['en', 'I will issue the payment tomorrow'],
    ['en', 'Sue from your team already helped me, thanks'],
    ['en', 'I ordered from BEST BUY and the code did not work'],
    ['en', 'how do I change my email address'],
    ['en', "I'm such an idiot 🙄 wrong order number, it's 4471"],
    ['en', 'amazing work team 👏👏 it works now, thank you'],
    ['en', "the seller on ebay scammed me and I'm going to sue him, can you send me the invoice"], // cue17 regression
    ['pt', 'obrigado!! 👏👏'],
    ['pt', 'meu advogado pediu a nota fiscal, podem enviar por favor'],
    ['pt', 'vocês podem processar a troca hoje?'],
    ['pt', 'ótimo, de novo obrigado!'],
    ['pt', 'como faço pra cancelar'],
    ['pt', 'parabéns pelo atendimento 👏👏 resolveram super rápido'],
    ['pt', 'perfeito, muito obrigada 👏👏'],
    ['nl', 'mijn advocaat vroeg om de factuur, kunnen jullie die sturen'],
    ['nl', 'top, dank je wel! 👏👏'],
    ['sv', 'tack så mycket! 👏👏'],
    ['sv', 'min advokat bad om fakturan, kan ni skicka den'],
    ['ar', 'شكرا جزيلا 👏👏'],
  ] as const)
    it(`does not name upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(false);
    });

  it('reads honest applause with thanks or a success as no sarcasm', () => {
    for (const [lang, text] of [
      ['de', 'toll gemacht 👏👏 hat alles geklappt'],
      ['de', 'super gemacht 👏👏 danke euch'],
      ['en', 'amazing work team 👏👏 it works now, thank you'],
      ['pt', 'parabéns pelo atendimento 👏👏 resolveram super rápido'],
    ] as const)
      expect(kinds(text, lang), text).not.toContain('sarcasm');
  });
});

describe('upset lines near the cue17 rules (review)', () => {
  for (const [lang, text] of [
    ['de', 'warum dauert das so lange'],
    ['de', 'ich war gestern bei MEDIA MARKT und NIEMAND KONNTE MIR HELFEN'],
    ['de', 'ich bin VON EUCH TOTAL ENTTÄUSCHT'],
    ['de', 'ich schalte jetzt meinen anwalt ein'],
    ['de', 'das wird ein fall für meinen anwalt'],
    ['de', 'ich werde euch verklagen'],
    ['de', 'dann sehen wir uns vor gericht'],
    ['de', 'WIE LANGE DAUERT DAS NOCH'],
    ['de', 'toller service echt 👏👏'],
    ['de', 'ICH HABE SEIT WOCHEN NICHTS VON EUCH GEHÖRT'],
    ['de', 'wie lange soll ich denn noch warten'], // cue17 regression
    ['de', 'kann man bei euch eigentlich auch mal jemanden erreichen'], // cue17 regression
    ['en', 'I bought it at BEST BUY AND NOBODY HAS ANSWERED IN TWO WEEKS'], // cue17 regression
    ['en', 'ordered from AMAZON AND IT NEVER CAME'], // cue17 regression
    ['en', 'can you people ever get anything right'], // cue17 regression
    ['en', 'I AM AT MY WITS END WITH YOU PEOPLE'],
    ['en', 'my lawyer will be in touch'],
    ['en', "I'm taking you to small claims court"],
    ['en', 'we will sue you'],
    ['en', "I'll be suing you"],
    ['en', 'see you in court'],
    ['pt', 'ATÉ AGORA NADA DO MEU REEMBOLSO'], // cue17 regression
    ['pt', 'comprei no MAGAZINE LUIZA E ATÉ AGORA NADA'],
    ['pt', 'vou denunciar vocês no procon'],
    ['pt', 'vou abrir reclamação no procon'],
    ['pt', 'vou registrar reclamação no procon'],
    ['nl', 'dit wordt een zaak voor mijn advocaat'],
    ['ar', 'سأرفع دعوى قضائية ضدكم'],
  ] as const)
    it(`names upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(true);
    });
});

describe('hostile input for the cue17 rules (review)', () => {
  for (const [name, text] of [
    ['100 KB of capitals', 'ABCDEFGHIJ '.repeat(10_000) + 'x'],
    ['capital names after "at"', 'at BEST BUY AND '.repeat(6_000) + 'x'],
    ['capital names after "no"', 'no PÃO DE AÇÚCAR E '.repeat(5_000) + 'x'],
    ['an eye-roll run', '🙄'.repeat(50_000)],
    ['spaced claps', '👏 '.repeat(33_000) + 'x'],
    ['"sue " repeated', 'sue '.repeat(25_000) + 'x'],
    ['"i will " then sue', 'i will '.repeat(14_000) + 'sue'],
    ['"great. again. " repeated', 'great. again. '.repeat(7_000)],
    ['an open question repeated', 'wie kann ich '.repeat(8_000) + 'x'],
    ['praise words before an eye roll', 'super '.repeat(16_000) + '🙄'],
  ] as const)
    it(`reads ${name} in well under a second`, () => {
      const start = performance.now();
      for (const lang of ['de', 'en', 'pt'] as const) {
        implicitUpset(text, lang);
        scanLexicon(text, lang);
      }
      expect(performance.now() - start).toBeLessThan(1500);
    });
});
