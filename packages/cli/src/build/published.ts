import { browseFormFiles, byListOrder, computeCoverage, directoryJsonSchema, publicService, type Directory } from '@peer-support-kit/core';
import { toOpenReferral } from '@peer-support-kit/core/openreferral';
import { inSchemaOrder, toJson } from './json.js';
import { jsonParts } from './json-parts.js';
import { listingHtmlParts } from './listing-html.js';

// What `build` publishes, made from a checked directory with no files and no Node, so the
// browser workbench makes the very same bytes.

export interface BuildInfo {
  /** The version of the npm package the sources live in, when they live in one. */
  readonly version?: string;
  readonly warnings: number;
}

/** A file's Subresource Integrity string (`sha384-…`): Node's crypto in the CLI, SubtleCrypto in a browser. */
export type Integrity = (text: string) => string;

/** Files made another way, with the same bytes: the CLI writes openreferral.json through scratch files. */
export interface MadeElsewhere {
  readonly openReferral?: (directory: Directory) => Iterable<string>;
}

/** One published file, its text in parts made only as they are read: see publishedParts. */
export interface OutputFile {
  readonly name: string;
  readonly parts: Iterable<string>;
}

/** What manifest.json says of a file. */
export interface FileRecord {
  readonly bytes: number;
  readonly integrity: string;
}

/**
 * The directory as it is published: masked locations lose what must not be public; services in
 * the order the directory lists them (by name: a page can show the first while the rest of the
 * file arrives), every field in the schema's order: the same data, the same bytes.
 */
export function publishedDirectory(directory: Directory): Directory {
  const services = directory.services.map(publicService).sort(byListOrder);
  return inSchemaOrder(directoryJsonSchema(), { ...directory, services }) as Directory;
}

/**
 * The published files but the manifest, from publishedDirectory's directory: the data, then
 * directory.html, the same services as a page that needs no script, then the browse form
 * (browse.json and browse/…, for large directories: see core's browse/format.ts), whose file
 * names carry `integrity`'s hash of their content.
 *
 * Each file is made as it is read, part by part, and the next only after it: a national
 * directory's files are gigabytes together, so a writer holds one part at a time, not them all.
 */
export function* publishedParts(published: Directory, integrity: Integrity, made: MadeElsewhere = {}): Generator<OutputFile> {
  yield { name: 'directory.json', parts: jsonParts(published) };
  yield { name: 'directory.schema.json', parts: jsonParts(directoryJsonSchema()) };
  yield { name: 'openreferral.json', parts: made.openReferral?.(published) ?? jsonMadeWhenRead(() => toOpenReferral(published)) };
  yield { name: 'coverage.json', parts: jsonMadeWhenRead(() => computeCoverage(published)) };
  yield { name: 'directory.html', parts: listingHtmlParts(published) };
  for (const [name, text] of browseFormFiles(published, integrity)) yield { name, parts: [text] };
}

/** JSON of a value made when the file is read, and let go after: the Open Referral dataset is as large again as the directory. */
function* jsonMadeWhenRead(make: () => unknown): Generator<string> {
  yield* jsonParts(make());
}

/** The published files but the manifest, by name, each as one text, in the order the manifest lists them. */
export function publishedFiles(directory: Directory, integrity: Integrity): Map<string, string> {
  const files = new Map<string, string>();
  for (const { name, parts } of publishedParts(publishedDirectory(directory), integrity)) files.set(name, [...parts].join(''));
  return inManifestOrder(files);
}

/**
 * `files` in the order the manifest lists them. The browse form's browse.json is made after the
 * files it names by their hashes, but listed first among them, as core's writeBrowseForm lists it.
 */
export function inManifestOrder<T>(files: ReadonlyMap<string, T>): Map<string, T> {
  const rank = (name: string) => (name === 'browse.json' ? 1 : name.startsWith('browse/') ? 2 : 0);
  // Sorting is stable: every other file keeps its place.
  return new Map([...files].sort(([a], [b]) => rank(a) - rank(b)));
}

/** manifest.json: counts, and each file's size and integrity (in manifest order), for partners to pin a file. */
export function manifestFile(directory: Directory, info: BuildInfo, files: ReadonlyMap<string, FileRecord>): string {
  const status = (wanted: string) => directory.services.filter((service) => service.status === wanted).length;
  return toJson({
    id: directory.id,
    title: directory.title,
    ...(info.version ? { version: info.version } : {}),
    schemaVersion: directory.schemaVersion,
    publishedAt: directory.publishedAt,
    counts: {
      services: directory.services.length,
      active: status('active'),
      temporarilyClosed: status('temporarily-closed'),
      closed: status('closed'),
      organisations: new Set(directory.services.map((service) => service.organisation.name)).size,
      areas: directory.areas.length,
      warnings: info.warnings,
    },
    // Subresource Integrity strings: what a partner puts in integrity="…" to pin a file.
    files: Object.fromEntries([...files].map(([name, { bytes, integrity }]) => [name, { bytes, integrity }])),
  });
}
