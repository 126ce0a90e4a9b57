// E-mail addresses written plainly (obfuscated and spaced ones have their own files).
import { spans } from './spans';

// Starts only where a run of address characters starts: a 200 KB run without "@" is scanned once, not
// once per character (which would be quadratic).
// The local part may be quoted (RFC 5322), blanks and all: '"dana whitfield"@example.org'; at most 64 characters.
const EMAIL = /(?:(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+|"[^"\n@]{1,64}")@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Only a text with an "@" is read for one (200 KB of Arabic words were read at every word).
export const findEmails = (text: string) => (text.includes('@') ? spans(text, EMAIL, 'EMAIL') : []);
