import { IndexStart, type BrowseStart, type PartialDirectory } from '@peer-support-kit/core';
import { loadFragment } from './browse-files.js';
import type { LookAhead } from './load-directory.js';

/** A first look fetches a few fragments at most (about 6 KB each), for a page of services. */
const FRAGMENTS = 3;
const SERVICES = 10;
/** Only an index still arriving this long after its names is worth a first look (and its requests). */
const STILL_COMING_MS = 50;

const NOT_YET = Symbol('not yet');

/**
 * Watches a browse index arrive for the end of its names (see core's IndexStart). Once they have
 * come, and more of the index is still arriving a while later (a small index, or any on a fast
 * connection, is read whole before a look could help), takes an early look; and again, as more
 * arrives, whenever what the person typed has changed since.
 */
export const lookAhead: LookAhead = (url, wanted) => {
  const start = new IndexStart(url);
  let names: BrowseStart | undefined;
  let namesAt = 0;
  let lookedFor: unknown = NOT_YET;
  return (text) => {
    if (!names) {
      names = start.push(text);
      namesAt = performance.now();
      return undefined;
    }
    const test = wanted();
    if (performance.now() - namesAt < STILL_COMING_MS || test === lookedFor) return undefined;
    lookedFor = test;
    return earlyLook(names, test);
  };
};

/**
 * A first look at a large browse index before the whole of it has come: the services whose names
 * the person typed (`wanted`), or the first page when nothing is typed, read in full from their
 * fragments. Undefined when there is nothing to show or the fragments could not be had: the
 * reading of the whole index shows them soon after all the same.
 */
async function earlyLook(start: BrowseStart, wanted?: (name: string) => boolean): Promise<PartialDirectory | undefined> {
  const positions: number[] = [];
  for (let p = 0; p < start.names.length && positions.length < SERVICES; p++) {
    if (!wanted || wanted(start.names[p]!)) positions.push(p);
  }
  const refs = [...new Map(positions.map((p) => start.fragmentAt(p)).map((ref) => [ref.url, ref])).values()].slice(0, FRAGMENTS);
  try {
    const fragments = new Map(await Promise.all(refs.map(async ({ url, hash }) => [url, await loadFragment(url, hash)] as const)));
    const directory = start.preview(fragments, positions);
    return directory && { directory, read: directory.services.length, excluded: 0 };
  } catch {
    return undefined;
  }
}
