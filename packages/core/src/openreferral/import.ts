import { parseDirectory } from '../directory/parse.js';
import { directorySchema, SCHEMA_VERSION, type Area, type Directory, type Publisher } from '../directory/schema.js';
import { describeValue } from '../validation/describe-issue.js';
import { WITHOUT_EVAL } from '../validation/parse-context.js';
import { formatPath, type Problem } from '../validation/problem.js';
import { AreaBook } from './import-context.js';
import { importService, type ImportedService } from './import-service.js';
import { isRecord, Item, Report } from './input.js';
import { isTabular } from './table-names.js';
import { Tabular } from './tabular.js';
import { nestedService, type ServiceView } from './views.js';

export interface FromOpenReferralOptions {
  /**
   * The directory's own fields, for data that does not carry our `about` header (any HSDS data
   * not exported by Peer Support Kit). Fields left out get placeholders, with a warning.
   */
  readonly directory?: {
    readonly id?: string;
    readonly title?: string;
    readonly description?: string;
    readonly publisher?: Publisher;
    readonly publishedAt?: string;
  };
}

export interface OpenReferralImport {
  /** The services that could be read, as a checked directory; `undefined` when the data could not be read at all. */
  readonly directory: Directory | undefined;
  /** Everything not carried over, and every check that failed, each with a path into the input. */
  readonly problems: readonly Problem[];
}

/**
 * Reads Open Referral / HSDS 3.0 data into a directory. Accepts a service (`service_full`), a
 * list of them, a page of an API's service list (`{ contents: [...] }`), or tabular data (one
 * array per table, named `service` or `services.csv`), including `toOpenReferral`'s own output,
 * which comes back exactly as it went out.
 *
 * Never throws. The result has passed `parseDirectory`, so it is a valid directory. Whatever
 * could not be carried over is a problem whose path points into the input
 * (`contents[0].schedules[1].byyearday`): a warning when only that part was left out, an error
 * when a whole service was. Terms of our taxonomy become our vocabulary terms again; terms of any
 * other taxonomy become tags.
 */
export function fromOpenReferral(data: unknown, options: FromOpenReferralOptions = {}): OpenReferralImport {
  const report = new Report();
  const fatal = (path: string, code: string, message: string): OpenReferralImport => ({
    directory: undefined,
    problems: [{ severity: 'error', path, code, message }],
  });

  let value = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch (error) {
      return fatal('', 'not_json', `The data is not valid JSON: ${(error as Error).message}`);
    }
  }

  let views: ServiceView[];
  let tabular: Tabular | undefined;
  const about = isRecord(value) && isRecord(value.about) ? value.about : undefined;
  if (Array.isArray(value)) {
    views = nestedList(value, [], report);
  } else if (!isRecord(value)) {
    return fatal(
      '',
      'not_open_referral',
      `The data should be Open Referral JSON (an object or a list), but it is ${describeValue(value)}.`,
    );
  } else if (typeof value.name === 'string') {
    // A service_full object (its lists of phones, schedules … look like tables, so this comes first).
    views = [nestedService(new Item(value, []), report)];
  } else if (Array.isArray(value.contents)) {
    views = nestedList(value.contents, ['contents'], report);
    const list = new Item(value, []);
    list.skip('contents', 'about', 'total_items', 'size', 'first_page', 'empty', 'page_number', 'total_pages', 'last_page');
    if (value.last_page === false || (typeof value.total_pages === 'number' && value.total_pages > 1)) {
      const page = `page ${String(value.page_number ?? '?')} of ${String(value.total_pages ?? '?')}`;
      report.warn('', 'partial_page', `is ${page}; only the services on this page were read. Fetch every page to import them all.`);
    }
    report.leftovers(list);
  } else if (isTabular(value)) {
    tabular = new Tabular(value, report, ['about']);
    views = tabular.services();
  } else if ('id' in value) {
    views = [nestedService(new Item(value, []), report)];
  } else {
    return fatal(
      '',
      'not_open_referral',
      'The data is not Open Referral services: expected a service, a list of services, a page with "contents", or tables such as "service" and "organization".',
    );
  }

  // Our header carries the directory's own fields; without it they are placeholders.
  const header = about && isRecord(about.directory) ? about.directory : undefined;
  const headerAreas = header && Array.isArray(header.areas) ? header.areas.filter(isArea) : [];
  const context = { report, ours: header !== undefined, areas: new AreaBook(headerAreas), serviceIds: new Set<string>() };
  const imported = views.flatMap((view, index) => importService(view, index, context) ?? []);
  tabular?.reportUnused();

  const envelope = header ?? placeholderEnvelope(views, options, report);
  const document = {
    ...envelope,
    // Areas named by service areas that the header does not list are added, not lost.
    areas: context.areas.made.length ? [...(Array.isArray(envelope.areas) ? envelope.areas : []), ...context.areas.made] : envelope.areas,
    services: imported.map((entry) => entry.service),
  };
  const parsed = parseDirectory(document);
  return {
    directory: parsed.directory,
    problems: [...report.problems, ...parsed.problems.map((problem) => toInputPath(problem, imported, header !== undefined))],
  };
}

function nestedList(items: readonly unknown[], prefix: ReadonlyArray<string | number>, report: Report): ServiceView[] {
  return items.flatMap((entry, index) => {
    if (isRecord(entry)) return [nestedService(new Item(entry, [...prefix, index]), report)];
    report.add(
      'error',
      formatPath([...prefix, index]),
      'not_object',
      `should be an Open Referral service (an object), but it is ${describeValue(entry)}, so it was left out.`,
    );
    return [];
  });
}

function isArea(value: unknown): value is Area {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string';
}

/**
 * The directory's fields for data without our header: from the options, or placeholders. The
 * publication date is the newest date the data gives (last_modified, assured_date), so entries
 * are not "reviewed in the future", or very old when it gives none.
 */
function placeholderEnvelope(views: readonly ServiceView[], options: FromOpenReferralOptions, report: Report): Record<string, unknown> {
  const given = options.directory ?? {};
  const dates = views
    .flatMap((view) => [view.item.value.last_modified, view.item.value.assured_date])
    .filter((date): date is string => typeof date === 'string')
    .map((date) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date))
    .filter((date) => directorySchema.shape.publishedAt.safeParse(date, WITHOUT_EVAL).success)
    .sort((a, b) => Date.parse(b) - Date.parse(a));
  const envelope = {
    schemaVersion: SCHEMA_VERSION,
    id: given.id ?? 'open-referral-import',
    title: given.title ?? 'Imported from Open Referral',
    ...(given.description ? { description: given.description } : {}),
    publisher: given.publisher ?? { name: 'Unknown publisher' },
    publishedAt: given.publishedAt ?? dates[0] ?? '1970-01-01T00:00:00Z',
  };
  const missing = (['id', 'title', 'publisher', 'publishedAt'] as const).filter((key) => given[key] === undefined);
  if (missing.length) {
    const placeholders = missing.map((key) => `${key}: ${JSON.stringify(envelope[key])}`).join('; ');
    report.warn(
      '',
      'placeholder',
      `has no Peer Support Kit header (about.directory), so these directory fields are placeholders: ${placeholders}. Set them before publishing.`,
    );
  }
  return envelope;
}

/**
 * `parseDirectory` names places in the directory it was given (`services[2].contact.website`);
 * the person importing needs the place in their data (`contents[2].url`). Each service recorded
 * where its fields came from; a field without a record of its own takes its nearest parent's.
 */
function toInputPath(problem: Problem, imported: readonly ImportedService[], ours: boolean): Problem {
  const match = /^services\[(\d+)\]\.?(.*)$/.exec(problem.path);
  const entry = match ? imported[Number(match[1])] : undefined;
  if (!match || !entry) {
    if (!ours || problem.path === '') return problem;
    return { ...problem, path: `about.directory${problem.path.startsWith('[') ? '' : '.'}${problem.path}` };
  }
  const field = match[2]!;
  let key = field;
  while (key && !entry.origins.has(key)) key = key.replace(/(?:\.[^.[\]]+|\[\d+\])$|^[^.[\]]+$/, '');
  const path = key ? entry.origins.get(key)! : entry.root;
  const message = key === field ? problem.message : `${field ? `(${field} in the directory) ` : ''}${problem.message}`;
  return { ...problem, path, message, service: entry.ref };
}
