import { createHash } from 'node:crypto';
import { byListOrder, computeCoverage, directoryJsonSchema, publicService, toOpenReferral, type Directory } from '@peer-support-kit/core';
import { inSchemaOrder, toJson } from './json.js';

export interface BuildInfo {
  /** The version of the npm package the sources live in, when they live in one. */
  readonly version?: string;
  readonly warnings: number;
}

export interface BuildOutputs {
  /** File name → contents, in the order they are listed in the manifest. */
  readonly files: ReadonlyMap<string, string>;
}

/** Everything `build` publishes, made in memory first so that nothing is written if anything fails. */
export function buildOutputs(directory: Directory, info: BuildInfo): BuildOutputs {
  const schema = directoryJsonSchema();
  // Masked locations lose what must not be public; then services in the order the directory
  // lists them (by name: a page can show the first while the rest of the file arrives) and every
  // field in the schema's order: the same data, the same bytes.
  const services = directory.services.map(publicService).sort(byListOrder);
  const sorted = inSchemaOrder(schema, { ...directory, services }) as Directory;
  const files = new Map<string, string>();
  files.set('directory.json', toJson(sorted));
  files.set('directory.schema.json', toJson(schema));
  files.set('openreferral.json', toJson(toOpenReferral(sorted)));
  files.set('coverage.json', toJson(computeCoverage(sorted)));
  files.set('manifest.json', toJson(manifest(sorted, info, files)));
  return { files };
}

function manifest(directory: Directory, info: BuildInfo, files: ReadonlyMap<string, string>) {
  const status = (wanted: string) => directory.services.filter((service) => service.status === wanted).length;
  return {
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
    files: Object.fromEntries(
      [...files].map(([name, text]) => [name, { bytes: Buffer.byteLength(text), integrity: integrity(text) }]),
    ),
  };
}

export const integrity = (text: string) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
