import { slugify, type PathSegment } from '@peer-support-kit/core';
import type { Column } from './columns.js';
import { parseSession } from './sessions.js';
import { readPartialDate, readUkDate } from './dates.js';
import { termId } from './terms.js';

/** A problem found while reading one cell. */
export interface CellProblem {
  readonly column: Column;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
}

export interface RowResult {
  readonly service: Record<string, unknown>;
  readonly problems: readonly CellProblem[];
}

/** The items of a list cell: separated by `;`, trimmed, empty ones skipped. */
export const items = (cell: string) =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const BOOLEANS: Record<string, boolean> = { yes: true, y: true, true: true, '1': true, no: false, n: false, false: false, '0': false };

/**
 * One spreadsheet row → a service as it would be written in YAML. Cells are turned into the
 * types the schema expects where the reading is certain (yes → true, "Group" → `group`); a cell
 * that cannot be read is kept as written, so the directory's own validation names it with the
 * field, the expected form and a suggestion. Empty cells leave their field out.
 */
export function rowToService(cells: ReadonlyMap<Column, string>): RowResult {
  // The organisation is always present, so an empty organisation_name is named as that column.
  const service: Record<string, unknown> = { organisation: {} };
  const problems: CellProblem[] = [];
  const problem = (column: Column, message: string, code = 'bad_cell', severity: 'error' | 'warning' = 'error') =>
    problems.push({ column, severity, code, message });

  for (const [column, raw] of cells) {
    const cell = raw.trim();
    if (cell === '') continue;
    const value = readCell(column, cell, (message) => problem(column, message));
    if (value !== undefined) setIn(service, column.path, value);
  }

  const locations = service.locations as Record<string, unknown>[] | undefined;
  if (locations?.[0]) {
    const place = locations[0];
    // One location a row; its id is made from its name or town, which a row cannot repeat.
    locations[0] = { id: slugify(String(place.name ?? place.town ?? '')) || 'main', ...place };
  }
  if (service.id === undefined && typeof service.name === 'string' && slugify(service.name) !== '') {
    const id = slugify(service.name);
    const idColumn = [...cells.keys()].find((column) => column.name === 'id');
    service.id = id;
    if (idColumn)
      problem(
        idColumn,
        `is empty, so the id "${id}" was made from the name; write it in the id column to keep it if the name changes.`,
        'id_from_name',
        'warning',
      );
  }
  return { service: ordered(service), problems };
}

function readCell(column: Column, cell: string, fail: (message: string) => void): unknown {
  switch (column.kind) {
    case 'text':
    case 'slug':
      return cell;
    case 'slugs': {
      if (commaSeparated(cell, (item) => item !== ''))
        return separatorProblem(
          cell,
          cell.split(/[;,]/).map((item) => slugify(item) || item.trim()),
          fail,
        );
      return items(cell).map((item) => (/^[a-z0-9-]+$/.test(item) ? item : slugify(item) || item));
    }
    case 'list':
    case 'lines':
      return items(cell);
    case 'term':
      return termId(column.vocab!, cell) ?? cell;
    case 'terms': {
      const vocab = column.vocab!;
      // "Group, drop-in": each word is a term, but a comma does not separate items.
      if (commaSeparated(cell, (item) => termId(vocab, item) !== undefined)) {
        return separatorProblem(
          cell,
          cell.split(/[;,]/).map((item) => termId(vocab, item)!),
          fail,
        );
      }
      return items(cell).map((item) => termId(vocab, item) ?? item);
    }
    case 'date':
    case 'partial-date': {
      const reading = column.kind === 'date' ? readUkDate(cell) : readPartialDate(cell);
      if ('date' in reading) return reading.date;
      fail(reading.problem);
      return undefined;
    }
    case 'boolean':
      return BOOLEANS[cell.toLowerCase()] ?? cell;
    case 'integer':
      return /^-?\d+$/.test(cell) ? Number(cell) : cell;
    case 'number':
      // Excel in much of Europe writes a decimal comma (50,8179); no number column holds thousands.
      return /^-?\d+(?:[.,]\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : cell;
    case 'sessions': {
      const sessions = items(cell).map(parseSession);
      const errors = sessions.filter((session): session is string => typeof session === 'string');
      errors.forEach(fail);
      return errors.length > 0 ? undefined : sessions;
    }
    case 'sources':
      return items(cell).map((item) => {
        const [title, ...rest] = item.split('|').map((part) => part.trim());
        const url = rest.find((part) => /^[a-z][a-z0-9+.-]*:/i.test(part));
        const date = rest.filter((part) => part !== url && part !== '').join(' | ');
        return { title, ...(url ? { url } : {}), ...(date ? { date } : {}) };
      });
    case 'links': {
      const links = items(cell).map((item) => {
        const bar = item.lastIndexOf('|');
        if (bar < 0) return `"${item}" needs a label and a link, as "Referral form | https://example.org/refer".`;
        return { label: item.slice(0, bar).trim(), url: item.slice(bar + 1).trim() };
      });
      const errors = links.filter((link): link is string => typeof link === 'string');
      errors.forEach(fail);
      return errors.length > 0 ? undefined : links;
    }
  }
}

/**
 * Whether a list cell was written with commas between its items: an item holds a comma, it is not
 * itself an item (some labels hold commas), and every part between the commas is one.
 */
function commaSeparated(cell: string, isItem: (item: string) => boolean): boolean {
  return items(cell).some((item) => item.includes(',') && !isItem(item) && item.split(',').every((part) => isItem(part.trim())));
}

function separatorProblem(cell: string, fixed: readonly string[], fail: (message: string) => void): undefined {
  fail(`"${cell}" separates its items with commas; separate them with ; (a semicolon), as in "${fixed.join('; ')}".`);
  return undefined;
}

function setIn(target: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((segment, index) => {
    if (index === path.length - 1) {
      node[segment] = value;
      return;
    }
    const next = path[index + 1];
    node[segment] ??= typeof next === 'number' ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
}

/** The fields in the order a service is written in YAML (the template's column order). */
const ORDER = [
  'id',
  'name',
  'kind',
  'summary',
  'description',
  'organisation',
  'provision',
  'formats',
  'settings',
  'experiences',
  'communities',
  'transitions',
  'tags',
  'areas',
  'locations',
  'onlineOnly',
  'schedule',
  'referral',
  'eligibility',
  'ageRange',
  'cost',
  'costNote',
  'accessibility',
  'languages',
  'contact',
  'charters',
  'activePartner',
  'operatorConfirmed',
  'lastHeardOf',
  'confirmedByService',
  'status',
  'statusNote',
  'notice',
  'lastReviewed',
  'sources',
];

function ordered(service: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return Object.fromEntries(Object.entries(service).sort(([a], [b]) => rank(a) - rank(b)));
}
