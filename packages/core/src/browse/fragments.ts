import { openDirectory, type ParseDirectoryResult } from '../directory/parse.js';
import type { DirectoryReader } from '../directory/reader.js';
import type { Directory, Service } from '../directory/schema.js';
import { describeValue } from '../validation/describe-issue.js';
import { fragmentFile, type BrowseFileRef } from './format.js';
import { sources } from './sources.js';

/**
 * The fragment that holds `service`: its address, and the hash its name carries, which its
 * sha384 must begin with (see format.ts); undefined for a whole directory.
 */
export function fragmentOf(directory: Directory, service: Service): { readonly url: string; readonly hash: string } | undefined {
  const source = sources.get(directory);
  const position = source?.positions.get(service.id);
  if (!source || position === undefined) return undefined;
  const k = Math.floor(position / source.fragments.size);
  const hash = source.fragments.hashes[k]!;
  return { url: new URL(fragmentFile(k, hash), source.base).href, hash };
}

/**
 * The service with `id` from a fragment (parsed JSON) of a directory's browse form, checked as
 * directory.json's services are. Throws an Error that says what is wrong when the fragment is
 * not one, or does not hold the service.
 */
export function serviceFromFragment(directory: Directory, id: string, value: unknown): Service {
  const services = (value as { services?: unknown } | null)?.services;
  if (!Array.isArray(services)) throw new Error(`The fragment is not a list of services: it is ${describeValue(value)}.`);
  const item = services.find((candidate) => (candidate as { id?: unknown } | null)?.id === id);
  if (item === undefined) throw new Error(`The fragment does not hold the service "${id}".`);
  const { directory: read, problems } = openAndRead(directory, item);
  const service = read?.services[0];
  if (!service)
    throw new Error(`The service "${id}" in the fragment has errors: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return service;
}

function openAndRead(directory: Directory, item: unknown): ParseDirectoryResult {
  const { services: _, ...fields } = directory;
  const reader = openDirectory({ ...fields, services: [] }) as DirectoryReader;
  reader.add(item);
  return reader.result();
}

/** The words file's address and integrity, for a directory read from a browse index. */
export function wordsFileOf(directory: Directory): (BrowseFileRef & { readonly url: string }) | undefined {
  const source = sources.get(directory);
  return source && { ...source.words, url: new URL(source.words.file, source.base).href };
}

/**
 * The directory with each service's description words (the words file, parsed) to search by, in
 * place of the description it leaves out: what a search needs to find a service by what its
 * description says. The new directory has the same source. Throws when the file is not one.
 */
export function withSearchWords(directory: Directory, value: unknown): Directory {
  const source = sources.get(directory);
  const words = (value as { words?: unknown } | null)?.words;
  if (!source || !Array.isArray(words) || words.length !== source.count) {
    throw new Error(`The words file should list one string per service, but it is ${describeValue(words)}.`);
  }
  const services = directory.services.map((service) => {
    const text = words[source.positions.get(service.id)!];
    return typeof text === 'string' && text ? { ...service, description: text } : service;
  });
  const next = { ...directory, services };
  sources.set(next, source);
  return next;
}
