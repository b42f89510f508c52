import { getCharter, type Charter } from '@peer-support-kit/core';

/** A built-in charter's text as a file to fetch, checked against its hash (see the CDN variant). */
export interface CharterFile {
  readonly href: string;
  readonly integrity: string;
}

/**
 * Where the text of the built-in charter with this id comes from, or `undefined` when there is
 * none. Here, in the npm package, from core: an app's bundler keeps only what the app imports.
 * The CDN files swap this module for built-in-charters.cdn.ts (see scripts/build-cdn.js).
 */
export function builtInCharter(id: string): Charter | CharterFile | undefined {
  return getCharter(id);
}
