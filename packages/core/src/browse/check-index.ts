import { describeValue } from '../validation/describe-issue.js';
import { BROWSE_FORMAT, BROWSE_FORMAT_VERSION, NAME_HASH_PATTERN, type BrowseFileRef, type BrowseIndex } from './format.js';

const BROWSE_START = `{"format":"${BROWSE_FORMAT}"`;

/**
 * Whether a file that begins with `start` is a browse index (its first field is
 * `"format": "peer-support-browse"`): undefined until enough of it has come to tell.
 */
export function startsBrowseIndex(start: string): boolean | undefined {
  const compact = start.slice(0, 256).replace(/\s+/g, '');
  if (compact.length >= BROWSE_START.length) return compact.startsWith(BROWSE_START);
  return BROWSE_START.startsWith(compact) && start.length < 256 ? undefined : false;
}

const COLUMNS = [
  'name',
  'id',
  'summary',
  'organisation',
  'terms',
  'areas',
  'locations',
  'schedule',
  'ageRange',
  'flags',
  'evidence',
] as const;

/** What makes `value` no browse index this reader can read, with where; undefined when it is one. */
export function checkIndex(value: unknown): { path: string; message: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { path: '', message: `A browse index should be a JSON object, but it is ${describeValue(value)}.` };
  }
  const index = value as Partial<Record<keyof BrowseIndex, unknown>>;
  if (index.format !== BROWSE_FORMAT)
    return { path: 'format', message: `should be "${BROWSE_FORMAT}", but it is ${describeValue(index.format)}.` };
  if (index.formatVersion !== BROWSE_FORMAT_VERSION) {
    return {
      path: 'formatVersion',
      message: `is ${describeValue(index.formatVersion)}, but this version of Peer Support Kit reads browse indexes of version ${BROWSE_FORMAT_VERSION}. Update @peer-support-kit to a version that reads it, or use directory.json.`,
    };
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(index.directory))
    return { path: 'directory', message: `should be the directory's own fields, but it is ${describeValue(index.directory)}.` };
  if (!Array.isArray(index.organisations))
    return { path: 'organisations', message: `should be a list, but it is ${describeValue(index.organisations)}.` };
  if (!Array.isArray(index.terms) || !index.terms.every(isTerm))
    return { path: 'terms', message: 'should be a list of [field, term] pairs.' };
  for (const table of ['locations', 'schedules'] as const) {
    if (!Array.isArray(index[table])) return { path: table, message: `should be a list, but it is ${describeValue(index[table])}.` };
  }
  if (!isObject(index.services))
    return { path: 'services', message: `should be the services' columns, but it is ${describeValue(index.services)}.` };
  const columns = index.services;
  const count = Array.isArray(columns.name) ? columns.name.length : -1;
  for (const key of COLUMNS) {
    const column = columns[key];
    if (!Array.isArray(column) || column.length !== count) {
      return {
        path: `services.${key}`,
        message: `should be a list of one value per service (${count} names), but it is ${describeValue(column)}.`,
      };
    }
  }
  const fragments = index.fragments as { size?: unknown; hashes?: unknown } | undefined;
  const size = fragments?.size;
  if (
    !isObject(fragments) ||
    typeof size !== 'number' ||
    !(size >= 1) ||
    !Array.isArray(fragments.hashes) ||
    !fragments.hashes.every((hash) => typeof hash === 'string' && NAME_HASH.test(hash)) ||
    fragments.hashes.length !== Math.ceil(count / size)
  ) {
    return { path: 'fragments', message: `should give a size and the hash of one file per ${String(size)} services.` };
  }
  if (!isFileRef(index.words)) return { path: 'words', message: 'should give the words file and its integrity.' };
  // Left out by builds made before there was a places file: "near" then goes by towns alone.
  if (index.places !== undefined && !isFileRef(index.places))
    return { path: 'places', message: 'should give the places file and its integrity.' };
  return undefined;
}

const NAME_HASH = new RegExp(NAME_HASH_PATTERN);

const isTerm = (term: unknown) => Array.isArray(term) && term.length === 2 && typeof term[0] === 'string' && typeof term[1] === 'string';

/** A file beside or below the index (no address of its own, no way up), with a sha384 integrity. */
export function isFileRef(ref: unknown): ref is BrowseFileRef {
  const { file, integrity } = (ref ?? {}) as Partial<BrowseFileRef>;
  return (
    typeof file === 'string' &&
    /^[\w-]+(?:\/[\w.-]+)*\.json$/.test(file) &&
    !file.includes('..') &&
    typeof integrity === 'string' &&
    /^sha384-[A-Za-z0-9+/]{64}$/.test(integrity)
  );
}
