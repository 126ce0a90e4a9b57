// Macros enabled in an attachment (round 15): "open the attached invoice and click 'Enable content'", "aktivieren Sie
// die Makros", "abiliti le macro", "makroları etkinleştirin": how malware is run from an office file. A support reply
// never needs it; a sentence that says never to do it ("never enable macros") asks nothing. Flagged as a link would be
// ('unknown-link': the file goes where nobody vouched). Read lower-cased, without the 'i' flag (lower-case.ts).
import { lowerSameLength } from './lower-case';
import { NEGATION_LOWER } from './scam-asks';
import { splitSentences } from './split-sentences';

const MACRO =
  /(?<![\p{L}])(?:macro|makro)\p{L}*(?![\p{L}])|(?<![\p{L}])(?:enable\s+(?:content|editing)|inhalt\s+aktivieren|activer\s+le\s+contenu|habilitar\s+(?:el\s+)?contenido|abilita(?:re)?\s+(?:il\s+)?contenuto|włącz\s+zawartość|içeriği\s+etkinleştir)(?![\p{L}])|マクロ|コンテンツの有効化|매크로|콘텐츠\s*사용/u;
const ENABLE =
  /(?<![\p{L}])(?:enabl|activat|allow|turn\s+on|aktivier|erlaub|zulass|activ|habilit|abilit|attiv|włącz|etkinleştir|izin)\p{L}*(?![\p{L}])|有効|許可|사용|활성화|허용/u;
// Review of chk15: "macro" alone is also a camera's close-up mode, a mouse's button macros or a diet's macros: the
// macros must be a file's (an attachment, a document, a spreadsheet, an invoice), or the prompt be Office's own
// ("Enable Content").
const OFFICE_PROMPT =
  /(?<![\p{L}])(?:enable\s+content|inhalt\s+aktivieren|activer\s+le\s+contenu|habilitar\s+(?:el\s+)?contenido|abilita(?:re)?\s+(?:il\s+)?contenuto|włącz\s+zawartość|içeriği\s+etkinleştir)(?![\p{L}])|コンテンツの有効化|콘텐츠\s*사용/u;
const A_FILE =
  /(?<![\p{L}])(?:attach\p{L}*|enclosed|file|files|document\p{L}*|spreadsheet|workbook|excel|word|xlsm|docm|invoice|anhang|angehängt\p{L}*|beigefügt\p{L}*|datei\p{L}*|dokument\p{L}*|tabelle|rechnung|pièce\s+jointe|joint\p{L}*|fichier|facture|adjunt\p{L}*|archivo|factura|allegat\p{L}*|fattura|załącz\p{L}*|plik\p{L}*|faktur\p{L}*|ekte\p{L}*|ekli|dosya\p{L}*|belge\p{L}*|fatura\p{L}*)(?![\p{L}])|添付|ファイル|請求書|エクセル|첨부|파일|엑셀|청구서/u;
const NOT_DONE = /(?:meyin|mayın)(?![\p{L}])|ないで|しないで|마세요|않/u;

/** Macros the draft has the customer enable, as a flag. */
export function macroAttachments(text: string): { kind: 'unknown-link'; detail: string }[] {
  for (const sentence of splitSentences(text)) {
    const s = lowerSameLength(sentence);
    if (!MACRO.test(s) || !ENABLE.test(s) || !(OFFICE_PROMPT.test(s) || A_FILE.test(s)) || NEGATION_LOWER.test(s) || NOT_DONE.test(s))
      continue;
    return [
      {
        kind: 'unknown-link',
        detail: `has the customer enable an attachment's macros, how malware runs: "${sentence.trim().slice(0, 100)}"`,
      },
    ];
  }
  return [];
}
