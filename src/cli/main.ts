// `souffleur`: the command-line face of the same core the extension runs.
import { CliError, note, type Command } from './io';

interface Subcommand {
  usage: string;
  summary: string;
  load: () => Promise<Command>;
}

// Each subcommand is loaded on demand so `souffleur read` does not pay for the knowledge index.
const SUBCOMMANDS: Record<string, Subcommand> = {
  read: {
    usage: 'read <page.html> --url <page-url>',
    summary: 'read a saved helpdesk page into a Ticket (JSON)',
    load: async () => (await import('./commands/read')).read,
  },
  cue: {
    usage: 'cue (<file.jsonl> | --ticket <ticket.json>) [--ui-lang L]',
    summary: 'the empathy cue for each line, or a whole ticket with handlePersonally',
    load: async () => (await import('./commands/cue')).cue,
  },
  suggest: {
    usage: 'suggest <ticket.json> [--kb <kb.json>] [--offline] [--show-request]',
    summary: 'reply drafts with flags (provider: --base-url, --model, OPENAI_API_KEY or --api-key-file)',
    load: async () => (await import('./commands/suggest')).suggest,
  },
  kb: {
    usage: 'kb (build <files...> --out <kb.json> | search --kb <kb.json> [--top N] (<query> | --queries <file.jsonl>))',
    summary: 'build a knowledge base from Markdown, HTML, CSV, JSON(L) or help-center exports; search it',
    load: async () => (await import('./commands/kb')).kb,
  },
  stats: {
    usage: 'stats summary <export.ndjson...> [--from D] [--to D] [--agent ID] [--helpdesk H]',
    summary: "the dashboard's headline figures and breakdowns over agents' merged exports",
    load: async () => (await import('./commands/stats')).stats,
  },
};

function help(): string {
  const lines = Object.values(SUBCOMMANDS).map((s) => `  souffleur ${s.usage.padEnd(58)} ${s.summary}`);
  return [
    'Usage: souffleur <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Each command prints JSON (JSONL for batch input) on stdout; messages go to stderr.',
    'Run `souffleur <command> --help` for its options.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name ? 0 : 1;
  }
  const subcommand = SUBCOMMANDS[name];
  if (!subcommand) {
    note(`souffleur: unknown command "${name}"; see souffleur --help`);
    return 1;
  }
  try {
    await (
      await subcommand.load()
    )(rest);
    return 0;
  } catch (error) {
    const reason = error instanceof CliError ? error.message : `unexpected error: ${(error as Error).message ?? String(error)}`;
    note(`souffleur ${name}: ${reason.split('\n')[0]}`);
    return 1;
  }
}
