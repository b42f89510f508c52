import {
  fragmentOf,
  hasPlaces,
  placesFileOf,
  serviceFromFragment,
  withPlaces,
  withSearchWords,
  wordsFileOf,
  type Directory,
  type Service,
} from '@peer-support-kit/core';
import { fetchJson, fetchText, LoadError } from './fetch-file.js';

// The rest of a directory published in the browse form (see core's browse/format.ts), fetched
// when a person needs it: one fragment per service opened, the words when they first search,
// the places (coordinates and postcodes) when they first look near a place.
// Each file is checked against the hash the index gives (a fragment's is in its name), so a
// changed copy is refused.

/** Fragments by address: a page fetches each once, however many services it opens from it. */
const fragments = new Map<string, Promise<unknown>>();
const NEVER = new AbortController().signal;

/**
 * A service with everything directory.json has for it: itself for a whole directory, or read from
 * its fragment for a browse index. Rejects with an Error that says what went wrong; `retry` asks
 * the network afresh.
 */
export async function loadFullService(directory: Directory, service: Service, retry = false): Promise<Service> {
  const ref = fragmentOf(directory, service);
  if (!ref) return service;
  return serviceFromFragment(directory, service.id, await loadFragment(ref.url, ref.hash, retry));
}

/** A fragment (parsed JSON), fetched once per page unless `retry`; see fetchFragment. */
export function loadFragment(url: string, hash: string, retry = false): Promise<unknown> {
  let file = retry ? undefined : fragments.get(url);
  if (!file) {
    file = fetchFragment(url, hash, retry);
    fragments.set(url, file);
    file.catch(() => fragments.delete(url));
  }
  return file;
}

/**
 * A fragment, parsed, once its sha384 is seen to begin with the hash its name carries: a CDN that
 * serves a changed copy is refused. A page that cannot hash (SubtleCrypto is only given to https
 * pages and localhost) gets it checked by the directory's rules alone, as every service is.
 */
async function fetchFragment(url: string, hash: string, retry: boolean): Promise<unknown> {
  let text = '';
  await fetchText(url, NEVER, { retry }, (piece) => void (text += piece));
  if (globalThis.crypto?.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text)));
    const named = btoa(String.fromCharCode(...digest.subarray(0, 9)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    if (named !== hash) throw new LoadError('json', `${url} does not match the hash in its name, so it was refused.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LoadError('json', `${url} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Whether the directory's description words are still to be fetched before a search can use them. */
export const lacksSearchWords = (directory: Directory): boolean =>
  !!wordsFileOf(directory) && !directory.services.some((s) => s.description);

/**
 * The directory with its services' description words, to search by (see core's withSearchWords);
 * `retry` asks the network afresh after a failure.
 */
export async function loadSearchWords(directory: Directory, retry = false): Promise<Directory> {
  const ref = wordsFileOf(directory);
  if (!ref) return directory;
  return withSearchWords(directory, await fetchJson(ref.url, NEVER, { integrity: ref.integrity, retry }));
}

/** Whether the directory's places (its locations' coordinates and postcodes) are still to be fetched before "near" can use them. */
export const lacksPlaces = (directory: Directory): boolean => !hasPlaces(directory);

/**
 * The directory with its locations' coordinates and postcodes, for "near" (see core's
 * withPlaces); itself for a whole directory, or a browse index written before there was a places
 * file. Composes with loadSearchWords in either order. `retry` asks the network afresh after a
 * failure.
 */
export async function loadPlaces(directory: Directory, retry = false): Promise<Directory> {
  const ref = placesFileOf(directory);
  if (!ref || hasPlaces(directory)) return directory;
  return withPlaces(directory, await fetchJson(ref.url, NEVER, { integrity: ref.integrity, retry }));
}
