import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseDirectory, type Directory, type Service } from '@peer-support-kit/core';

/**
 * A live directory (packages/directory-sussex, packages/directory-lambeth) read straight from its
 * sources, without the CLI: directory.yaml and one service a file under services/, put together
 * and parsed by core. Tests of the real directories take their expected figures from here, so
 * that adding, closing or correcting a real service does not break them.
 */
export interface LiveDirectory {
  readonly directory: Directory;
  /** Each service's file, as a path relative to the folder above the directory's (`directory-sussex/services/x.yaml`). */
  readonly fileOf: ReadonlyMap<string, string>;
  /** How many source files the CLI reads: directory.yaml and the service files. */
  readonly files: number;
}

export function readLive(dir: string): LiveDirectory {
  const names = readdirSync(path.join(dir, 'services'))
    .filter((name) => !name.startsWith('.'))
    .sort();
  const unread = names.filter((name) => !/\.(ya?ml|json)$/.test(name));
  if (unread.length) throw new Error(`readLive reads one service a YAML or JSON file; teach it to read ${unread.join(', ')}`);
  const read = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const services = names.map((name) => read(path.join(dir, 'services', name)));
  const result = parseDirectory({ ...read(path.join(dir, 'directory.yaml')), services });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (!result.directory || errors.length) throw new Error(`${dir} has errors: ${JSON.stringify(errors)}`);
  const fileOf = new Map(services.map((service, i) => [String(service.id), `${path.basename(dir)}/services/${names[i]}`]));
  return { directory: result.directory, fileOf, files: names.length + 1 };
}

/**
 * The newest date a source heard of the service running, or the service confirmed it: `2013`,
 * `2023-08` or a day. Worked out here from the fields, apart from the code under test.
 */
export function newestEvidence(service: Service): string | undefined {
  return [service.lastHeardOf, service.confirmedByService]
    .filter((date): date is string => !!date)
    .sort()
    .at(-1);
}

/** The last day a partial date covers, so it compares with days: `2013` → `2013-12-31`. */
export const lastDayOf = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

/** "no warnings", "1 warning", "4 warnings": how the CLI counts things in its summaries. */
export function counted(count: number, noun: string): string {
  return count === 0 ? `no ${noun}s` : `${count} ${noun}${count === 1 ? '' : 's'}`;
}
