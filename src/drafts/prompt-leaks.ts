// A draft that tells the customer about Souffleur itself (round 13): its instructions or system prompt paraphrased or
// translated, which the word-run comparison and the canary in checks.ts miss once reworded ("here are my instructions:
// I am Souffleur, a writing assistant …", "ecco il mio prompt di sistema", "私への指示"), or how the ticket was masked
// before the model read it ("your name and e-mail were replaced by placeholders"). A reply from a support team has no
// reason to say either. Flagged as the instruction a ticket gave ('injection-echo'). Linear: each pattern tested once.
import { lowerSameLength } from './lower-case';

// Its prompt, "my instructions" in the first person (not "the instructions in the e-mail we sent", nor an agent's "my
// instructions for the return", review of chk13), the rules it "was given" (paraphrased).
const ABOUT_ITSELF = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:system\s*-?prompt|prompt\s+(?:di|del|de)\s+(?:sistema|système|systeme)|prompt\s+système|prompt\s+systemowy|sistem\s+istemi)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:my|meine|mes|mis|le\s+mie|mijn|mina|as\s+minhas|moje)\s+(?:instructions|anweisungen|instruktionen|consignes|instrucciones|istruzioni|instructies|instruktioner|instruções|instrukcje)(?![\p{L}])(?!\s+(?:for|on|to|about|für|zum|zur|zu|pour|sur|para|por|per|sul|sulla|voor|om|för|dla|do)(?![\p{L}]))`,
    String.raw`(?<![\p{L}])(?:the\s+)?(?:prompt|rules|instructions|guidelines|directions)\s+(?:that\s+)?i\s+(?:was|were|have\s+been|['’]ve\s+been|am)\s+given(?![\p{L}])`,
    // Round 14: "my system message", "I am an assistant that drafts replies", and the prompt in ru, zh, id, nl, hi.
    String.raw`(?<![\p{L}])(?:my\s+system\s+(?:message|instructions?)|i\s+am\s+an?\s+(?:ai\s+)?(?:assistant|language\s+model)\s+(?:that|who)\s+(?:drafts|writes|suggests)|systeem\s*-?prompt|(?:as\s+)?minhas\s+instruções|prompt\s+sistem|instruksi\s+(?:sistem\s+)?saya|системн\p{L}*\s+(?:промпт|подсказк|инструкци)\p{L}*|(?:мои|мой)\s+(?:инструкции|промпт))(?![\p{L}])|系统提示|系统指令|我的指令|我收到的指令|我的提示词|सिस्टम\s*प्रॉम्प्ट`,
    String.raw`(?<![\p{L}])i\s+(?:was|am|have\s+been)\s+(?:told|instructed|programmed|configured|set\s+up)\s+(?:by\s+(?:my|the)\s+(?:operator|developer|creator)s?\s+)?to\s+(?:write|draft|suggest)\s+(?:replies|drafts|answers)(?![\p{L}])`,
    String.raw`(?<![\p{L}])talimatlarım(?![\p{L}])`,
    String.raw`システムプロンプト|(?:私|わたし)(?:への|の)指示|시스템\s*프롬프트|(?:제|내)(?:게\s*주어진)?\s*지시`,
  ].join('|'),
  'u',
);
// The masking told: personal data "replaced by placeholders", "durch Platzhalter ersetzt", "remplacés par des marqueurs".
const MASKING_TOLD =
  /(?<![\p{L}])(?:placeholders?|platzhalter\p{L}*|tijdelijke\s+aanduiding\p{L}*|platshållare|espaços\s+reservados|marcadores\s+de\s+posición|segnaposto|symbol\p{L}*\s+zastępcz\p{L}*|yer\s+tutucu\p{L}*|プレースホルダー|자리\s*표시자)(?![\p{L}])/u;
// Told only with what was done to the data: "replaced by", "ersetzt", "masked" (a form's grey "placeholders" is none).
const REPLACED =
  /(?<![\p{L}])(?:replac\p{L}*|swapp\p{L}*|mask\p{L}*|hidden|redact\p{L}*|ersetzt|maskiert|geschwärzt|remplac\p{L}*|masqu\p{L}*|reemplaz\p{L}*|sustituid\p{L}*|sostituit\p{L}*|mascherat\p{L}*|vervangen|ersatt\p{L}*|substituíd\p{L}*|zastąpion\p{L}*|zamienion\p{L}*|değiştiril\p{L}*)(?![\p{L}])|置き換え|置換|伏せ|대체|치환|가려/u;
// Souffleur's own name, unless the team's texts name it (a product, a shop, a book title); a ticket's naming it vouches for
// nothing, since a hijacker knows the tool.
const NAME = /(?<![\p{L}])souffleur(?![\p{L}])/u;

/** The draft's talk of Souffleur's own instructions or masking, as a flag. */
export function promptLeaks(text: string, known = ''): { kind: 'injection-echo'; detail: string }[] {
  // Read lower-cased (the patterns have no 'i' flag, see lower-case.ts); quoted as written.
  const lower = lowerSameLength(text);
  const masking = REPLACED.test(lower) ? MASKING_TOLD.exec(lower) : null;
  const named = NAME.test(lowerSameLength(known)) ? null : NAME.exec(lower);
  const told = ABOUT_ITSELF.exec(lower) ?? masking ?? named;
  return told
    ? [
        {
          kind: 'injection-echo',
          detail: `tells the customer about Souffleur's own instructions: "${text.slice(told.index, told.index + told[0].length)}"`,
        },
      ]
    : [];
}
