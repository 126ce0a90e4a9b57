// Unsigned LEB128 varints: the persisted index is mostly small numbers (id gaps, term counts, lengths).

export class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  uint(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** All varints of a byte array at once: one tight loop, far faster than a call per number. */
export function decodeVarints(bytes: Uint8Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! < 0x80) count += 1;
  const out = new Uint32Array(count);
  let value = 0,
    shift = 0,
    o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    value |= (byte & 0x7f) << shift;
    if (byte < 0x80) {
      out[o++] = value >>> 0;
      value = 0;
      shift = 0;
    } else shift += 7;
  }
  if (shift !== 0) throw new Error('index snapshot is truncated');
  return out;
}

/** Base64 through the platform's btoa/atob (the service worker, pages and Node 22 all have them). */
export function toBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return btoa(chunks.join(''));
}

export function fromBase64(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new Error('index snapshot is not valid base64');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
