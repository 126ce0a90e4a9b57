// Adversarial review of cue18 (session rev-cue18): lines written and labelled before anything ran on them
// (/tmp/rev-cue18/set.tsv: 80 calm, 37 upset), probing the cue18 rules (going in circles, nl/sv/ar
// sarcasm, paying for what one never used, "hi again"). Before the fixes cue18 named 33 of the 80 calm
// lines upset (main before cue18: 17) and caught 28 of the 37 upset ones; the lines below marked
// "cue18" were read right before cue18 and wrong after it.
import { describe, expect, it } from 'vitest';
import { analyzeMessageDetail, isUpset } from './analyze-message';
import { goingInCircles } from './going-in-circles';
import { paidForNothing } from './paid-for-nothing';
import { sarcasmNlSvAr } from './sarcasm-nl-sv-ar';
import { implicitUpset } from './implicit-upset';
import type { Lang } from '../language/languages';

const upset = (text: string, lang: Lang) => isUpset(analyzeMessageDetail(text, lang).emotion);

describe('calm lines that share words with the cue18 rules (review)', () => {
  for (const [lang, text] of [
    // Asking whether to send or tell it again: a procedure question, not going in circles.
    ['de', 'Muss ich das Formular noch einmal schicken oder reicht die E-Mail?'], // cue18
    ['de', 'Soll ich Ihnen die Fotos nochmal senden?'], // cue18
    ['nl', 'Moet ik het formulier nog een keer sturen?'], // cue18
    ['ar', 'لازم أرسل الصور مرة ثانية؟'], // cue18
    ['en', 'Do I need to tell the courier again or will you update the address?'], // cue18
    // Sent twice by one's own mistake.
    ['sv', 'Jag har redan skickat fakturan två gånger till fel adress, kan ni ändra e-postadressen?'], // cue18
    ['ar', 'أرسلت لكم الفاتورة مرتين بالخطأ، تجاهلوا الثانية من فضلكم'], // cue18
    // Told one's own people twice (a second review set, written after the first fixes).
    ['en', 'I already explained it twice to my manager, could you send me a one-page summary for him?'],
    // Who reads or answers when: opening hours and permissions.
    ['en', 'Does anyone answer the phone line on Sundays?'], // cue18
    ['nl', 'Leest er iemand mijn mails mee als ik op vakantie ben? Ik wil een doorstuurregel instellen'], // cue18
    ['sv', 'Läser någon mina mejl om jag delar inkorgen? Vill bara förstå behörigheterna'], // cue18
    ['pt', 'alguém lê as mensagens no fim de semana? só pra saber se espero até segunda'], // cue18
    // An eye roll at oneself.
    ['nl', 'Super 🙄 ik was mijn eigen wachtwoord weer vergeten, sorry'], // cue18
    ['nl', 'lekker 🙄 ik heb het verkeerde adres ingevuld, kunnen jullie het aanpassen?'], // cue18
    ['sv', 'Perfekt 🙄 jag skrev fel postnummer, kan ni rätta det?'], // cue18
    ['ar', 'ممتاز 🙄 نسيت كلمة المرور مرة ثانية، كيف أغيرها؟'], // cue18
    // Passed around, then solved.
    ['sv', 'Jag blev kopplad runt lite men den sista handläggaren löste allt, tack!'], // cue18
    // Not using something, asked politely to take it off.
    ['pt', 'não usei o frete expresso, então podem tirar da fatura por favor'], // cue18
    // A greeting on the second message of the day.
    ['ar', 'مرحبا مرة أخرى، عندي سؤال عن الشحن'],
    // Read right before and after cue18: kept.
    ['en', 'I restarted it twice and it works now, thanks'],
    ['en', 'can you pass this to billing?'],
    ['en', 'nobody in my team can log in since this morning'],
    ['en', 'wonderful, thanks!'],
    ['en', 'great, that worked'],
    ['en', "Is anyone from your team working there on Saturday? I'd like to pick up my parcel"],
    ['en', 'I never used the trial, so please cancel it before it renews. Thanks!'],
    ['en', 'hi again! quick one: where do I find the invoice?'],
    ['en', "oops 🙄 typed the wrong email, it's anna@example.com"],
    ['de', 'Ich habe Ihnen die Rechnung bereits zweimal geschickt, einmal als PDF und einmal als Foto – welches ist besser?'],
    ['de', 'Wir wurden von einer Abteilung zur nächsten weitergeleitet, aber am Ende hat Frau Meier alles gelöst, vielen Dank!'],
    ['de', 'Hallo nochmal, die Sendungsnummer ist 123456.'],
    ['de', 'Niemand in meinem Team kann sich seit heute früh einloggen.'],
    ['nl', 'Kunt u dit doorsturen naar de afdeling facturatie?'],
    ['nl', 'Geweldig, bedankt!'],
    ['nl', 'Top, het werkt weer 👍'],
    ['sv', 'Kan ni skicka vidare det här till ekonomiavdelningen?'],
    ['sv', 'Ingen i mitt team kan logga in sedan i morse'],
    ['ar', 'لا أحد في فريقي يستطيع تسجيل الدخول منذ الصباح'],
    ['ar', 'شكرا على كل شيء'],
    ['ar', 'هذه ثالث مرة أطلب منكم هذا الشهر، منتجاتكم رائعة'],
    ['pt', 'podem passar isso pro financeiro?'],
    ['pt', 'oi de novo! qual o prazo de entrega pra Recife?'],
    ['pt', 'nunca usei o app antes, como faço para entrar?'],
    ['pt', 'não estou usando o plano família, quero mudar para o individual'],
  ] as const)
    it(`does not name upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(false);
    });
});

describe('upset lines the cue18 rules should catch in other words (review)', () => {
  for (const [lang, text] of [
    ['en', 'alredy sent the pics 2x, do u even read these'],
    ['en', 'you charged me for a subscription I never even signed up for'],
    ['en', 'wonderful service as always 🙄'],
    ['de', 'wie oft soll ich euch das noch schicken???'],
    ['nl', 'ik word van het kastje naar de muur gestuurd'],
    ['nl', 'leest iemand hier eigenlijk mijn berichten?'],
    ['sv', 'hur många gånger ska jag behöva förklara det här?'],
    ['sv', 'jag blir bara skickad runt mellan olika avdelningar'],
    ['pt', 'fico sendo jogado de um setor pro outro'],
    ['de', 'Muss ich euch wirklich alles dreimal erklären?'],
    ['en', 'how many more times do I have to explain this to you people'],
    ['sv', 'varför måste jag förklara allt igen för varje ny handläggare'],
    // Caught before the fixes: kept.
    ['en', 'i already told ur colleague twice!!!'],
    ['en', 'I keep getting bounced from one department to another and nobody fixes anything'],
    ['de', 'ich hab euch die fotos schon 2x geschickt!!'],
    ['de', 'Liest hier überhaupt jemand mit??'],
    ['de', 'ich zahle seit 3 monaten für ein abo das ich nie bestellt habe'],
    ['nl', 'waarom moet ik alles steeds opnieuw uitleggen'],
    ['nl', 'geweldige klantenservice hoor 🙄'],
    ['nl', 'echt top geregeld weer... 🙄'],
    ['sv', 'toppen service 🙄'],
    ['sv', 'tack för ingenting'],
    ['sv', 'svarar någon ens här??'],
    ['ar', 'شرحت المشكلة ثلاث مرات ولا أحد فهم'],
    ['ar', 'خدمة رائعة 🙄'],
    ['ar', 'محد يرد علي من أسبوع'],
    ['ar', 'كل مرة يحولوني من موظف لموظف'],
    ['pt', 'ja mandei os documentos 3 vezes'],
    ['pt', 'alguém aí lê as mensagens??'],
    ['pt', 'ótimo atendimento 🙄'],
    ['pt', 'me cobraram uma assinatura que nunca usei'],
  ] as const)
    it(`names upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(true);
    });
});

describe('the cue18 patterns on 100 KB hostile inputs (review)', () => {
  const langs: Lang[] = ['de', 'en', 'nl', 'sv', 'ar', 'pt'];
  const inputs = [
    'a '.repeat(50_000),
    'ich '.repeat(25_000) + 'muss ich ' + 'das '.repeat(20_000),
    'already ' + 'sent '.repeat(20_000) + 'x',
    'أرسلت ' + 'ب '.repeat(50_000),
    'لازم أ' + 'شرح '.repeat(25_000),
    'super ' + 'x! '.repeat(33_000) + '🙄',
    'nunca '.repeat(20_000) + 'usei',
    'never used '.repeat(10_000) + '?',
    ' '.repeat(100_000) + '?',
    'hi again '.repeat(10_000),
    'already sent '.repeat(8_000),
    'moet ik '.repeat(12_000),
    'leest iemand '.repeat(8_000),
    'super x! '.repeat(11_000) + '🙄',
  ];
  // The cue18 rules alone (the whole analyzer takes 0.2-1 s on 100 KB with or without them: the model's
  // features, not these patterns; measured 17-44 ms for these on the worst inputs here).
  it('reads each within 200 ms (implicit-upset.ts, cue13 to cue17 rules and the self-slip check, 500 ms)', () => {
    for (const text of inputs)
      for (const lang of langs) {
        let start = performance.now();
        goingInCircles(text, lang);
        sarcasmNlSvAr(text, lang);
        paidForNothing(text, lang);
        expect(performance.now() - start, `${lang} ${text.slice(0, 20)}…`).toBeLessThan(200);
        start = performance.now();
        implicitUpset(text, lang);
        expect(performance.now() - start, `implicit ${lang} ${text.slice(0, 20)}…`).toBeLessThan(500);
      }
  });
});

// Its "left undone" lines (12 calm lines still read upset) are passing tests in calm-asks.test.ts since cue19.
