// The dashboard's import: Files read as streams, line by line (never a whole file as one string), files over
// the size limit refused unread. Works on anything with a File's `name`, `size` and `stream()`.
import { EventMerger, MAX_IMPORT_FILE_BYTES, type ImportReport } from './exchange';
import type { StatsEvent } from './events';

export interface ImportFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
}

async function* textChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return yield decoder.decode();
      // `stream: true` keeps a character split across two chunks whole.
      yield decoder.decode(value, { stream: true });
    }
  } finally {
    reader.releaseLock();
  }
}

export async function mergeFiles(
  files: readonly ImportFile[],
  maxFileBytes = MAX_IMPORT_FILE_BYTES,
): Promise<{ events: StatsEvent[]; report: ImportReport }> {
  const merger = new EventMerger();
  for (const file of files) {
    if (file.size > maxFileBytes) merger.rejectFile(file.name, `file larger than ${Math.round(maxFileBytes / 1024 / 1024)} MB`);
    else await merger.addChunks(file.name, textChunks(file.stream()));
  }
  return { events: merger.events(), report: merger.report() };
}
