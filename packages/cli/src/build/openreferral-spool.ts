import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Directory } from '@peer-support-kit/core';
import { exportOpenReferral, openReferralAbout, OPEN_REFERRAL_TABLES, type OpenReferralRows } from '@peer-support-kit/core/openreferral';

// openreferral.json for a directory of any size. The export makes its records service by
// service, each service's in a dozen tables, while the file lists them table by table; held
// until then, the records of 100,000 services take a gigabyte. So each record is written, as it
// is made, to a scratch file for its table, and the tables are then read back in order.

/**
 * Records are gathered into pieces of about this many characters before they are written: small,
 * so that records are let go young, before the garbage collector moves them to where it looks
 * for garbage only now and then (which lets the heap grow).
 */
const PIECE = 1 << 14;
/** Read back in pieces of this many bytes, for the same reason. */
const READ_PIECE = 1 << 15;
/** Inside a table's list, as toJson writes it: each record starts on a line of its own, four spaces in. */
const RECORD_INDENT = '\n    ';

/** The text of toJson(toOpenReferral(directory)), in parts, never holding the dataset. */
export function* spooledOpenReferral(directory: Directory): Generator<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'peer-support-openreferral-'));
  const spools = new Map(OPEN_REFERRAL_TABLES.map((table) => [table, new Spool(path.join(folder, table))]));
  try {
    const rows = Object.fromEntries([...spools].map(([table, spool]) => [table, { push: (record: object) => spool.add(record) }]));
    exportOpenReferral(directory, rows as unknown as OpenReferralRows);
    yield `{\n  "about": ${JSON.stringify(openReferralAbout(directory), null, 2).replace(/\n/g, '\n  ')}`;
    for (const [table, spool] of spools) {
      yield `,\n  ${JSON.stringify(table)}: `;
      if (spool.count === 0) {
        yield '[]';
        continue;
      }
      yield '[';
      yield* spool.read();
      yield '\n  ]';
    }
    yield '\n}\n';
  } finally {
    for (const spool of spools.values()) spool.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** One table's records as JSON text in a scratch file: written as they come, read back once. */
class Spool {
  count = 0;
  private readonly fd: number;
  private piece: string[] = [];
  private length = 0;
  private closed = false;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w+');
  }

  add(record: object): void {
    // A newline in the data is written "\n", so every newline here is between lines of the record.
    const text = `${this.count++ === 0 ? '' : ','}${RECORD_INDENT}${JSON.stringify(record, null, 2).replace(/\n/g, RECORD_INDENT)}`;
    this.piece.push(text);
    this.length += text.length;
    if (this.length >= PIECE) this.flush();
  }

  /** The text written, from the start, in pieces (decoded whole: a character split between reads waits for the rest). */
  *read(): Generator<string> {
    this.flush();
    const buffer = Buffer.alloc(READ_PIECE);
    const decoder = new StringDecoder('utf8');
    for (let position = 0, read; (read = readSync(this.fd, buffer, 0, buffer.length, position)) > 0; position += read) {
      yield decoder.write(buffer.subarray(0, read));
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  close(): void {
    if (!this.closed) closeSync(this.fd);
    this.closed = true;
  }

  private flush(): void {
    if (this.length === 0) return;
    const bytes = Buffer.from(this.piece.join(''), 'utf8');
    for (let written = 0; written < bytes.length;) written += writeSync(this.fd, bytes, written);
    this.piece = [];
    this.length = 0;
  }
}
