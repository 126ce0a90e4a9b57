// Issue 16's hidden German support chats read "a short question about a password that is not accepted and
// how to reset it" as anger: a worried customer with a technical problem is not an angry one. A problem
// told in one sentence and a plain how-to question in the next, with no upset word, implicit cue or upset
// trigger, is a calm problem report (session cue23). The same shape with an upset sign stays upset. Each
// line was labelled before it was run.
import { describe, expect, it } from 'vitest';
import { analyzeMessageDetail, isUpset } from './analyze-message';

type Line = readonly ['de' | 'en' | 'pt', string];
const upset = (text: string, lang: Line[0]) => isUpset(analyzeMessageDetail(text, lang).emotion);
/** One case per line: upset named (true) or not (false). */
function reads(named: boolean, lines: readonly Line[]) {
  for (const [lang, text] of lines)
    it(`${named ? 'names' : 'does not name'} upset in ${JSON.stringify(text)}`, () => {
      expect(upset(text, lang)).toBe(named);
    });
}

describe('a problem, then a plain how-to question (cue23)', () => {
  reads(false, [
    ['de', 'mein passwort geht nicht mehr. wie setze ich das zurück?'],
    ['de', 'Mein Passwort wird nicht akzeptiert. Wie kann ich es zurücksetzen?'],
    ['de', 'login klappt nicht, passwort falsch. wie kann ich ein neues bekommen?'],
    ['en', 'my password is not accepted anymore. how do i reset it?'],
    ['en', 'The app keeps logging me out. How can I fix that?'],
    ['pt', 'minha senha não é aceita. como faço para redefinir?'],
    ['pt', 'o app não abre no meu celular. como posso resolver?'],
  ]);
});

describe('the same shape with an upset sign (cue23)', () => {
  reads(true, [
    ['de', 'mein passwort geht SCHON WIEDER nicht. wie setze ich das zurück?'],
    ['de', 'Seit drei Wochen geht das Login nicht. Wie kann ich das endlich lösen?'],
    ['en', 'This is ridiculous, my password is not accepted again. How do I reset it?'],
    ['en', 'I have been waiting for two weeks and the app still crashes. How can I get a refund?'],
    ['pt', 'já é a terceira vez que a senha não funciona. como faço para redefinir?'],
    ['pt', 'que absurdo, fui cobrado duas vezes. como faço para pedir o estorno?'],
  ]);
});

// Labelled upset before running, read calm on main too: since the cue12 review a count inside a help
// question is no cue ("the 3rd time I log in it asks for 2FA, is that normal?"), and the question here
// follows it. Left as it was (not this rule's doing); says when it starts to pass.
it.fails('names upset in a count of failures before a how-to question (left)', () => {
  expect(upset('Das ist jetzt das dritte Mal, dass mein Passwort nicht geht. Wie kann ich es zurücksetzen?', 'de')).toBe(true);
});

describe('a plain ask for help (cue23)', () => {
  reads(false, [
    ['pt', 'tem como vocês me ajudarem com isso?'],
    ['pt', 'vocês conseguem me ajudar com o login?'],
    ['pt', 'e agora o que faço para terminar a compra'],
    ['de', 'Gibt es eine Möglichkeit, mir zu helfen?'],
    ['en', 'is there a way to get my invoice again?'],
  ]);
  reads(true, [
    ['pt', 'consegue me ajudar? já é a terceira vez que peço'],
    ['pt', 'tem como vocês pararem de cobrar indevidamente?'],
    ['pt', 'o que eu faço agora? ninguém responde e já paguei duas vezes'],
  ]);
});
