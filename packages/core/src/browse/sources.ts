import type { Directory } from '../directory/schema.js';
import type { BrowseIndex } from './format.js';

/**
 * What the elements need to fetch the rest of a browse-form directory: where, and what to expect.
 * Not the index itself: once read, its columns would only hold memory a phone needs.
 */
export interface BrowseSource {
  /** The index's own address: file names are relative to it. */
  readonly base: string;
  readonly fragments: BrowseIndex['fragments'];
  readonly words: BrowseIndex['words'];
  /** Absent from an index written before there was a places file. */
  readonly places?: BrowseIndex['places'];
  /** Set on the source of a directory withPlaces made: its locations have their places. */
  readonly placesIn?: true;
  /** How many services the index lists. */
  readonly count: number;
  /** Each service's place in the index, by id: which fragment holds it, which words are its own. */
  readonly positions: ReadonlyMap<string, number>;
}

// A directory read from a browse index remembers where its fragments are, wherever it is passed.
export const sources = new WeakMap<Directory, BrowseSource>();

/** Where the rest of a directory read from a browse index is; undefined for a whole directory. */
export const browseSourceOf = (directory: Directory): BrowseSource | undefined => sources.get(directory);
