import { describe, expect, it } from 'vitest';
import { analyzeMessageDetail, isUpset } from './analyze-message';
import { cancelQuestion, dataRightsRequest, implicitUpset, shouted } from './implicit-upset';

const kinds = (text: string, lang: 'de' | 'en' | 'pt' = 'de') => implicitUpset(text, lang).map((c) => c.kind);

// Sentences written for these tests in the register of the support chats (not copied from data/cue).
describe('implicitUpset', () => {
  it('reads sarcasm: a stock phrase anywhere, a praise word closing a message that says something is wrong', () => {
    expect(kinds('paket liegt jetzt in hamburg statt bei mir. na super')).toContain('sarcasm');
    expect(kinds('danke für nichts')).toContain('sarcasm');
    expect(kinds('der techniker kam wieder nicht. toll.')).toContain('sarcasm');
    expect(kinds('still no refund after two weeks. great service', 'en')).toContain('sarcasm');
    expect(kinds('thanks for nothing', 'en')).toContain('sarcasm');
  });

  it('does not read praise as sarcasm when nothing is wrong', () => {
    expect(kinds('hat alles geklappt. toll.')).not.toContain('sarcasm');
    expect(kinds('the replacement arrived today. great service', 'en')).not.toContain('sarcasm');
  });

  it('reads counts of contacts and tries, not a single or a plain number of times', () => {
    expect(kinds('ich schreibe euch jetzt zum fünften mal')).toContain('count');
    expect(kinds('hab schon 4x angerufen')).toContain('count');
    expect(kinds('das ist das dritte mal diesen monat')).toContain('count');
    expect(kinds('5th time i am asking about this', 'en')).toContain('count');
    expect(kinds('changed my password 3 times now', 'en')).toContain('count');
    expect(kinds('kann ich das noch einmal prüfen lassen?')).not.toContain('count');
    expect(kinds('the pills are taken 3 times a day', 'en')).not.toContain('count');
  });

  it('reads threats the trigger lists do not hold', () => {
    expect(kinds('sonst gibt es eine beschwerde bei der bundesnetzagentur')).toContain('threat');
    expect(kinds('niemals wieder bestelle ich hier')).toContain('threat');
    expect(kinds('sort it out this week or we are switching to a competitor', 'en')).toContain('threat');
  });

  it('reads let-downs, and "naja" only closing a sentence', () => {
    expect(kinds('der gutschein gilt nur online. naja')).toContain('letdown');
    expect(kinds('hatte mir mehr erhofft, hatte gehofft das geht schneller')).toContain('letdown');
    expect(kinds('oh well, i was hoping it would come before friday', 'en')).toContain('letdown');
    expect(kinds('naja ich probier es morgen nochmal mit dem anderen browser')).not.toContain('letdown');
  });

  it('reads the same failure again and rhetorical questions, not how a calm bug report tells when it happens', () => {
    expect(kinds('schon wieder, nach JEDEM neustart ist das wlan weg')).toContain('again');
    expect(kinds('prüft ihr eigentlich überhaupt was ihr verschickt??')).toContain('again');
    expect(kinds('every single invoice has the wrong address', 'en')).toContain('again');
    expect(kinds('Jedes Mal, wenn ich mich anmelde, erscheint eine Fehlermeldung.')).not.toContain('again');
    expect(kinds('Every time I log in, an error appears.', 'en')).not.toContain('again');
  });

  it('reads an impatient stated wait and shouting, not capitals in quotes or acronyms', () => {
    expect(kinds('hallo?? warte jetzt seit 30 minuten')).toContain('impatient');
    expect(shouted('es geht IMMER NOCH nicht')).toBe(true);
    expect(shouted('ich seh eine abbuchung "STEAM GAMES 19,99" die ich nicht kenne')).toBe(false);
    expect(shouted('We need HIPAA and GDPR compliance for PIXMA printers.')).toBe(false);
  });

  it('reads nothing in other languages', () => {
    expect(implicitUpset('na toll. danke für nichts', 'nl')).toEqual([]);
  });

  it('reads a stated wait asked impatiently and shouted as two signs, not one', () => {
    expect(kinds('hello?? waiting for 45 minutes now!!', 'en')).toEqual(['impatient', 'impatient']);
    expect(kinds('hallo?? warte seit 20 minuten')).toEqual(['impatient']);
  });

  it('does not read a plain bug report that tells when it happens as upset', () => {
    expect(kinds('nach jedem neustart ist das wlan weg')).toEqual([]);
    expect(kinds('after every restart the wifi is gone', 'en')).toEqual([]);
  });
});

// Portuguese (session maia14): the forms the MAIA training conversations' upset sentences use without an
// upset word (read out of fold, never the test conversations), in sentences written for these tests.
describe('implicitUpset in Portuguese', () => {
  it('reads sarcasm', () => {
    expect(kinds('Ainda não chegou. Ótimo.', 'pt')).toContain('sarcasm');
    expect(kinds('Obrigado por nada.', 'pt')).toContain('sarcasm');
    expect(kinds('Atendimento excelente, só que não', 'pt')).toContain('sarcasm');
  });
  it('reads counts of contacts and tries', () => {
    expect(kinds('Estou ligando pela quarta vez e ninguém resolve.', 'pt')).toContain('count');
    expect(kinds('É a terceira vez que escrevo sobre isso.', 'pt')).toContain('count');
    expect(kinds('Já reinstalei o aplicativo várias vezes e continua sem abrir.', 'pt')).toContain('count');
  });
  it('reads threats, accusations of a wrongful charge and demands to stop', () => {
    expect(kinds('Se não resolverem vou processá-los.', 'pt')).toContain('threat');
    expect(kinds('Vou deixar uma avaliação negativa no Reclame Aqui.', 'pt')).toContain('threat');
    expect(kinds('Fui cobrada indevidamente no mês passado', 'pt')).toContain('again');
    expect(kinds('debitaram sem minha autorização', 'pt')).toContain('again');
    expect(kinds('Parem de me cobrar, eu já cancelei!', 'pt')).toContain('again');
    expect(kinds('quero que devolvam o meu dinheiro', 'pt')).toContain('again');
  });
  it('reads the same failure again, "already did everything" and shouting', () => {
    expect(kinds('É a segunda vez que isso acontece.', 'pt')).toContain('again');
    expect(kinds('Já fiz tudo isso e nada.', 'pt')).toContain('again');
    expect(kinds('reiniciei o relógio e nada.', 'pt')).toContain('letdown');
    expect(kinds('JÁ FIZ TUDO ISSO E CONTINUA SEM FUNCIONAR', 'pt')).toContain('impatient');
    expect(kinds('o app NÃO abre', 'pt')).toContain('impatient');
  });
});

// A run of blanks once went to two quantifiers side by side: 0.45 s on 20,000 blanks, seconds on 64,000.
describe('implicitUpset on long runs', () => {
  for (const [name, text] of [
    ['blanks after a closing praise word', 'nicht. toll' + ' '.repeat(64_000) + 'x'],
    ['blanks after "naja"', 'naja' + ' '.repeat(64_000) + 'x'],
    ['a long question with the cancel word many times', 'wie ' + 'kündig '.repeat(10_000) + 'x'],
    ['a run of line breaks', 'never' + '\n'.repeat(64_000) + 'x'],
  ] as const) {
    it(`reads ${name} in linear time`, () => {
      const start = performance.now();
      implicitUpset(text, 'de');
      implicitUpset(text, 'en');
      cancelQuestion(text, 'de');
      expect(performance.now() - start).toBeLessThan(200);
    });
  }
});

// Calm lines with the surface forms of these rules, written by the cue12 review before any run (issue 16:
// precision first). Each was read as an upset cue by the first version of the rules.
describe('implicitUpset on calm lines with the same surface forms', () => {
  for (const [lang, text] of [
    ['de', 'zum zweiten mal bestellt, diesmal Größe M'],
    ['de', 'ich bestelle jetzt schon zum dritten mal bei euch und bin immer sehr zufrieden, gibt es einen treuerabatt?'],
    ['de', 'das dritte mal im jahr wird die versicherung abgebucht, richtig so?'],
    ['de', 'schon 2x gemacht und jetzt klappt es, danke!'],
    ['de', 'nach jedem update muss ich mich neu anmelden, ist das so gewollt?'],
    ['de', 'naja, dann probiere ich es morgen nochmal. danke für die hilfe'],
    ['de', 'ich hatte gehofft, dass ich auch per paypal zahlen kann – geht das?'],
    ['de', 'ich möchte eine beschwerde beim kundenservice zurückziehen, die hat sich erledigt'],
    ['de', 'hab das paket nicht bekommen, ist aber kein problem, ich warte noch. super.'],
    ['en', 'the 3rd time I log in it asks for 2FA, is that normal?'],
    ['en', 'oh well, no worries, how do I do it manually then?'],
    ['en', 'this is my second time ordering from you, can I use the loyalty code?'],
    ['en', 'I tried it 3 times already, what else can I check?'],
    ['en', 'not urgent, the export is still slow. no rush. perfect.'],
    ['en', 'how do I report this to the IT admin on our side?'],
    ['en', "I'm going to a competitor's trade show next week, can I get a demo unit?"],
    ['en', 'it says NOW SHIPPING on the product page, when does it arrive?'],
    ['en', 'the error code is WHY_NOT_FOUND in the logs, any idea?'],
    // Session maia14, written and labelled before the Portuguese rules ran.
    ['pt', 'Como faço para contestar uma cobrança indevida no cartão?'],
    ['pt', 'Obrigado, ficou ótimo.'],
    ['pt', 'Já recebi, muito obrigado. Perfeito.'],
    ['pt', 'É a primeira vez que compro com vocês, tem cupom?'],
    ['pt', 'Pela segunda vez comprei o plano anual, posso usar o desconto?'],
    ['pt', 'Liguei duas vezes para confirmar o endereço, está tudo certo agora, obrigado'],
    ['pt', 'Já fiz tudo o que você pediu e agora funciona. Obrigada!'],
    ['pt', 'Toda vez que abro o app ele pede a senha, é normal?'],
    ['pt', 'Não recebi o código ainda, mas sem pressa. Ótimo.'],
    ['pt', 'O pagamento foi feito sem problemas, ótimo.'],
    ['pt', 'Quero que vocês me enviem a nota fiscal por e-mail'],
    ['pt', 'Como faço para parar de receber os e-mails de promoção?'],
    ['pt', 'Gostaria de pedir o reembolso, pois comprei o tamanho errado.'],
    ['pt', 'Vocês cobram taxa de entrega para o Porto?'],
    ['pt', 'Nunca usei o app antes, como faço o cadastro?'],
    ['pt', 'Tenho uma reclamação de um cliente sobre a entrega, podem verificar?'],
    ['pt', 'Tentei três vezes e agora deu certo, obrigado!'],
    ['pt', 'Posso pagar sem cartão de crédito?'],
    ['pt', 'O processo de devolução já foi iniciado, aguardo o reembolso.'],
    ['pt', 'O ÚNICO problema é o tamanho da letra no ecrã'],
    ['pt', 'Comprei o relógio na loja FNAC COLOMBO LISBOA ontem, como ativo a garantia?'],
    ['pt', 'Já tentei três vezes, o que mais posso verificar?'],
    ['pt', 'Liguei 2 vezes mas a linha estava ocupada, qual é o horário de atendimento?'],
    ['pt', 'Já pedi o cartão novo, chega em quantos dias?'],
    ['pt', 'Ainda não instalei a atualização, devo instalar?'],
    ['de', 'ich möchte nach DSGVO die löschung meiner daten beantragen'],
    ['de', 'bitte um auskunft nach art. 15 dsgvo über meine gespeicherten daten'],
    ['de', 'wie kann ich eine beschwerde einreichen? der bote war unfreundlich'],
    ['de', 'nach jedem neustart ist das wlan weg'],
    ['de', 'ich habe eine beschwerde von einem kunden weitergeleitet, könnt ihr die prüfen'],
    ['en', 'please delete my account and all my data under GDPR'],
    ['en', "I'd like to file a complaint about the courier, he left the parcel outside"],
    ['en', 'after every restart the wifi is gone'],
  ] as const) {
    it(`reads no cue in ${JSON.stringify(text)}`, () => {
      expect(implicitUpset(text, lang)).toEqual([]);
    });
  }

  it('still reads the upset lines of the same review', () => {
    expect(kinds('ich schreibe jetzt zum vierten mal wegen derselben rechnung')).toContain('count');
    expect(kinds('schon 3x angerufen und keiner ruft zurück')).toContain('count');
    expect(kinds('nach JEDEM update ist das wlan weg')).toContain('again');
    expect(kinds('naja. hatte mir mehr erhofft von eurem service')).toContain('letdown');
    expect(kinds('this is the 4th time I am writing about this refund', 'en')).toContain('count');
    expect(kinds('I have called 3 times now and nobody calls back', 'en')).toContain('count');
    expect(kinds('fix it this week or we are moving to a competitor', 'en')).toContain('threat');
    expect(kinds('oh well, I expected better from you', 'en')).toContain('letdown');
    expect(kinds('we will report you to the ombudsman', 'en')).toContain('threat');
    expect(kinds('es geht IMMER NOCH NICHT')).toContain('impatient');
  });
});

// 100 KB of each new pattern's surface form (cue12 review). Linear reads take ~0.1-0.2 s here under load on
// two shared cores; a quadratic one takes seconds, so the bound is 1 s.
describe('implicitUpset on hostile 100 KB inputs', () => {
  for (const [name, text] of [
    ['many counts', 'schon 3 mal '.repeat(8_500) + 'x'],
    ['many ordinals', 'zum dritten mal 4th time '.repeat(4_000) + '?'],
    ['many "naja,"', 'naja, '.repeat(16_000) + 'x'],
    ['many "hatte gehofft"', 'hatte gehofft '.repeat(7_000) + '?'],
    ['many threats', 'report you to the '.repeat(5_000) + 'x'],
    ['many "nach jedem"', 'nach jedem '.repeat(9_000) + '?'],
    ['capital words', 'ERROR_ACCESS NOW SHIPPING '.repeat(4_000) + 'x'],
    ['unclosed quotes', '"STILL '.repeat(14_000) + 'x'],
    ['a wait and question marks', 'seit 10 minuten ?? '.repeat(5_000) + '!!'],
  ] as const) {
    it(`reads ${name} (${text.length} characters) in linear time`, () => {
      const start = performance.now();
      implicitUpset(text, 'de');
      implicitUpset(text, 'en');
      cancelQuestion(text, 'de');
      expect(performance.now() - start).toBeLessThan(1000);
    });
  }
});

// Session maia14: every Portuguese surface form, and the de/en ones that look past a blank, before 64 KB
// of blanks or line breaks (a pattern with two quantifiers side by side reads such a run in quadratic time).
describe('implicitUpset on 64 KB of blanks after each surface form', () => {
  const forms = [
    'toda vez',
    'jedes mal',
    'every time',
    'e nada',
    'naja',
    'já fiz',
    'pela quarta',
    'não é',
    'parem de',
    'vou',
    'sem minha',
    'é a segunda vez',
    'só que',
    'obrigado por',
    'nicht. toll',
    'ainda não. ótimo',
    'JÁ FIZ',
    'NACH',
  ];
  for (const form of forms)
    for (const [name, run] of [
      ['blanks', ' '.repeat(64_000)],
      ['line breaks', '\n'.repeat(64_000)],
    ] as const) {
      it(`reads "${form}" and ${name} in linear time`, () => {
        const text = form + run + 'x';
        const start = performance.now();
        for (const lang of ['de', 'en', 'pt'] as const) implicitUpset(text, lang);
        expect(performance.now() - start).toBeLessThan(300);
      });
    }
});

describe('dataRightsRequest', () => {
  it('tells a request under the data-protection law from a threat with it', () => {
    expect(dataRightsRequest('ich möchte nach DSGVO die löschung meiner daten beantragen', 'de')).toBe(true);
    expect(dataRightsRequest('please delete all my data under GDPR', 'en')).toBe(true);
    expect(dataRightsRequest('Quero a exclusão dos meus dados conforme a LGPD', 'pt')).toBe(true);
    expect(dataRightsRequest('löscht meine daten oder ich melde euch der datenschutzbehörde', 'de')).toBe(false);
    expect(dataRightsRequest('das ist ein verstoß gegen die dsgvo', 'de')).toBe(false);
  });
});

describe('cancelQuestion', () => {
  it('tells a question how or when to cancel from a threat to cancel', () => {
    expect(cancelQuestion('wie kann ich mein abo kündigen?', 'de')).toBe(true);
    expect(cancelQuestion('when can i cancel my plan?', 'en')).toBe(true);
    expect(cancelQuestion('wenn das nicht bis morgen läuft, kündige ich. wie geht das?', 'de')).toBe(false);
    expect(cancelQuestion('I will cancel my contract.', 'en')).toBe(false);
    expect(cancelQuestion('Como faço para cancelar minha assinatura?', 'pt')).toBe(true);
    expect(cancelQuestion('Se não resolverem hoje vou cancelar minha assinatura.', 'pt')).toBe(false);
  });
});

// With the shipped model: each message was read calm (or praise) before these rules (session cue13).
describe('analyzeMessage on implicit upset (shipped model)', () => {
  for (const [lang, text] of [
    ['de', 'ich hab dreimal beim kundenservice angerufen, keiner weiß was. toll.'],
    ['de', 'ich schreibe euch jetzt zum fünften mal wegen der rechnung'],
    ['de', 'der lieferant sagt es liegt bei euch, ihr sagt beim lieferanten. na super'],
    ['en', 'still waiting for the technician, third week now. great service'],
    // Session maia14 (read calm before: 0.00, 0.00, 0.48).
    ['pt', 'Estou ligando pela quarta vez e ninguém resolve.'],
    ['pt', 'Obrigado por nada.'],
    ['en', 'hello?? waiting for 45 minutes now!!'],
  ] as const) {
    it(`names an upset emotion in ${JSON.stringify(text)}`, () => {
      expect(isUpset(analyzeMessageDetail(text, lang).emotion)).toBe(true);
    });
  }

  it('no longer names frustration for a bug report that tells when it happens (0.69 before session maia14)', () => {
    expect(isUpset(analyzeMessageDetail('nach jedem neustart ist das wlan weg', 'de').emotion)).toBe(false);
  });

  // Session maia14: the data-protection law named in a request, the word complaint in a calm line.
  it('does not name anger for a data-protection request or a complaint word in a calm line', () => {
    for (const [lang, text] of [
      ['de', 'ich möchte nach DSGVO die löschung meiner daten beantragen'],
      ['de', 'ich habe eine beschwerde von einem kunden weitergeleitet, könnt ihr die prüfen'],
      ['de', 'wie kann ich eine beschwerde einreichen? der bote war unfreundlich'],
    ] as const)
      expect(isUpset(analyzeMessageDetail(text, lang).emotion)).toBe(false);
  });

  it('keeps the model reading a complaint in the languages these rules do not read', () => {
    expect(analyzeMessageDetail('Jag vill klaga på er kundtjänst, ingen hjälper mig', 'sv').confidence).toBeGreaterThan(0.5);
  });

  it('still names a data-protection threat and a complaint with an upset sign', () => {
    for (const [lang, text] of [
      ['de', 'wenn ihr meine daten nicht sofort löscht, gibt es eine beschwerde bei der datenschutzbehörde'],
      ['de', 'ich beschwere mich jetzt zum dritten mal, das ist eine frechheit'],
      ['en', 'I want to complain, this is the 4th time I am writing about this refund'],
    ] as const)
      expect(isUpset(analyzeMessageDetail(text, lang).emotion)).toBe(true);
  });

  it('no longer names anger for a question when a contract can be cancelled', () => {
    expect(isUpset(analyzeMessageDetail('bis wann kann ich mein abo spätestens kündigen?', 'de').emotion)).toBe(false);
  });
});

// Review maia14: calm lines with the surface forms of the Portuguese cues, written and labelled before
// they were run (each read a cue before the review), and upset lines phrased differently.
describe('implicitUpset on Portuguese calm lines (review maia14)', () => {
  for (const text of [
    'Vou processar o pedido amanhã assim que o pagamento cair.',
    'Vou denunciar o perfil falso que está usando o nome da loja, podem me ajudar?',
    'Só que não consigo entrar na conta pelo celular, só pelo computador.',
    'Já comprei várias vezes aqui e sempre fui bem atendida.',
    'É a terceira vez que compro com vocês, adoro a loja!',
    'Pela terceira vez este ano renovei a assinatura, recomendo a todos.',
    'Nunca mais uso outra marca, vocês são os melhores!',
    'Por favor, parem de me enviar a newsletter. Obrigado.',
    'Já fiz tudo conforme o manual e agora está ok. Obrigada pela ajuda!',
  ])
    it(`reads no cue in ${JSON.stringify(text)}`, () => {
      expect(implicitUpset(text, 'pt')).toEqual([]);
    });

  it('still reads the upset forms next to them', () => {
    for (const [text, kind] of [
      ['Vou processar vocês!', 'threat'],
      ['Vou denunciar essa empresa.', 'threat'],
      ['Atendimento excelente, só que não.', 'sarcasm'],
      ['Nunca mais compro aqui.', 'threat'],
      ['Parem de me cobrar!', 'again'],
      ['Parem de me enviar cobranças!', 'again'],
      ['Já fiz tudo e continua sem funcionar.', 'again'],
      ['Pela 4º vez estou escrevendo e ninguém me responde.', 'count'],
      ['Vou abrir reclamação no Reclame Aqui.', 'threat'],
    ] as const)
      expect(
        implicitUpset(text, 'pt').map((c) => c.kind),
        text,
      ).toContain(kind);
  });
});

describe('analyzeMessage on a data request that also threatens (review maia14)', () => {
  it('counts the legal threat when a lawyer or a court is named beside the law', () => {
    // 'neutral' at 0.39 before the review: the data request took the lawyer's threat away too.
    const detail = analyzeMessageDetail('Ich verlange nach DSGVO die Löschung meiner Daten, sonst schalte ich meinen Anwalt ein!', 'de');
    expect(isUpset(detail.emotion)).toBe(true);
    expect(analyzeMessageDetail('Delete all my data under GDPR or I will sue you.', 'en').confidence).toBeGreaterThan(0.3);
  });
});

describe('implicitUpset on Portuguese messages that tell the problem is solved (review maia14)', () => {
  for (const text of [
    'Recebi o estorno da cobrança indevida, muito obrigado pela atenção!',
    'Obrigada, o reembolso do valor cobrado indevidamente já caiu na conta.',
    'Que maravilha de atendimento, resolveram em cinco minutos!',
    'Testei de novo e funcionou. Perfeito!',
    'Fiz o reset e nada. Depois liguei de novo e funcionou, obrigado.',
  ])
    it(`reads no cue in ${JSON.stringify(text)}`, () => {
      expect(implicitUpset(text, 'pt')).toEqual([]);
    });

  it('still reads the cues when the solution is denied', () => {
    for (const [text, kind] of [
      ['Obrigado por nada, nada foi resolvido.', 'sarcasm'],
      ['Pela quarta vez escrevo e não foi resolvido.', 'count'],
      ['Testei de novo e não funcionou. Perfeito!', 'sarcasm'],
      ['Cobrado indevidamente e ninguém resolveu.', 'again'],
    ] as const)
      expect(
        implicitUpset(text, 'pt').map((c) => c.kind),
        text,
      ).toContain(kind);
  });

  it('reads 64 KB of blanks before "resolvido" in linear time', () => {
    const t0 = performance.now();
    implicitUpset('não' + ' '.repeat(65536) + 'resolvido pela quarta vez', 'pt');
    implicitUpset('reembolso ' + 'a '.repeat(32768) + 'caiu', 'pt');
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
