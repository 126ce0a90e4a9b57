// Bytes → text for imported files, refusing what would go wrong silently: files over the size limit,
// and bytes that are not UTF-8 (UTF-16 with a byte-order mark is decoded; other encodings are an error).
import { DEFAULT_MAX_BYTES } from './types';

export class DecodeError extends Error {}

export function decodeFile(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new DecodeError(`file is too large (${megabytes(bytes.length)} MB; the limit is ${megabytes(maxBytes)} MB)`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    throw new DecodeError(`file is not UTF-8 text (invalid byte at offset ${at}); save it as UTF-8 and import again`);
  }
}

/** Checks the size of text already decoded (e.g. from a File's text()). */
export function checkTextSize(text: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (text.length > maxBytes) throw new DecodeError(`file is too large (over ${megabytes(maxBytes)} MB)`);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let lo = from,
    hi = bytes.length;
  // Binary search for the shortest failing prefix; stream mode so a prefix cut mid-character is not an error.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(from, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
