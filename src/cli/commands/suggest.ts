// `souffleur suggest <ticket.json>`: the drafts the sidebar would show for a saved ticket, from a model
// provider or offline, with their flags; `--show-request` adds the exact redacted request.
import { parseArgs } from 'node:util';
import { analyzeTicket } from '../../cue/index';
import type { TicketCue } from '../../cue/types';
import { buildRequest, describeRequest, type DraftInput } from '../../drafts/prompt';
import { suggestDrafts } from '../../drafts/pipeline';
import type { ProviderConfig } from '../../drafts/client';
import { DEFAULT_DRAFT_SETTINGS, DraftSettings } from '../../drafts/settings';
import { fromKbFile } from '../../knowledge/kbfile';
import { searchTicket } from '../../knowledge/search';
import type { SearchHit } from '../../knowledge/types';
import { isLang } from '../../language/languages';
import { capTicket } from '../../ticket/caps';
import { Ticket } from '../../ticket/schema';
import { checkEndpoint } from '../../settings/provider-endpoint';
import { CliError, note, printJson, readJson, readText, type Command } from '../io';

export const SUGGEST_USAGE =
  'suggest <ticket.json> [--kb <kb.json>] [--snippets <hits.json>] [--cue <cue.json>] [--settings <drafts-settings.json>] [--offline] [--base-url U] [--model M] [--api-key-file F] [--provider openai|azure|compatible] [--agent-lang en] [--timeout ms] [--show-request]';

export const suggest: Command = async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      kb: { type: 'string' },
      snippets: { type: 'string' },
      cue: { type: 'string' },
      settings: { type: 'string' },
      offline: { type: 'boolean', default: false },
      'base-url': { type: 'string' },
      model: { type: 'string' },
      'api-key-file': { type: 'string' },
      // Still accepted for old scripts, with a warning: a key on the command line shows in `ps` and
      // in shell history to anyone on the machine.
      'api-key': { type: 'string' },
      provider: { type: 'string' },
      'agent-lang': { type: 'string', default: 'en' },
      timeout: { type: 'string' },
      'show-request': { type: 'boolean', default: false },
    },
  });
  const [ticketPath] = positionals;
  if (!ticketPath || positionals.length > 1) throw new CliError(`usage: souffleur ${SUGGEST_USAGE}`);
  const parsed = Ticket.safeParse(await readJson(ticketPath));
  if (!parsed.success)
    throw new CliError(
      `${ticketPath} is not a Ticket (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message})`,
    );
  // A saved ticket is as untrusted as a live one: the same caps as the background's (issue 12 item 4).
  const ticket = capTicket(parsed.data);
  const agentLanguage = values['agent-lang']!;
  if (!isLang(agentLanguage)) throw new CliError(`--agent-lang must be one of en de nl sv ar fr es it pt, not "${agentLanguage}"`);

  const input: DraftInput = {
    ticket,
    snippets: await snippetsFor(ticket, values.kb, values.snippets),
    // The same local cue the sidebar shows, unless the caller brings one.
    cue: values.cue ? ((await readJson(values.cue)) as TicketCue) : analyzeTicket(ticket, { uiLang: agentLanguage }),
    settings: await settingsFrom(values.settings),
    agentLanguage,
  };
  const provider = values.offline ? null : providerFrom(values, await apiKeyFrom(values));
  const timeoutMs = values.timeout ? Number(values.timeout) : undefined;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new CliError('--timeout must be a positive number of milliseconds');

  const result = await suggestDrafts(input, provider, { timeoutMs });
  if (result.error) note(`suggest: the model failed (${result.error.kind}: ${result.error.message}); showing offline drafts`);
  printJson({
    drafts: result.drafts.map((d) => ({ style: d.style, text: d.text, citations: d.citations, flags: d.flags })),
    reading: result.reading,
    source: result.source,
    ...(result.error ? { error: result.error } : {}),
    ...(values['show-request'] ? { request: result.request ?? describeRequest(buildRequest(input)) } : {}),
  });
};

async function snippetsFor(ticket: Ticket, kbPath: string | undefined, hitsPath: string | undefined): Promise<SearchHit[]> {
  if (hitsPath) {
    const hits = await readJson(hitsPath);
    if (!Array.isArray(hits)) throw new CliError(`${hitsPath} must be a JSON array of search hits`);
    return hits as SearchHit[];
  }
  if (!kbPath) return [];
  try {
    const { index } = fromKbFile(await readJson(kbPath));
    return searchTicket(index, ticket, { top: 5 });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${kbPath}: ${(error as Error).message}`);
  }
}

async function settingsFrom(path: string | undefined): Promise<DraftSettings> {
  if (!path) return DEFAULT_DRAFT_SETTINGS;
  const parsed = DraftSettings.safeParse({ ...DEFAULT_DRAFT_SETTINGS, ...((await readJson(path)) as object) });
  if (!parsed.success)
    throw new CliError(
      `${path} is not valid drafts settings (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`,
    );
  return parsed.data;
}

/** The key from --api-key-file (first line, trimmed), else --api-key (warned), else OPENAI_API_KEY. */
export async function apiKeyFrom(values: { 'api-key'?: string; 'api-key-file'?: string }): Promise<string | undefined> {
  if (values['api-key'] !== undefined) {
    note('suggest: --api-key is visible to other users of this machine (ps, shell history); use OPENAI_API_KEY or --api-key-file');
  }
  if (values['api-key-file'] !== undefined) {
    const key = (await readText(values['api-key-file'])).split(/\r?\n/, 1)[0]!.trim();
    if (!key) throw new CliError(`${values['api-key-file']}: no key on the first line`);
    return key;
  }
  return values['api-key'] ?? process.env.OPENAI_API_KEY;
}

function providerFrom(values: { 'base-url'?: string; model?: string; provider?: string }, apiKey: string | undefined): ProviderConfig {
  const baseUrl = values['base-url'];
  if (!apiKey && !baseUrl)
    throw new CliError('no model provider: pass --base-url and/or set OPENAI_API_KEY or --api-key-file, or --offline');
  const kind = values.provider ?? (baseUrl ? (/\.openai\.azure\.com/i.test(baseUrl) ? 'azure' : 'compatible') : 'openai');
  if (kind !== 'openai' && kind !== 'azure' && kind !== 'compatible')
    throw new CliError(`--provider must be openai, azure or compatible, not "${kind}"`);
  if (kind === 'azure' && !values.model) throw new CliError('--model (the Azure deployment name) is required for Azure OpenAI');
  const address = kind === 'azure' ? { azureEndpoint: baseUrl } : { baseUrl };
  // The gate refuses these too (key or no key), but as a failed model call with offline drafts and advice the CLI
  // has no flag for: say it here, as the bad input it is.
  const verdict = checkEndpoint({ kind, ...address });
  if (!verdict.ok)
    throw new CliError(
      verdict.problem === 'insecure'
        ? `--base-url ${baseUrl}: plain http only to this machine (localhost, 127.0.0.1, [::1]); use https, or a tunnel to localhost`
        : `--base-url ${baseUrl}: not a valid provider address`,
    );
  return { kind, model: values.model ?? 'gpt-4o-mini', apiKey, ...address };
}
