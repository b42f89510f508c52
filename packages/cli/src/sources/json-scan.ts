// Walking JSON in its UTF-8 bytes, for JSON that JSON.parse accepts: where a value, a string or
// the space between tokens ends. Every character JSON's structure is made of is ASCII, and no
// byte of a longer UTF-8 character is below 0x80, so bytes can be walked without decoding them.

export const QUOTE = 0x22;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
const BACKSLASH = 0x5c;

const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** Past JSON's whitespace: space, line feed, carriage return, tab. */
export function skipSpace(bytes: Uint8Array, at: number): number {
  while (isSpace(bytes[at])) at++;
  return at;
}

/** Past the string whose opening quote is at `start` (the end of the bytes if it never closes). */
export function skipString(bytes: Uint8Array, start: number): number {
  let quote = bytes.indexOf(QUOTE, start + 1);
  // A quote after an odd number of backslashes is part of the string.
  while (quote !== -1 && isEscaped(bytes, quote)) quote = bytes.indexOf(QUOTE, quote + 1);
  return quote === -1 ? bytes.length : quote + 1;
}

function isEscaped(bytes: Uint8Array, at: number): boolean {
  let backslashes = 0;
  while (bytes[at - 1 - backslashes] === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}

/** Past the value that starts at `start`: a string, an object or list with all it holds, or a number or word. */
export function skipValue(bytes: Uint8Array, start: number): number {
  const first = bytes[start];
  if (first === QUOTE) return skipString(bytes, start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let at = start;
    while (at < bytes.length && !isValueEnd(bytes[at]!)) at++;
    return at;
  }
  let depth = 0;
  for (let at = start; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte === QUOTE) at = skipString(bytes, at) - 1;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
    else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth === 0) return at + 1;
  }
  return bytes.length;
}

/** What ends a number or `true`/`false`/`null`: a comma, a closing bracket or brace, or whitespace. */
const isValueEnd = (byte: number) => byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || isSpace(byte);

const utf8 = new TextDecoder();

/** The text of bytes `start` to `end`. */
export const textOf = (bytes: Uint8Array, start: number, end: number) => utf8.decode(bytes.subarray(start, end));

/** The string whose quotes are at `start` and `end - 1`, as JSON.parse reads it (escapes decoded only when it has any). */
export function stringAt(bytes: Uint8Array, start: number, end: number): string {
  const raw = textOf(bytes, start, end);
  return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}
