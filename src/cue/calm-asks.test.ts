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
      // Review rev-cue19: the rhetorical and echo checks on the asked sentence.
      ['en', 'really again? '],
      ['en', 'again for the 4th time? '],
      ['ar', 'مرة أخرى؟ '],
      ['pt', 'ainda não? '],
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
      for (const unit of [
        'bitte ',
        'please ',
        'por favor ',
        'quero que ',
        'sem problema ',
        'heb een ',
        ' ',
        '\n',
        'because you ',
        'sofort ',
        'varför ',
      ]) {
        const text = unit.repeat(Math.ceil(100_000 / unit.length)) + 'x';
        const start = performance.now();
        politeCancel(text, lang);
        calmNews(text, lang);
        courtesyOnly(text, lang);
        expect(performance.now() - start, `${lang} ${JSON.stringify(unit)}`).toBeLessThan(200);
      }
  });
});

// Review rev-cue19: upset lines written and labelled before running, in the calm shapes cue19 reads; each
// was read upset on main and calm on cue19 (9 of 48 upset lines; 0 of 43 calm lines read upset).
describe('the calm shapes do not silence the upset (rev-cue19)', () => {
  for (const [lang, text] of [
    // A rhetorical asked repeat: "really", "supposed to", a count.
    ['en', 'Do I really have to send it again?'],
    ['en', 'Am I supposed to call again and wait another hour?'],
    ['en', "So I'm supposed to reset my password again, for the fourth time this week?"],
    // A bare repeat asked back, the complaint in the next sentence.
    ['pt', 'ainda não? já faz um mês que espero'],
    // A cancel request with a blaming reason or made urgent.
    ['en', 'I would like to cancel because you keep charging me for nothing'],
    ['de', 'Bitte kündigen Sie sofort, ich habe die Nase voll.'],
    // "by mistake?" asked back is no own slip.
    ['en', 'I sent the documents twice by mistake? No, I sent them twice because you lost them!'],
    // An announced question that asks why.
    ['sv', 'Jag har en fråga: varför svarar ingen någonsin?'],
    // A wait or a count before the last-clause ask (second batch, 25 lines: the one regression).
    ['en', 'Three weeks without my order, can you tell me where it is'],
  ] as const)
    it(`names upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(true);
    });
});
// Lost by cue21 (the sentiment head retrained with Arabic spelling folded): the model's p(negative) fell 0.748
// -> 0.690, under the plain-question floor (tuning.plainQuestion 0.7) for a question with no negative word.
// Left undone: the cue21 report. it.fails flags the day it is named upset again.
it.fails('names upset in the announced Arabic why-question (lost by cue21)', () => {
  expect(upset('عندي سؤال: لماذا لا يرد أحد أبداً؟', 'ar')).toBe(true);
});

// Review rev-cue19: calm lines in the same shapes, labelled before running, that must stay calm.
describe('calm lines in the narrowed shapes stay calm (rev-cue19)', () => {
  for (const [lang, text] of [
    ['en', "Could you send the invoice again? I can't find it."],
    ['en', 'Should I upload the photo again?'],
    ['de', 'Ich möchte bitte meinen Vertrag kündigen, danke.'],
    ['en', "I'd like to cancel my order, I found it cheaper locally."],
    ['pt', 'ainda não recebi o código, podem reenviar?'],
    ['pt', 'podem mandar o boleto de novo?'],
    ['sv', 'Hej igen, jag har en fråga om leveransen.'],
    ['ar', 'عندي سؤال عن الفاتورة'],
    ['en', 'I sent the form twice by mistake, please ignore the first one.'],
    ['en', 'I moved house last week, can you update my address'],
    ['en', 'I bought it 2 days ago, can I still return it'],
    ['de', 'Ich habe vor drei Wochen bestellt, kann ich noch die Adresse ändern'],
  ] as const)
    it(`does not name upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(false);
    });
});
