// A draft that tells the customer about Souffleur itself (round 13): its instructions or system prompt paraphrased or
// translated, which the word-run comparison and the canary in checks.ts miss once reworded ("here are my instructions:
// I am Souffleur, a writing assistant …", "ecco il mio prompt di sistema", "私への指示"), or how the ticket was masked
// before the model read it ("your name and e-mail were replaced by placeholders"). A reply from a support team has no
// reason to say either. Flagged as the instruction a ticket gave ('injection-echo'). Linear: each pattern tested once.

// Souffleur's name, its prompt, "my instructions" in the first person (not "the instructions in the e-mail we sent").
const ABOUT_ITSELF = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:Souffleur|system\s*-?prompt|prompt\s+(?:di|del|de)\s+(?:sistema|système|systeme)|prompt\s+système|prompt\s+systemowy|sistem\s+istemi)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:my|meine|mes|mis|le\s+mie|mijn|mina|as\s+minhas|moje)\s+(?:instructions|anweisungen|instruktionen|consignes|instrucciones|istruzioni|instructies|instruktioner|instruções|instrukcje)(?![\p{L}])`,
    String.raw`(?<![\p{L}])talimatlarım(?![\p{L}])`,
    String.raw`システムプロンプト|(?:私|わたし)(?:への|の)指示|시스템\s*프롬프트|(?:제|내)(?:게\s*주어진)?\s*지시`,
  ].join('|'),
  'iu',
);
// The masking told: personal data "replaced by placeholders", "durch Platzhalter ersetzt", "remplacés par des marqueurs".
const MASKING_TOLD =
  /(?<![\p{L}])(?:placeholders?|platzhalter\p{L}*|tijdelijke\s+aanduiding\p{L}*|platshållare|espaços\s+reservados|marcadores\s+de\s+posición|segnaposto|symbol\p{L}*\s+zastępcz\p{L}*|yer\s+tutucu\p{L}*|プレースホルダー|자리\s*표시자)(?![\p{L}])/iu;

/** The draft's talk of Souffleur's own instructions or masking, as a flag. */
export function promptLeaks(text: string): { kind: 'injection-echo'; detail: string }[] {
  const told = ABOUT_ITSELF.exec(text) ?? MASKING_TOLD.exec(text);
  return told ? [{ kind: 'injection-echo', detail: `tells the customer about Souffleur's own instructions: "${told[0]}"` }] : [];
}
