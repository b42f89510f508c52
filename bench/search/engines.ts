import type { Directory, Service } from '../../packages/core/src/directory/schema.js';
import { vocabularies } from '../../packages/core/src/directory/vocabularies.js';
import { createSearch } from '../../packages/core/src/search/index.js';
import { Fuse, MiniSearch, uFuzzy } from './libraries.js';

/** How many results a keystroke asks for: a page of results in the widget. */
export const PAGE = 20;

/** A search engine under test: built once, then asked for the ids of its best results. */
export interface Engine {
  readonly name: string;
  /** Builds the engine's index. `ready` finishes any indexing left for later (ours only). */
  build(directory: Directory): { search(text: string, limit: number): string[]; ready?(): void };
}

/**
 * A service flattened for the other libraries, with the same text ours searches: name,
 * organisation, summary, description, tags, and the labels of its terms and places (which ours
 * reads from the vocabularies and areas), so all engines see the same words.
 */
interface Doc {
  id: string;
  name: string;
  organisation: string;
  summary: string;
  description: string;
  tags: string[];
  terms: string[];
  places: string[];
}

const labels = new Map<string, string>();
for (const vocab of Object.values(vocabularies)) for (const term of vocab.terms) labels.set(`${vocab.id} ${term.id}`, term.label);

function docsOf(directory: Directory): Doc[] {
  const areaNames = new Map(directory.areas.map((area) => [area.id, area.name]));
  const label = (vocab: string, id: string) => labels.get(`${vocab} ${id}`) ?? id;
  return directory.services.map((s: Service) => ({
    id: s.id,
    name: s.name,
    organisation: s.organisation.name,
    summary: s.summary,
    description: s.description ?? '',
    tags: s.tags,
    terms: [
      ...s.provision.map((id) => label('provision', id)),
      ...s.formats.map((id) => label('format', id)),
      ...s.settings.map((id) => label('setting', id)),
      ...s.experiences.map((id) => label('experience', id)),
      ...s.communities.map((id) => label('community', id)),
      ...s.transitions.map((id) => label('transition', id)),
    ],
    places: [...s.areas.map((id) => areaNames.get(id) ?? id), ...s.locations.flatMap((l) => (l.town ? [l.town] : []))],
  }));
}

const KEYS = ['name', 'organisation', 'summary', 'description', 'tags', 'terms', 'places'];

export const engines: readonly Engine[] = [
  {
    name: 'ours',
    build(directory) {
      const search = createSearch(directory);
      return {
        search: (text, limit) => search.search({ text, limit }).results.map((hit) => hit.service.id),
        ready: () => search.prepare?.(),
      };
    },
  },
  {
    name: 'fuse.js plain',
    build(directory) {
      const docs = docsOf(directory);
      // Default options, the same keys.
      const fuse = new Fuse(docs, { keys: KEYS });
      return { search: (text, limit) => fuse.search(text, { limit }).map((r) => r.item.id) };
    },
  },
  {
    name: 'fuse.js tuned',
    build(directory) {
      const docs = docsOf(directory);
      // Token search (each word fuzzy on its own, BM25 ranking), every word required, names
      // weighted, and no descriptions: the fastest setup that still finds typos.
      const fuse = new Fuse(docs, {
        keys: [
          { name: 'name', weight: 3 },
          { name: 'organisation', weight: 1 },
          { name: 'terms', weight: 1.5 },
          { name: 'places', weight: 1 },
          { name: 'tags', weight: 1 },
          { name: 'summary', weight: 0.5 },
        ],
        useTokenSearch: true,
        tokenMatch: 'all',
        threshold: 0.3,
        ignoreDiacritics: true,
      });
      return { search: (text, limit) => fuse.search(text, { limit }).map((r) => r.item.id) };
    },
  },
  {
    name: 'MiniSearch',
    build(directory) {
      const docs = docsOf(directory);
      const mini = new MiniSearch<Doc>({
        fields: KEYS,
        extractField: (doc, field) => {
          const value = doc[field as keyof Doc];
          return Array.isArray(value) ? value.join(' ') : value;
        },
        searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 3, organisation: 1.5, terms: 1.5, places: 1.5 } },
      });
      mini.addAll(docs);
      return {
        search: (text, limit) =>
          mini
            .search(text)
            .slice(0, limit)
            .map((r) => r.id as string),
      };
    },
  },
  {
    name: 'uFuzzy',
    build(directory) {
      const docs = docsOf(directory);
      // uFuzzy searches short strings: everything but the description, one string per service.
      const haystack = docs.map((d) => [d.name, d.organisation, ...d.places, ...d.terms, ...d.tags, d.summary].join(' · '));
      const uf = new uFuzzy({ intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 });
      return {
        search(text, limit) {
          const [idxs, info, order] = uf.search(haystack, text, 1, 1000);
          if (!idxs) return [];
          const ranked = info && order ? order.map((i) => info.idx[i]!) : idxs;
          return ranked.slice(0, limit).map((i) => docs[i]!.id);
        },
      };
    },
  },
];
