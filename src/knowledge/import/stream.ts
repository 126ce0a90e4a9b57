// JSON lines imported as a stream: bytes are decoded and parsed one line at a time, so a large export
// never exists as one string plus one parsed array (what `importJson` holds). The result is the same
// as `importJson` gives for the file, except that the Freshdesk-or-mapped choice and the mapping's
// field names come from the first SAMPLE_LINES records instead of all of them.
import { DecodeError } from './decode';
import { converterFor, createCollector } from './json';
import { DEFAULT_MAX_BYTES, fatal, type ImportOptions, type ImportResult } from './types';

const SAMPLE_LINES = 200;
/** One record longer than this is not an article export (and would be held whole in memory). */
const MAX_LINE_CHARS = 8 * 1024 * 1024;

/** Lines of UTF-8 bytes (a byte-order mark dropped, CRLF or LF), refusing invalid UTF-8 and overlong lines. */
export async function* textLines(chunks: AsyncIterable<Uint8Array>, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let total = 0;
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new DecodeError('file is not UTF-8 text; save it as UTF-8 and import again');
    }
  };
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) throw new DecodeError(`file is too large (over ${(maxBytes / 1024 / 1024).toFixed(1)} MB)`);
    rest += decode(chunk);
    // One slice per chunk, not per line: slicing per line would copy the remainder once for every line.
    let start = 0;
    for (let end = rest.indexOf('\n'); end !== -1; end = rest.indexOf('\n', start)) {
      yield rest.slice(start, end).replace(/\r$/, '');
      start = end + 1;
    }
    rest = rest.slice(start);
    if (rest.length > MAX_LINE_CHARS) throw new DecodeError(`a line is longer than ${MAX_LINE_CHARS / 1024 / 1024} MB`);
  }
  rest += decode();
  if (rest) yield rest;
}

/** `onSample`: the first records, from which the converter was chosen (the options page offers their keys for mapping). */
export async function importJsonLinesStream(
  file: string,
  chunks: AsyncIterable<Uint8Array>,
  options: ImportOptions = {},
  onSample?: (records: unknown[]) => void,
): Promise<ImportResult> {
  const collector = createCollector(file);
  let sample: { record: unknown; line: number }[] | null = [];
  let convert: ReturnType<typeof converterFor> | null = null;
  let line = 0;
  try {
    for await (const text of textLines(chunks, options.maxBytes)) {
      line += 1;
      const trimmed = line === 1 ? text.replace(/^\ufeff/, '') : text;
      if (!trimmed.trim()) continue;
      let record: unknown;
      try {
        record = JSON.parse(trimmed);
      } catch (error) {
        return fatal(file, `not valid JSON: ${(error as Error).message}`, { line });
      }
      if (convert) {
        collector.add({ record, line }, convert);
        continue;
      }
      sample!.push({ record, line });
      if (sample!.length === SAMPLE_LINES) {
        onSample?.(sample!.map((s) => s.record));
        convert = converterFor(
          sample!.map((s) => s.record),
          options,
          file,
        );
        for (const located of sample!) collector.add(located, convert);
        sample = null;
      }
    }
  } catch (error) {
    if (error instanceof DecodeError) return fatal(file, error.message);
    throw error;
  }
  if (sample) {
    onSample?.(sample.map((s) => s.record));
    convert = converterFor(
      sample.map((s) => s.record),
      options,
      file,
    );
    for (const located of sample) collector.add(located, convert);
  }
  return collector.result();
}
