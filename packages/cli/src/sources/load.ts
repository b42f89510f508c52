import type { Directory } from '@peer-support-kit/core';
import { inFileOrder, validate } from './check.js';
import type { Progress } from '../cli/progress.js';
import { collectSources, type SourceGroup, type SourcePath } from './collect.js';
import { readSource } from './read-source.js';
import type { LocatedProblem, Origin, SourceFile, SourceValue } from './types.js';

export { validate } from './check.js';

export interface LoadOptions {
  /** Replaces the directory's publishedAt (`build --published-at`). */
  readonly publishedAt?: string;
  readonly progress?: Progress;
}

/** One directory, read and validated. */
export interface LoadedDirectory {
  /** The folder or file it was read from, for messages. */
  readonly label: string;
  /** The directory folder, when it was read from one. */
  readonly folder?: string;
  /** False when no directory file was among the sources and the services were checked on their own. */
  readonly hasEnvelope: boolean;
  /** Every valid service; undefined when the directory could not be read at all. */
  readonly directory: Directory | undefined;
  /** Where each service came from, by id (valid services only). */
  readonly originOf: ReadonlyMap<string, Origin>;
  /** How many services the sources hold, valid or not. */
  readonly serviceCount: number;
}

export interface Loaded {
  readonly directories: readonly LoadedDirectory[];
  /** Every problem, errors and warnings, in file order. */
  readonly problems: readonly LocatedProblem[];
  readonly fileCount: number;
  readonly serviceCount: number;
}

/**
 * Reads sources and validates each directory they make up with core's parseDirectory (unknown
 * vocabulary words are errors: a maintainer must fix a typo, not lose the word). Every problem is
 * mapped back to the file, line and column it comes from.
 */
export function loadSources(args: readonly string[], cwd: string, options: LoadOptions = {}): Loaded {
  const collected = collectSources(args, cwd);
  const problems: LocatedProblem[] = [...collected.problems];
  const total = collected.groups.reduce((sum, group) => sum + group.files.length, 0) + collected.loose.length;
  const readOrder: string[] = [];
  const read = (source: SourcePath): SourceFile => {
    readOrder.push(source.shown);
    options.progress?.update(`reading ${readOrder.length} of ${total} files (${source.shown})`);
    const file = readSource(source);
    // One at a time: push(...list) overflows the stack on a list of tens of thousands.
    for (const item of file.problems) problems.push(item);
    return file;
  };

  const units: { group: Pick<SourceGroup, 'label' | 'folder'>; envelope?: SourceValue; services: SourceValue[]; unreadEnvelope?: true }[] =
    [];
  for (const group of collected.groups) {
    const files = group.files.map(read);
    const [own, ...rest] = files;
    for (const extra of rest.filter((file) => file.envelope)) {
      problems.push({
        severity: 'error',
        code: 'second_directory',
        path: '',
        where: 'document',
        file: extra.file,
        position: { line: 1, column: 1 },
        message: `holds a whole directory, but ${own!.file} already describes this one; a file under services/ holds one service or a list of services.`,
      });
    }
    // A directory.yaml that cannot be read has its own error; its services are still checked.
    const envelope = own?.envelope ? { envelope: own.envelope } : { unreadEnvelope: true as const };
    units.push({ group, ...envelope, services: files.flatMap((file) => file.services) });
  }
  const looseServices: SourceValue[] = [];
  for (const file of collected.loose.map(read)) {
    if (file.envelope) units.push({ group: { label: file.file }, envelope: file.envelope, services: [...file.services] });
    else for (const item of file.services) looseServices.push(item);
  }
  // Loose services join the one directory given with them; with none or several, they are checked on their own.
  if (looseServices.length > 0) {
    if (units.length === 1) for (const item of looseServices) units[0]!.services.push(item);
    else units.push({ group: { label: 'services' }, services: looseServices });
  }

  const directories = units.map(({ group, envelope, services, unreadEnvelope }) => {
    options.progress?.update(`checking ${services.length} services in ${group.label}`);
    const { directory, located } = validate(envelope, services, { ...options, quiet: unreadEnvelope === true });
    for (const item of located) problems.push(item);
    const originOf = new Map<string, Origin>();
    services.forEach((service) => {
      const id = (service.value as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !originOf.has(id)) originOf.set(id, service.origin);
    });
    return {
      label: group.label,
      ...(group.folder ? { folder: group.folder } : {}),
      hasEnvelope: Boolean(envelope),
      directory,
      originOf,
      serviceCount: services.length,
    };
  });
  return {
    directories,
    problems: inFileOrder(problems, readOrder),
    fileCount: readOrder.length,
    serviceCount: units.reduce((sum, unit) => sum + unit.services.length, 0),
  };
}
