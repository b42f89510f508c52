import { byListOrder, computeCoverage, directoryJsonSchema, publicService, writeBrowseForm, type Directory } from '@peer-support-kit/core';
import { toOpenReferral } from '@peer-support-kit/core/openreferral';
import { inSchemaOrder, toJson } from './json.js';
import { listingHtml } from './listing-html.js';

// What `build` publishes, made from a checked directory with no files and no Node, so the
// browser workbench makes the very same bytes.

export interface BuildInfo {
  /** The version of the npm package the sources live in, when they live in one. */
  readonly version?: string;
  readonly warnings: number;
}

/** A file's Subresource Integrity string (`sha384-…`): Node's crypto in the CLI, SubtleCrypto in a browser. */
export type Integrity = (text: string) => string;

/**
 * The published files but the manifest, by name, in the order the manifest lists them: the data,
 * then directory.html, the same services as a page that needs no script, then the browse form
 * (browse.json and browse/…, for large directories: see core's browse/format.ts), whose file
 * names carry `integrity`'s hash of their content. Masked
 * locations lose what must not be public; then services in the order the directory lists them
 * (by name: a page can show the first while the rest of the file arrives) and every field in the
 * schema's order: the same data, the same bytes.
 */
export function publishedFiles(directory: Directory, integrity: Integrity): Map<string, string> {
  const schema = directoryJsonSchema();
  const services = directory.services.map(publicService).sort(byListOrder);
  const sorted = inSchemaOrder(schema, { ...directory, services }) as Directory;
  const files = new Map<string, string>();
  files.set('directory.json', toJson(sorted));
  files.set('directory.schema.json', toJson(schema));
  files.set('openreferral.json', toJson(toOpenReferral(sorted)));
  files.set('coverage.json', toJson(computeCoverage(sorted)));
  files.set('directory.html', listingHtml(sorted));
  for (const [name, text] of writeBrowseForm(sorted, integrity)) files.set(name, text);
  return files;
}

/** manifest.json: counts, and each file's size and integrity, for partners to pin a file. */
export function manifestFile(directory: Directory, info: BuildInfo, files: ReadonlyMap<string, string>, integrity: Integrity): string {
  const status = (wanted: string) => directory.services.filter((service) => service.status === wanted).length;
  const bytes = (text: string) => new TextEncoder().encode(text).length;
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
    files: Object.fromEntries([...files].map(([name, text]) => [name, { bytes: bytes(text), integrity: integrity(text) }])),
  });
}
