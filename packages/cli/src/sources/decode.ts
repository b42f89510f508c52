import { extensionOf } from './read-contents.js';
import type { LocatedProblem } from './types.js';
import { decodeWindows1252 } from './windows-1252.js';

/**
 * A source file's bytes as text, as spreadsheets and editors save them: UTF-8 (a byte order
 * mark, as Excel's "CSV UTF-8" writes, is dropped), or UTF-16 with its mark ("Unicode text").
 * Bytes that are not UTF-8 are never turned into "�" in silence: a CSV is read as Windows-1252,
 * the encoding of Excel's plain "CSV" on Windows, with a warning; YAML and JSON are refused.
 */
export function decodeSource(file: string, bytes: Uint8Array): { text: string | undefined; problems: LocatedProblem[] } {
  const told = (severity: 'error' | 'warning', message: string, text?: string) => ({
    text,
    problems: [{ severity, code: 'not_utf8', path: '', where: 'file', file, message } satisfies LocatedProblem],
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), problems: [] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
  } catch {
    // Not UTF-8 throughout: which of the cases below.
  }
  const mixed = utf8Lines(bytes);
  if (mixed.length > 0) {
    // Saved as UTF-8 (it has accents or £ signs written that way) with a few bytes that are not:
    // reading it all as Windows-1252 would damage what is right, so say where the wrong ones are.
    const lines = mixed.slice(0, 5).join(', ') + (mixed.length > 5 ? ` and ${mixed.length - 5} more` : '');
    return told(
      'error',
      `is saved as UTF-8 but has characters that are not, on ${mixed.length === 1 ? 'line' : 'lines'} ${lines}: retype them (often a £ sign or a curly quote pasted from elsewhere) and save as UTF-8 again.`,
    );
  }
  if (extensionOf(file) === '.csv') {
    return told(
      'warning',
      'is not saved as UTF-8, so it was read as Windows-1252 (what Excel\'s plain "CSV" uses on Windows) to keep its £ signs, accents and curly quotes. Check them in the result, and next time save as "CSV UTF-8 (Comma delimited)".',
      decodeWindows1252(bytes),
    );
  }
  return told(
    'error',
    `is not saved as UTF-8, so its accents, £ signs and curly quotes would be damaged; save it again with UTF-8 encoding (any text editor can).`,
  );
}

/**
 * When the file has some valid UTF-8 characters beyond ASCII, the lines whose bytes are not
 * UTF-8; empty when it has none (then it is in another encoding throughout).
 */
function utf8Lines(bytes: Uint8Array): number[] {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let sawUtf8 = false;
  const bad: number[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const slice = bytes.subarray(start, end);
    if (slice.some((byte) => byte >= 0x80)) {
      try {
        strict.decode(slice);
        sawUtf8 = true;
      } catch {
        bad.push(line);
      }
    }
    start = end + 1;
  }
  return sawUtf8 ? bad : [];
}

/** UTF-8 is checked a megabyte at a time, so no text of a whole large file is made for it. */
const CHECK_PIECE = 1 << 20;

/**
 * The bytes of a file saved as UTF-8 throughout, without the byte order mark Excel and Notepad
 * may put first; undefined when it is saved otherwise (decodeSource then reads or refuses it).
 */
export function utf8Bytes(bytes: Uint8Array): Uint8Array | undefined {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    for (let at = 0; at < bytes.length; at += CHECK_PIECE) strict.decode(bytes.subarray(at, at + CHECK_PIECE), { stream: true });
    strict.decode();
  } catch {
    return undefined;
  }
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}
