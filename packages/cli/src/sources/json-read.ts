import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  skipSpace,
  skipString,
  skipValue,
  textOf,
} from './json-scan.js';

/** Objects and lists longer than this (in bytes) are taken apart; anything shorter is one JSON.parse. */
const TAKE_APART_LONGER_THAN = 1 << 20;
/** How many levels deep objects and lists may be taken apart: a directory, its services list. */
const MOST_LEVELS = 4;

/**
 * The value of a JSON text in UTF-8 bytes, as JSON.parse gives it, read a part at a time. The
 * text of a national directory as one string would take twice its bytes (JavaScript keeps a text
 * with any character beyond Latin-1 at two bytes a character), on top of the values read from
 * it; taken apart (the directory, then its services list), each service is decoded and given to
 * JSON.parse on its own, and let go at once. Undefined when the bytes are not valid JSON:
 * JSON.parse of the whole text then says why.
 */
export function parseJsonBytes(bytes: Uint8Array, takeApartLongerThan = TAKE_APART_LONGER_THAN): { value: unknown } | undefined {
  try {
    const { value, end } = new PartReader(bytes, takeApartLongerThan).value(skipSpace(bytes, 0), MOST_LEVELS);
    return skipSpace(bytes, end) === bytes.length ? { value } : undefined;
  } catch {
    return undefined;
  }
}

interface Read {
  readonly value: unknown;
  /** Just past the value. */
  readonly end: number;
}

/** Reads values from the bytes, taking apart objects and lists longer than `takeApartLongerThan`. */
class PartReader {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly takeApartLongerThan: number,
  ) {}

  value(start: number, levels: number): Read {
    const bytes = this.bytes;
    const end = skipValue(bytes, start);
    const first = bytes[start];
    if (levels === 0 || end - start <= this.takeApartLongerThan || (first !== OPEN_BRACE && first !== OPEN_BRACKET)) {
      // JSON.parse checks all of it, and what it returns is JSON.parse's own.
      return { value: JSON.parse(textOf(bytes, start, end)), end };
    }
    return first === OPEN_BRACE ? this.object(start, levels) : this.list(start, levels);
  }

  private list(start: number, levels: number): Read {
    const bytes = this.bytes;
    const items: unknown[] = [];
    let at = skipSpace(bytes, start + 1);
    if (bytes[at] === CLOSE_BRACKET) return { value: items, end: at + 1 };
    for (;;) {
      const item = this.value(at, levels - 1);
      items.push(item.value);
      at = skipSpace(bytes, item.end);
      if (bytes[at] === CLOSE_BRACKET) return { value: items, end: at + 1 };
      at = skipSpace(bytes, expect(bytes, at, COMMA));
    }
  }

  private object(start: number, levels: number): Read {
    const bytes = this.bytes;
    const fields: Record<string, unknown> = {};
    let at = skipSpace(bytes, start + 1);
    if (bytes[at] === CLOSE_BRACE) return { value: fields, end: at + 1 };
    for (;;) {
      if (bytes[at] !== QUOTE) throw new SyntaxError('a key should be here');
      const keyEnd = skipString(bytes, at);
      const key = JSON.parse(textOf(bytes, at, keyEnd)) as string;
      const field = this.value(skipSpace(bytes, expect(bytes, skipSpace(bytes, keyEnd), COLON)), levels - 1);
      // As JSON.parse does: a key named __proto__ is a field like any other, and a repeated key's last value stands.
      Object.defineProperty(fields, key, { value: field.value, writable: true, enumerable: true, configurable: true });
      at = skipSpace(bytes, field.end);
      if (bytes[at] === CLOSE_BRACE) return { value: fields, end: at + 1 };
      at = skipSpace(bytes, expect(bytes, at, COMMA));
    }
  }
}

/** Past the byte at `at`, which must be `wanted`. */
function expect(bytes: Uint8Array, at: number, wanted: number): number {
  if (bytes[at] !== wanted) throw new SyntaxError(`${String.fromCharCode(wanted)} should be here`);
  return at + 1;
}
