// `souffleur cue <file.jsonl>`: one empathy cue per line {"text", "lang"?}, streamed line by line.
// `souffleur cue --ticket <ticket.json>`: the cue for a whole ticket, with trend and handle-personally.
import { parseArgs } from 'node:util';
import { analyzeTicket } from '../../cue';
import { analyzeMessageDetail, toMessageCue } from '../../cue/analyze-message';
import { customerTexts } from '../../cue/analyze-ticket';
import { withHistory } from '../../cue/triggers-history';
import { CustomerHistory } from '../../context/history-schema';
import { Ticket } from '../../ticket/schema';
import { CliError, printJson, readJson, readJsonLines, type Command } from '../io';

export const cueUsage =
  'cue (<file.jsonl> | --ticket <ticket.json> [--history <history.json> [--now <ISO time>]]) [--ui-lang en|de|nl|sv|ar]';

export const cue: Command = async (argv) => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ticket: { type: 'string' },
        history: { type: 'string' },
        now: { type: 'string' },
        'ui-lang': { type: 'string', default: 'en' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}; usage: souffleur ${cueUsage}`);
  }
  const { values, positionals } = parsed;
  const uiLang = values['ui-lang'];
  if (values.ticket) {
    if (positionals.length) throw new CliError(`give either --ticket <ticket.json> or a JSONL file, not both`);
    const result = Ticket.safeParse(await readJson(values.ticket));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new CliError(
        `${values.ticket} is not a Ticket: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`,
      );
    }
    // `confidence`: how sure the analyzer is that the latest customer message is disappointed, frustrated
    // or angry; `emotion` names one of those only from tuning.upsetThreshold up.
    const texts = customerTexts(result.data);
    const latest = texts[texts.length - 1];
    const confidence = latest === undefined ? 0 : analyzeMessageDetail(latest, result.data.language).confidence;
    const cue = { ...analyzeTicket(result.data, { uiLang }), confidence };
    if (!values.history) return printJson(cue);
    // The requester's earlier tickets ({"tickets": [...]}, the sidebar's shape): the same repeated-contact
    // rule as the sidebar's customer context (src/cue/triggers-history.ts).
    const history = CustomerHistory.safeParse(await readJson(values.history));
    if (!history.success)
      throw new CliError(`${values.history} is not a history: expected {"tickets": [{id, subject, status, createdAt, path}]}`);
    const now = values.now ? Date.parse(values.now) : Date.now();
    if (Number.isNaN(now)) throw new CliError(`--now: not a time: ${values.now}`);
    printJson(withHistory(cue, result.data, history.data, now));
    return;
  }
  if (values.history) throw new CliError('--history goes with --ticket <ticket.json>');
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new CliError(`usage: souffleur ${cueUsage}`);
  for await (const { line, value } of readJsonLines(file)) {
    const row = value as { text?: unknown; lang?: unknown } | null;
    if (!row || typeof row !== 'object' || typeof row.text !== 'string') {
      throw new CliError(`${file}:${line}: expected {"text": string, "lang"?: string}`);
    }
    if (row.lang !== undefined && row.lang !== null && typeof row.lang !== 'string') {
      throw new CliError(`${file}:${line}: "lang" must be a string`);
    }
    const detail = analyzeMessageDetail(row.text, (row.lang as string | undefined) ?? null);
    printJson({ ...toMessageCue(detail, uiLang), confidence: detail.confidence });
  }
};
