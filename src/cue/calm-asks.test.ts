// Issue 16's calm lines still read upset after cue18 (its review's "left undone" and the unused voucher),
// and lines written and labelled by session cue19 before running, with the same surface forms used
// calmly and angrily (calm-asks.ts, going-in-circles.ts's ownDoing, plain-question.ts's last clause), and
// the Portuguese complaint forms cue19 read on MAIA's training quarters (implicit-upset.ts).
import { describe, expect, it } from 'vitest';
import { analyzeMessageDetail, isUpset } from './analyze-message';
import { calmNews, courtesyOnly, politeCancel, withoutAskedRepeats } from './calm-asks';
import { scanLexicon } from './lexical';
import type { Lang } from '../language/languages';

const upset = (text: string, lang: Lang) => isUpset(analyzeMessageDetail(text, lang).emotion);

describe('calm asks with the surface forms of upset (cue19)', () => {
  for (const [lang, text] of [
    // Left undone by review rev-cue18 (it.fails there until cue19).
    ['sv', 'Ska jag skicka kvittot igen? Jag är inte säker på att det kom fram'],
    ['pt', 'tenho que mandar a foto de novo?'],
    ['en', 'I have to explain the setup again to my new colleague, is there a guide I can share?'],
    ['en', 'I already sent the documents twice by mistake, please ignore the second one'],
    ['nl', 'Ik heb het al twee keer gestuurd omdat de eerste bijlage te groot was, sorry!'],
    ['pt', 'já enviei o comprovante duas vezes porque o primeiro saiu cortado, podem conferir?'],
    ['ar', 'هل أحد يرد على الهاتف يوم الجمعة؟'],
    ['pt', 'ótimo 🙄 esqueci a senha de novo, me ajudam?'],
    ['de', 'Ich habe das Abo nie genutzt, deshalb möchte ich es bitte kündigen.'],
    ['nl', 'Hoi weer, ik heb nog een vraagje over de levering'],
    ['sv', 'Hej igen, nu fungerar appen'],
    ['de', 'Ich habe es meinem Chef schon zweimal erklärt, gibt es dazu ein Merkblatt?'],
    // cue18's it.fails: the model alone read it as anger (0.82).
    ['en', 'I never used the voucher, can I still use it'],
    // Written by cue19, labelled calm before running.
    ['en', 'Could you send the invoice again? I deleted the email by accident.'],
    ['pt', 'posso enviar o documento de novo? acho que foi sem assinatura'],
    ['sv', 'Kan ni skicka koden igen?'],
    ['de', 'Bitte kündigen Sie meinen Vertrag zum 31.12., vielen Dank.'],
    ['pt', 'gostaria de cancelar minha assinatura, por favor'],
    ['en', 'please cancel my subscription at the end of the month'],
    ['pt', 'mandei o comprovante duas vezes sem querer, pode desconsiderar o segundo'],
    ['nl', 'Het werkt nu weer, bedankt'],
    ['en', 'the code expired, can you send a new one'],
    // Courtesy closings and a no-reply question (cue19's MAIA cues), labelled before running.
    ['pt', 'Sem problema.'],
    ['pt', 'Era só isso, obrigada.'],
    ['de', 'Kein Problem.'],
    ['en', "That's all."],
    ['pt', 'ainda não tive retorno sobre o orçamento, podem verificar?'],
  ] as const)
    it(`does not name upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(false);
    });
});

describe('upset with the same surface forms (cue19)', () => {
  for (const [lang, text] of [
    ['pt', 'de novo?? o app caiu de novo no meio do pagamento'],
    ['sv', 'Varför måste jag skicka kvittot igen? Jag har redan skickat det tre gånger!'],
    ['de', 'Ich habe schon zweimal bei Ihnen angerufen und niemand hat zurückgerufen.'],
    ['de', 'Unzumutbar, drei Wochen ohne Antwort. Ich kündige hiermit, bitte bestätigen.'],
    ['pt', 'já liguei duas vezes e ninguém resolveu, desculpa mas isso é um absurdo'],
    ['en', 'why do I have to send it again?? this is ridiculous'],
    ['en', 'I never used it and you still charged me, this is a scam'],
    // Portuguese complaint forms read on MAIA train (cue19), in other words.
    ['pt', 'cancelei o plano em março mas continuam cobrando todo mês'],
    ['pt', 'quero que estornem imediatamente esse valor'],
    ['pt', 'até agora não tive nenhum retorno sobre a minha reclamação'],
  ] as const)
    it(`names upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(true);
    });
});

describe('calm asks on 100 KB hostile inputs (cue19)', () => {
  // A scan of the sentence per repeat word read 100 KB of "again" in 50 s (found before it shipped).
  it('drops asked repeats in linear time', () => {
    for (const [lang, unit] of [
      ['en', 'again '],
      ['sv', 'igen '],
      ['pt', 'de novo '],
      ['en', 'again?\n'],
      ['en', 'again??'],
    ] as const) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const found = scanLexicon(text, lang);
      const start = performance.now();
      withoutAskedRepeats(found, text);
      expect(performance.now() - start, `${lang} ${JSON.stringify(unit)}`).toBeLessThan(500);
    }
  });

  it('reads polite cancels, news and closings in linear time', () => {
    for (const lang of ['de', 'en', 'pt', 'nl', 'sv', 'ar'] as const)
      for (const unit of ['bitte ', 'please ', 'por favor ', 'quero que ', 'sem problema ', 'heb een ', ' ', '\n']) {
        const text = unit.repeat(Math.ceil(100_000 / unit.length)) + 'x';
        const start = performance.now();
        politeCancel(text, lang);
        calmNews(text, lang);
        courtesyOnly(text, lang);
        expect(performance.now() - start, `${lang} ${JSON.stringify(unit)}`).toBeLessThan(200);
      }
  });
});
