// Issue 16's own example of a cue that cried wolf, in the five UI languages: a short question about a
// password that is not accepted and how to reset it. A calm problem report, never to be named upset:
// calibrate.ts keeps the threshold above their confidence and src/cue/triggers.test.ts checks it.
export const CALM_PROBLEM_REPORTS: [lang: string, text: string][] = [
  ['en', 'Hi, my password is not accepted anymore and the reset does not work. How can I reset it?'],
  ['de', 'Hallo, mein Passwort wird leider nicht akzeptiert. Wie kann ich es zurücksetzen? Es funktioniert nicht.'],
  ['nl', 'Mijn wachtwoord werkt niet meer. Hoe kan ik het resetten?'],
  ['sv', 'Mitt lösenord fungerar inte längre. Hur återställer jag det?'],
  ['ar', 'كلمة المرور لا تعمل. كيف يمكنني إعادة تعيينها؟'],
];
