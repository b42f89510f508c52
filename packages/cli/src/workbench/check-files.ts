import type { Directory } from '@peer-support-kit/core';
import { inFileOrder, validate } from '../sources/check.js';
import { ENVELOPE_NAMES } from '../sources/names.js';
import { fileProblem } from '../sources/problem.js';
import { extensionOf } from '../sources/read-contents.js';
import { readSourceBytes } from '../sources/read-bytes.js';
import type { LocatedProblem, SourceFile } from '../sources/types.js';

/** A file a maintainer dropped on the workbench: its name (with its folder, when a folder was dropped) and bytes. */
export interface DroppedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface CheckedFiles {
  /** Every valid service, or undefined when the directory could not be read at all. */
  readonly directory: Directory | undefined;
  /** False when no directory file (directory.yaml) was among the files. */
  readonly hasEnvelope: boolean;
  /** Every problem, errors and warnings, file by file. */
  readonly problems: readonly LocatedProblem[];
  /** The version in a package.json dropped with the sources, which the manifest carries. */
  readonly version: string | undefined;
  readonly fileCount: number;
  readonly serviceCount: number;
}

const SOURCE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.csv']);
const baseName = (name: string) => name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);

/**
 * Checks dropped files as `peer-support validate` checks a directory folder: its directory.yaml
 * and every service file (YAML, JSON or CSV), with the same rules and the same messages. Nothing
 * leaves the browser. A package.json among them gives the version, as it does beside the sources.
 */
export function checkFiles(files: readonly DroppedFile[], options: { readonly publishedAt?: string } = {}): CheckedFiles {
  const problems: LocatedProblem[] = [];
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const envelopes = sorted.filter((file) => ENVELOPE_NAMES.includes(baseName(file.name)));
  const manifest = sorted.find((file) => baseName(file.name) === 'package.json');
  const sources = sorted.filter((file) => !envelopes.includes(file) && file !== manifest);
  const read = (file: DroppedFile, role: 'envelope' | 'any'): SourceFile => readSourceBytes(file.name, file.bytes, role);

  const [envelopeFile, ...extra] = envelopes;
  for (const file of extra) {
    problems.push(
      fileProblem(
        file.name,
        'second_directory',
        `is a second directory file; the workbench checks one directory at a time (${envelopeFile!.name}).`,
      ),
    );
  }
  const own = envelopeFile ? read(envelopeFile, 'envelope') : undefined;
  const services = [];
  for (const file of sources) {
    if (!SOURCE_EXTENSIONS.has(extensionOf(file.name))) {
      problems.push(fileProblem(file.name, 'not_a_source', 'is not a YAML, JSON or CSV file, so it was not read.', 'warning'));
      continue;
    }
    const source = read(file, 'any');
    // One at a time: push(...list) overflows the stack on a list of tens of thousands.
    for (const item of source.problems) problems.push(item);
    if (source.envelope)
      problems.push(
        fileProblem(file.name, 'second_directory', 'holds a whole directory; a service file holds one service or a list of services.'),
      );
    for (const item of source.services) services.push(item);
  }
  if (own) for (const item of own.problems) problems.push(item);
  const envelope = own?.envelope;
  const { directory, located } = validate(envelope, services, { ...options, quiet: Boolean(envelopeFile && !envelope) });
  for (const item of located) problems.push(item);
  const readOrder = [...(envelopeFile ? [envelopeFile.name] : []), ...sources.map((file) => file.name)];
  return {
    directory,
    hasEnvelope: Boolean(envelope),
    problems: inFileOrder(problems, readOrder),
    version: manifest ? versionOf(manifest) : undefined,
    fileCount: readOrder.length,
    serviceCount: services.length,
  };
}

function versionOf(file: DroppedFile): string | undefined {
  try {
    const { version } = JSON.parse(new TextDecoder().decode(file.bytes)) as { version?: unknown };
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}
