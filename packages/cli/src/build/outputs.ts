import { createHash } from 'node:crypto';
import type { Directory } from '@peer-support-kit/core';
import { spooledOpenReferral } from './openreferral-spool.js';
import {
  inManifestOrder,
  manifestFile,
  publishedFiles,
  publishedParts,
  type BuildInfo,
  type FileRecord,
  type OutputFile,
} from './published.js';

export type { BuildInfo, OutputFile } from './published.js';

export interface BuildOutputs {
  /** File name → contents, in the order they are listed in the manifest. */
  readonly files: ReadonlyMap<string, string>;
}

/** Everything `build` publishes, each file as one text: for a directory small enough to hold at once. */
export function buildOutputs(directory: Directory, info: BuildInfo): BuildOutputs {
  const files = publishedFiles(directory, integrity);
  const records = new Map([...files].map(([name, text]) => [name, { bytes: Buffer.byteLength(text, 'utf8'), integrity: integrity(text) }]));
  files.set('manifest.json', manifestFile(directory, info, records));
  return { files };
}

/**
 * Everything `build` publishes from publishedDirectory's directory, manifest.json last, each
 * file made as it is read (see publishedParts) and measured as it goes by, so the manifest has
 * every file's size and integrity without any file being held whole. An error in making a file
 * is a NotMade.
 */
export function* buildParts(published: Directory, info: BuildInfo): Generator<OutputFile> {
  const records = new Map<string, FileRecord>();
  for (const file of publishedParts(published, integrity, { openReferral: spooledOpenReferral })) {
    yield { name: file.name, parts: measured(file, records) };
  }
  // Read only after every other file is: their records are all in by then. The published
  // directory has the same services, statuses and organisations, so the same counts.
  yield { name: 'manifest.json', parts: madeWhenRead(() => manifestFile(published, info, inManifestOrder(records))) };
}

/** A file's parts as they are read, hashed and counted; its record is kept once the last is read. */
function* measured(file: OutputFile, records: Map<string, FileRecord>): Generator<string> {
  const hash = createHash('sha384');
  let bytes = 0;
  for (const part of guarded(file.parts)) {
    hash.update(part, 'utf8');
    bytes += Buffer.byteLength(part, 'utf8');
    yield part;
  }
  records.set(file.name, { bytes, integrity: `sha384-${hash.digest('base64')}` });
}

/** One part, made when it is read, failing with a NotMade. */
function* madeWhenRead(make: () => string): Generator<string> {
  let text: string;
  try {
    text = make();
  } catch (error) {
    throw new NotMade((error as Error).message);
  }
  yield text;
}

/** Parts whose making fails with a NotMade, told apart from a failure to write them. */
function* guarded(parts: Iterable<string>): Generator<string> {
  const iterator = parts[Symbol.iterator]();
  try {
    for (;;) {
      let next: IteratorResult<string>;
      try {
        next = iterator.next();
      } catch (error) {
        throw new NotMade((error as Error).message);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // When writing stops part way, the parts are closed too: scratch files are removed.
    iterator.return?.();
  }
}

/** The files could not be made (as opposed to written): a fault in the data or in this program. */
export class NotMade extends Error {}

export const integrity = (text: string) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
