import { openDirectory } from '../directory/parse.js';
import { DirectoryReader } from '../directory/reader.js';
import type { Directory, Service } from '../directory/schema.js';
import { BROWSE_FORMAT, BROWSE_FORMAT_VERSION, fragmentFile, NAME_HASH_PATTERN, type BrowseIndex } from './format.js';

/** Where the names column begins: writeBrowseForm writes the fragments, then the names, first. */
const NAMES = '"services":{"name":[';
const NAME_HASH = new RegExp(NAME_HASH_PATTERN);

/** The start of a browse index: every service's name, and where its fragment is. */
export interface BrowseStart {
  readonly names: readonly string[];
  /** Fragment `k`'s address and the hash its name carries, for the services at `k × size` and on. */
  fragmentAt(position: number): { readonly url: string; readonly hash: string };
  /** A directory of the services at `positions`, read from their fragments (parsed): a first look. */
  preview(fragments: ReadonlyMap<string, unknown>, positions: readonly number[]): Directory | undefined;
}

/**
 * Watches a browse index arrive (`push` each piece of its text) for the end of its names column,
 * so an element can look for what a person typed, and fetch those services' fragments, while the
 * rest of a large index is still on its way. Only a look: nothing here is trusted beyond the
 * fragments' own checks, and an index it cannot make sense of simply gives no start (the reading
 * of the whole file reports what is wrong).
 */
export class IndexStart {
  #text = '';
  /** Where the scan for the end of the names has got to, and what it is inside. */
  #at = -1;
  #inString = false;
  #escaped = false;
  #start: BrowseStart | undefined;
  #over = false;

  constructor(private readonly base: string) {}

  /** Adds the next piece; the start once the names column has come (and from then on). */
  push(piece: string): BrowseStart | undefined {
    if (this.#start || this.#over) return this.#start;
    const from = Math.max(0, this.#text.length - NAMES.length);
    this.#text += piece;
    if (this.#at < 0) {
      const found = this.#text.indexOf(NAMES, from);
      if (found < 0) {
        // Before the names come the directory's own fields and the fragments' hashes: at 50,000
        // services well under a megabyte. Past that, this is no index written the usual way.
        if (this.#text.length > 1_000_000) {
          this.#over = true;
          this.#text = '';
        }
        return undefined;
      }
      this.#at = found + NAMES.length;
    }
    const end = this.#scan();
    if (end < 0) return undefined;
    this.#over = true;
    this.#start = this.#read(this.#text.slice(0, end + 1) + '}}');
    this.#text = '';
    return this.#start;
  }

  /** The position of the `]` that closes the names, or -1 when it has not come yet. */
  #scan(): number {
    const text = this.#text;
    for (let i = this.#at; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.#escaped) this.#escaped = false;
      else if (this.#inString) {
        if (c === 92) this.#escaped = true;
        else if (c === 34) this.#inString = false;
      } else if (c === 34) this.#inString = true;
      else if (c === 93) return i;
    }
    this.#at = text.length;
    return -1;
  }

  #read(text: string): BrowseStart | undefined {
    let index: BrowseIndex;
    try {
      index = JSON.parse(text) as BrowseIndex;
    } catch {
      return undefined;
    }
    const { size, hashes } = (index.fragments ?? {}) as Partial<BrowseIndex['fragments']>;
    const names = index.services?.name;
    const opened = openDirectory({ ...index.directory, services: [] });
    if (
      index.format !== BROWSE_FORMAT ||
      index.formatVersion !== BROWSE_FORMAT_VERSION ||
      typeof size !== 'number' ||
      !Number.isInteger(size) ||
      !(size >= 1) ||
      !Array.isArray(hashes) ||
      !hashes.every((hash) => typeof hash === 'string' && NAME_HASH.test(hash)) ||
      !Array.isArray(names) ||
      !names.every((name) => typeof name === 'string') ||
      hashes.length !== Math.ceil(names.length / size) ||
      !(opened instanceof DirectoryReader)
    ) {
      return undefined;
    }
    const { services: _, ...envelope } = opened.result().directory!;
    const base = this.base;
    return {
      names,
      fragmentAt(position) {
        const k = Math.floor(position / size);
        return { url: new URL(fragmentFile(k, hashes[k]!), base).href, hash: hashes[k]! };
      },
      preview(fragments, positions) {
        const services: Service[] = [];
        for (const position of positions) {
          const fragment = fragments.get(this.fragmentAt(position).url) as { first?: unknown; services?: unknown[] } | undefined;
          const item = fragment?.services?.[position - Number(fragment.first)];
          // Checked as directory.json's services are; one that fails is left to the full reading.
          const reader = openDirectory({ ...envelope, services: [] }) as DirectoryReader;
          reader.add(item);
          const service = reader.result().directory?.services[0];
          if (service && service.name === names[position]) services.push(service);
        }
        return services.length ? { ...envelope, services } : undefined;
      },
    };
  }
}
