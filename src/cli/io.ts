// Conventions every `souffleur` subcommand follows: JSON (or JSONL for batch input) on stdout,
// human messages on stderr, and a CliError with a one-line reason for bad input (exit code 1).
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export class CliError extends Error {
  override name = 'CliError';
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}

export function note(message: string): void {
  process.stderr.write(message + '\n');
}

export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

export async function readJson(path: string): Promise<unknown> {
  const text = await readText(path);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Streams a JSONL file line by line (blank lines skipped), so batch input of any size stays in constant memory. */
export async function* readJsonLines(path: string): AsyncGenerator<{ line: number; value: unknown }> {
  const stream = createReadStream(path, 'utf8');
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error: NodeJS.ErrnoException) => reject(new CliError(`cannot read ${path}: ${error.code ?? error.message}`)));
  });
  await opened;
  let line = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    line += 1;
    if (!raw.trim()) continue;
    try {
      yield { line, value: JSON.parse(raw) };
    } catch (error) {
      throw new CliError(`${path}:${line} is not valid JSON: ${(error as Error).message}`);
    }
  }
}

/** A subcommand: receives the arguments after its name. */
export type Command = (argv: string[]) => Promise<void>;
