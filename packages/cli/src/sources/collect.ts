import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LocatedProblem } from './types.js';
import type { Role } from './classify.js';
import { fileProblem } from './problem.js';

export { fileProblem } from './problem.js';

import { ENVELOPE_NAMES } from './names.js';

export { ENVELOPE_NAMES } from './names.js';
const SOURCE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.csv']);

export interface SourcePath {
  /** The absolute path. */
  readonly absolute: string;
  /** As shown in messages: relative to the working folder. */
  readonly shown: string;
  readonly role: Role;
}

/**
 * One directory, as the arguments name it: a directory folder (its `directory.yaml` and every
 * file under `services/`), or a file holding a whole directory. Loose service files (a service,
 * a list, a CSV) are a group with no folder of their own.
 */
export interface SourceGroup {
  /** The folder or file that names the directory, for messages. */
  readonly label: string;
  /** The folder, when the group is a directory folder. */
  readonly folder?: string;
  readonly files: readonly SourcePath[];
}

export interface Collected {
  readonly groups: readonly SourceGroup[];
  /** Loose files, not inside a directory folder. */
  readonly loose: readonly SourcePath[];
  readonly problems: readonly LocatedProblem[];
}

/**
 * Turns command-line arguments into source files. A folder with a `directory.yaml` is a
 * directory folder; any other folder is searched for YAML, JSON and CSV files. Files with other
 * extensions in a services folder are named in a warning, never skipped in silence.
 */
export function collectSources(args: readonly string[], cwd: string): Collected {
  const groups: SourceGroup[] = [];
  const loose: SourcePath[] = [];
  const problems: LocatedProblem[] = [];
  const shown = (absolute: string) => displayPath(cwd, absolute);
  const source = (absolute: string, role: Role = 'any'): SourcePath => ({ absolute, shown: shown(absolute), role });

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stats = statOrProblem(absolute, arg, problems);
    if (!stats) continue;
    if (stats.isFile()) {
      loose.push(source(absolute));
      continue;
    }
    const envelope = ENVELOPE_NAMES.map((name) => path.join(absolute, name)).find(isFile);
    if (!envelope) {
      const files = walk(absolute, problems, shown);
      if (files.length === 0) problems.push(fileProblem(arg, 'no_sources', 'holds no YAML, JSON or CSV files, and no directory.yaml.'));
      loose.push(...files.map((file) => source(file)));
      continue;
    }
    const servicesFolder = path.join(absolute, 'services');
    const services = isFolder(servicesFolder) ? walk(servicesFolder, problems, shown) : [];
    groups.push({
      label: shown(absolute),
      folder: absolute,
      files: [source(envelope, 'envelope'), ...services.map((file) => source(file))],
    });
  }
  return { groups, loose, problems };
}

/** Source files under a folder, sorted by path so every run reads them in the same order. */
function walk(folder: string, problems: LocatedProblem[], shown: (absolute: string) => string): string[] {
  const found: string[] = [];
  const visit = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      problems.push(fileProblem(shown(current), 'unreadable', `cannot be read: ${reason(error)}.`));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (SOURCE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) found.push(full);
      else problems.push(fileProblem(shown(full), 'not_a_source', 'is not a YAML, JSON or CSV file, so it was not read.', 'warning'));
    }
  };
  visit(folder);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function statOrProblem(absolute: string, arg: string, problems: LocatedProblem[]) {
  try {
    return statSync(absolute);
  } catch (error) {
    problems.push(fileProblem(arg, 'unreadable', `cannot be read: ${reason(error)}.`));
    return undefined;
  }
}

const isFile = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

const isFolder = (folder: string) => {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
};

/** A path as messages show it: relative to the working folder, unless the absolute path is shorter. */
export function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute) || '.';
  return relative.startsWith('..') && absolute.length < relative.length ? absolute : relative;
}

/** Plain words for a file system error. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'there is no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return (error as Error).message;
  }
}
