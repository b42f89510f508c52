import { openDirectory, parseDirectory, type ParseDirectoryOptions, type ParseDirectoryResult } from './parse.js';
import { DirectoryReader } from './reader.js';
import type { Directory } from './schema.js';
import { endsUnfinished } from './unfinished.js';

const QUOTE = 34; // "
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125;
const OPEN_LIST = 91; // [
const CLOSE_LIST = 93;

/** JSON's own white space: space, tab, line feed, carriage return (nothing else). */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** What has been read of a directory before the whole of it has arrived. */
export interface PartialDirectory {
  /** The document's own fields and the valid services so far, in file order. */
  readonly directory: Directory;
  /** How many services have been read so far, valid or not. */
  readonly read: number;
  /** How many of those were left out because of errors. */
  readonly excluded: number;
}

/**
 * Reads a directory's JSON text as it arrives, so the first services can be shown long before
 * the last byte of a large file: `push` each piece of text, `read` (a slice at a time, while
 * `more()` allows) to work through what has come, look at `partial`, and call `end` once the
 * text is complete. The result of `end` is always what `parseDirectory` gives for the whole text.
 *
 * How: the document's own fields come before its services (as `peer-support build` writes them),
 * so once `"services": [` is reached they are read, and then each service is cut from the text
 * as it completes and read on its own. A file that does not fit that shape (fields after the
 * services, broken JSON, not a directory at all) is simply read whole at the end.
 */
export class DirectoryStream {
  readonly #options: ParseDirectoryOptions;
  /** Every piece of text pushed, for reading whole when the file does not fit. */
  readonly #pieces: string[] = [];
  /** Text not yet worked through; `#at` is how far into it the scan has got. */
  #text = '';
  #at = 0;
  #mode: 'head' | 'services' | 'tail' | 'whole' = 'head';
  #reader: DirectoryReader | undefined;
  // The scan: how deep in brackets, whether inside a string, where the current service began.
  #depth = 0;
  #inString = false;
  #stringStart = 0;
  #itemStart = -1;
  /** In the list: what may come next, so a missing or extra comma is not let through. */
  #expect: 'first' | 'value' | 'separator' = 'first';
  // In the head: the last key read at the top level, and whether its value is next.
  #key: string | undefined;
  #afterColon = false;

  constructor(options: ParseDirectoryOptions = {}) {
    this.#options = options;
  }

  /** Adds the next piece of the file's text. Nothing is read until `read` or `end`. */
  push(text: string): void {
    this.#pieces.push(text);
    if (this.#mode !== 'whole') this.#text += text;
  }

  /**
   * Works through the text pushed so far while `more()` says to go on (it is asked between
   * services). True when all of it has been read, false when `more()` stopped it.
   */
  read(more: () => boolean = () => true): boolean {
    for (;;) {
      const mode = this.#mode;
      if (mode === 'head') {
        this.#scanHead();
        if (this.#mode === 'head') return true; // all of it read: the list has not begun yet
      } else if (mode === 'services') {
        if (!this.#scanService()) {
          // Waiting for the rest of a service, or the list has ended.
          this.#trim();
          return true;
        }
        if (!more()) {
          this.#trim();
          return this.#at >= this.#text.length;
        }
      } else return true;
    }
  }

  /**
   * The document's fields and the services read so far (a copy: it does not grow as more is
   * read), once the list of services has begun.
   */
  get partial(): PartialDirectory | undefined {
    const reader = this.#reader;
    if (!reader || this.#mode === 'whole') return undefined;
    const { directory } = reader;
    return {
      directory: { ...directory, services: directory.services.slice() },
      read: reader.read,
      excluded: reader.read - reader.services.length,
    };
  }

  /** How many valid services have been read so far (cheaper than `partial`). */
  get valid(): number {
    return this.#mode === 'whole' ? 0 : (this.#reader?.services.length ?? 0);
  }

  /** Whether the text so far stops part way through the directory (see endsUnfinished). */
  get unfinished(): boolean {
    return endsUnfinished(this.#pieces.join(''));
  }

  /** The text is complete: reads whatever is left and gives the whole result. */
  end(): ParseDirectoryResult {
    this.read();
    if (this.#mode === 'tail' && this.#reader && this.#tailIsEmpty()) return this.#reader.result();
    return parseDirectory(this.#pieces.join(''), this.#options);
  }

  /** After the list of services, only the closing brace may follow, or the file is read whole. */
  #tailIsEmpty(): boolean {
    return /^[ \t\n\r]*\}[ \t\n\r]*$/.test(this.#text.slice(this.#at));
  }

  #giveUp(): void {
    this.#mode = 'whole';
    this.#text = '';
    this.#at = 0;
  }

  /** Drops the text worked through, keeping a service begun but not finished (and the head). */
  #trim(): void {
    if (this.#mode === 'head') return;
    const keep = this.#itemStart >= 0 ? this.#itemStart : this.#at;
    if (keep === 0) return;
    this.#text = this.#text.slice(keep);
    this.#at -= keep;
    if (this.#itemStart >= 0) this.#itemStart = 0;
    if (this.#inString) this.#stringStart -= keep;
  }

  /** Skips to the end of a string begun at `#stringStart`, if it has arrived. */
  #skipString(): boolean {
    const text = this.#text;
    for (let at = this.#at; ;) {
      const quote = text.indexOf('"', at);
      if (quote < 0) {
        this.#at = text.length;
        return false;
      }
      let slashes = 0;
      while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
      at = quote + 1;
      if (slashes % 2 === 0) {
        this.#at = at;
        this.#inString = false;
        return true;
      }
    }
  }

  /** Reads the top level up to `"services": [`, then the document's own fields. */
  #scanHead(): void {
    const text = this.#text;
    while (this.#at < text.length) {
      if (this.#inString) {
        if (!this.#skipString()) return;
        if (this.#depth === 1 && !this.#afterColon) this.#key = text.slice(this.#stringStart + 1, this.#at - 1);
        continue;
      }
      const c = text.charCodeAt(this.#at);
      if (this.#depth === 1 && this.#afterColon && this.#key === 'services' && c > 32 && c !== COLON) {
        if (c !== OPEN_LIST) return this.#giveUp();
        this.#startServices(text.slice(0, this.#at));
        return;
      }
      if (c === QUOTE) {
        this.#inString = true;
        this.#stringStart = this.#at++;
        continue;
      }
      if (this.#depth === 1 && c === COLON) this.#afterColon = true;
      else if (this.#depth === 1 && c === COMMA) this.#afterColon = false;
      if (c === OPEN_OBJECT || c === OPEN_LIST) this.#depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_LIST) this.#depth--;
      // Not an object, or the end of it before any services: read it whole to say why.
      if (this.#depth < 1 && c > 32) return this.#giveUp();
      this.#at++;
    }
  }

  /** The head is `{ …fields…, "services":` — read those fields with an empty list of services. */
  #startServices(head: string): void {
    let fields: unknown;
    try {
      fields = JSON.parse(`${head}[]}`);
    } catch {
      return this.#giveUp();
    }
    const reader = openDirectory(fields, this.#options);
    if (!(reader instanceof DirectoryReader)) return this.#giveUp();
    this.#reader = reader;
    this.#mode = 'services';
    this.#at += 1; // past the [
    this.#depth = 2;
  }

  /** Reads the next service, if all of it has arrived. False when it has not. */
  #scanService(): boolean {
    const text = this.#text;
    while (this.#at < text.length) {
      if (this.#inString) {
        if (!this.#skipString()) return false;
        if (this.#depth === 2) return this.#finishItem(); // a service that is only a string
        continue;
      }
      const c = text.charCodeAt(this.#at);
      if (this.#depth === 2 && this.#itemStart < 0) {
        // Between services: white space, one comma between two, or the end of the list. Anything
        // else (a comma too many or too few) is broken JSON, for the whole reading to report.
        const expect = this.#expect;
        if (isSpace(c)) {
          this.#at++;
          continue;
        }
        if (c === COMMA && expect === 'separator') {
          this.#expect = 'value';
          this.#at++;
          continue;
        }
        if (c === CLOSE_LIST && expect !== 'value') {
          this.#mode = 'tail';
          this.#at++;
          return false;
        }
        if (c === COMMA || c === CLOSE_LIST || expect === 'separator') {
          this.#giveUp();
          return false;
        }
        this.#itemStart = this.#at;
      } else if (this.#depth === 2 && (isSpace(c) || c === COMMA || c === CLOSE_LIST)) {
        return this.#finishItem(); // the end of a number, true, false or null
      }
      if (c === QUOTE) {
        this.#inString = true;
        this.#stringStart = this.#at++;
        continue;
      }
      this.#at++;
      if (c === OPEN_OBJECT || c === OPEN_LIST) this.#depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
        this.#depth--;
        if (this.#depth === 2) return this.#finishItem();
      }
    }
    return false;
  }

  #finishItem(): boolean {
    const source = this.#text.slice(this.#itemStart, this.#at);
    this.#itemStart = -1;
    this.#expect = 'separator';
    let item: unknown;
    try {
      item = JSON.parse(source);
    } catch {
      this.#giveUp();
      return false;
    }
    this.#reader!.add(item);
    return true;
  }
}
