// `npm run bench:redact`: redaction cost on pathological input (issue 11 item 2, the adversarial issue).
// Each input is measured uncapped at 50, 100 and 200 KB: linear matching doubles the time from 100 to
// 200 KB (ratio about 2), a quadratic blow-up quadruples it. Then the per-call cost with the cap
// (MAX_REDACT_CHARS) that redactText applies. Medians; figures, not pass/fail tests.
import { MAX_REDACT_CHARS, findEntities, redactText } from '../../src/privacy/redact';
import { emptyVault } from '../../src/privacy/vault';

const KB = 1024;
/** `unit` repeated to `size` characters; a shape written "label|unit" starts with the label once. */
const fill = (shape: string, size: number) => {
  const [label, unit] = shape.includes('|') ? (shape.split('|') as [string, string]) : ['', shape];
  return label + unit.repeat(Math.ceil(size / unit.length)).slice(0, size - label.length);
};

// Each shape targets a detector: e-mail local parts, dotted words, phone and card digit groups, IBAN
// candidates, street words, names, labels followed by long codes; and dense matches.
const SHAPES: Record<string, string> = {
  'a.a.a.…': 'a.',
  '1 1 1 1 …': '1 ',
  '+++++': '+',
  'long digit run': '1',
  'digits and dashes 1-1-1-…': '1-',
  'A-A-A-… capitalised': 'A-',
  'A.A.A.… capitalised': 'A.',
  'tokens aaaa@': 'aaaa@',
  'IBAN-like de89 1234 …': 'de89 1234 ',
  'label + code, DNI 1 1 1': 'DNI 1 1 1 1 1 1 ',
  'street words Hauptstraße': 'Hauptstraße ',
  'Am Am Am': 'Am ',
  'word run (no spaces)': 'abcdefghij',
  '((((((1': '(1',
  // One label, then a blank as long as the input: two whitespace runs meeting in a pattern split it n ways.
  'password: then blanks': 'password:| ',
  'password is then blanks': 'password is| ',
  'closing then blanks': 'Regards| ',
  'credential links ?token=': '?token=',
  // Obfuscated e-mail: bare and bracketed "at" and "dot" between words, never ending in an address.
  'a dot a at a dot …': 'a dot a at ',
  'a(at)a[dot]… brackets': 'a(at)a[dot]',
  'a punkt a arroba … other languages': 'a punkt a arroba ',
  'a.a at gmail .… spaced dot': 'a.a at gmail .',
  // Known name parts in lower case and in capitals (each looks at its neighbours), bank labels before digit groups.
  'known name parts anna SCHMIDT': 'anna SCHMIDT ',
  'bank label Kontonummer 1 1 1': 'Kontonummer 1 1 1 1 1 1 ',
  // Unlabelled ids: ten-digit runs, date-shaped runs with a dash.
  'digit groups 1234567890 …': '1234567890 ',
  'personnummer-like 811218-…': '811218-',
  // Dense matches: a detector match every few characters, thousands of them for the overlap resolution.
  'dense streets Hauptstr 1': 'Hauptstr 1 ',
  'dense e-mails a@b.co': 'a@b.co ',
  'dense phones +31 6123…': '+31 612345678 ',
  // Spelled-out digits, letters spaced one by one, spaced dots, plate and user-name labels, invisible characters.
  'digit words one two …': 'one two ',
  'spaced letters a a a': 'a ',
  'spaced dot a . com': 'a . com ',
  'plate label Kennzeichen AB 1': 'Kennzeichen AB 1 ',
  'user name label login: a1': 'login: a1 ',
  'zero-width a\u200b': 'a\u200b',
  // The red7 shapes: capitals spaced one by one (IBAN), dash lines (signatures), spaced dots between digits
  // (phones), plates in lower case, a network's name as a label, "Surname, Given" under closings.
  'spaced capitals D E 8 9': 'D E 8 9 ',
  'dash lines \\n- Aa': '\n- Aa',
  'spaced dots 1 . 1 .': '1 . ',
  'lower plate Kennzeichen ab 1': 'Kennzeichen ab 1 ',
  'network label instagram: a1': 'instagram: a1 ',
  'Regards,\\nAa, Bb': 'Regards,\nAa, Bb\n',
  // The revred shapes: a dash after a closing on its line with a comma's rest, profile links, capital particles.
  'closing dash Thanks - Aa, Bb': 'Thanks - Aa, Bb ',
  'profile links github.com/a': 'github.com/a ',
  'capital particles Aa Von Bb': 'Aa Von Bb Van ',
  // The red8 shapes: spelled tens joined to units, mail-quote headers, a word between a handle and its verb,
  // particle runs before a name, initials after a dash, slashes in IBANs, "surname, given" in lower case.
  'spelled tens cuarenta y': 'cuarenta y ',
  'mail headers From: Aa': '\nFrom: Aa ',
  'mail headers From: Aa <': '\nFrom: Aa <',
  'closings without blanks': '\nThanks,\nAa\n',
  'handle then a word': 'handle everywhere ',
  'particle runs Van der': 'Van der ',
  'dash initials - D.': '\n- D. ',
  'IBAN slashes DE89/': 'DE89/',
  'Regards,\\nab, cd': 'Regards,\nab, ',
  // The red10 shapes: birth labels before month words, MAC-like hex pairs, tatweel runs between digits, query
  // parameters and profile paths, an SSN label before blank-grouped digits.
  'born the third of March,': 'born the third of March, ',
  'MAC-like 3C:22:': '3C:22:',
  'tatweel runs 1ــــ': '1\u0640\u0640\u0640\u0640',
  'query names &name=a+': '&name=a+',
  'profile paths /users/a': 'x/users/a',
  'SSN label SSN 078 05': 'SSN 078 05 ',
  // The red11 shapes: doubled spoken digits, Arabic commas between digit words, character references,
  // quoted local parts, "c/o" before capitals, VIN-like and DNI-like codes, customer-number labels, an SSN
  // named a sentence before.
  'double oh double': 'oh double oh, ',
  'Arabic comma digits صفر،': 'صفر، ',
  'character references &#48;': '&#48;&#',
  'quoted local parts "a a': '"a a a a a a a a a ',
  'c/o Aa': 'c/o Aa ',
  'VIN-like VIN 1HGCM8263': 'VIN 1HGCM8263',
  'DNI-like 12345678Z': '12345678Z ',
  'customer labels Kundennummer': 'Kundennummer ',
  'SSN sentences SSN. 078 05': 'SSN. 078 05 ',
  // The red12 shapes: spoken hundreds, a freephone's words, a car word before a plate, calls broken across
  // lines, the Polish "@" word, a Turkish title after a name, an addressee in capitals.
  'spoken hundreds nine hundred': 'nine hundred four ',
  'freephone lines > Freephone 0800': '> Freephone 0800 1 ',
  'car words my car, AB12': 'my car, AB12 ',
  'wrapped calls call 0771\\n': 'call 0771\n',
  'małpa words a małpa a kropka': 'a małpa a kropka ',
  'titles after names Aa Bey': 'Aa Bey ',
  'capital addressees C/O AA BB': 'C/O AA BB ',
  // The red16 shapes: streets of any word before no postcode, areas and roads in Han and Hangul, Hebrew street
  // words, Thai house numbers before a soi, closings in Chinese, dashed groups shaped like plates.
  'streets before postcodes Aa 1,': 'Aa 1, ',
  'Han areas 東京都港区1丁目': '東京都港区1丁目',
  'Hangul roads 서울특별시 강남구 로 1': '서울특별시 강남구 로 1 ',
  'Hebrew streets רחוב רחוב 1': 'רחוב רחוב 1 ',
  'Thai house numbers 1/1 ซอย': '1/1 ซอย ',
  'Chinese closings 谢谢！\\n': '谢谢！\n',
  'plate shapes AB-123-C': 'AB-123-C ',
};

function median(run: () => void, repeats: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const BUDGET_200KB_MS = 150;
const BUDGET_RATIO = 2.8; // 200 KB over 100 KB; 2 is linear, 4 quadratic
let worst = { name: '', ms: 0, ratio: 0 };
console.log('redact: pathological input, findEntities uncapped (median of 5)');
console.log('shape                         50 KB ms  100 KB ms  200 KB ms  200/100');
for (const [name, unit] of Object.entries(SHAPES)) {
  const [t50, t100, t200] = [50, 100, 200].map((kb) => median(() => findEntities(fill(unit, kb * KB), ['Anna Schmidt']), 5)) as [
    number,
    number,
    number,
  ];
  const ratio = t200 / Math.max(t100, 0.05);
  if (t200 > worst.ms) worst = { name, ms: t200, ratio };
  console.log(
    `${name.padEnd(28)} ${t50.toFixed(1).padStart(9)}  ${t100.toFixed(1).padStart(9)}  ${t200.toFixed(1).padStart(9)}  ${ratio.toFixed(2).padStart(7)}`,
  );
  // Under 20 ms, timer resolution and GC on a shared machine dominate the ratio.
  if (ratio > BUDGET_RATIO && t200 > 20) console.log(`  ^ not linear (ratio > ${BUDGET_RATIO})`);
}
const line = (figure: string, value: number, budget: number, unit = 'ms') =>
  console.log(`redact: ${figure}: ${value.toFixed(2)} ${unit} (budget <= ${budget} ${unit}: ${value <= budget ? 'ok' : 'OVER'})`);
line(`worst 200 KB pathological input uncapped (${worst.name})`, worst.ms, BUDGET_200KB_MS);
const capped = Math.max(...Object.values(SHAPES).map((unit) => median(() => redactText(fill(unit, 200 * KB), emptyVault()), 5)));
line(`worst 200 KB pathological input through redactText (capped at ${MAX_REDACT_CHARS} chars)`, capped, BUDGET_200KB_MS / 2);
