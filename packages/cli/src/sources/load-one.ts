import type { Directory } from '@peer-support-kit/core';
import { loadSources, type Loaded, type LoadedDirectory, type LoadOptions } from './load.js';
import type { LocatedProblem } from './types.js';

export type LoadedOne =
  | {
      readonly ok: true;
      readonly one: LoadedDirectory & { readonly directory: Directory };
      readonly problems: readonly LocatedProblem[];
      readonly loaded: Loaded;
    }
  | { readonly ok: false; readonly problems: readonly LocatedProblem[]; readonly loaded: Loaded };

const sourcesProblem = (message: string): LocatedProblem => ({ severity: 'error', code: 'sources', path: '', where: 'sources', message });

/**
 * For commands that work on one directory (build, coverage, stale): the sources must make exactly
 * one directory, with its directory file, and no errors.
 */
export function loadOneDirectory(args: readonly string[], cwd: string, options: LoadOptions = {}): LoadedOne {
  const loaded = loadSources(args, cwd, options);
  const problems = [...loaded.problems];
  const { directories } = loaded;
  if (directories.length > 1) {
    problems.push(
      sourcesProblem(
        `these sources make ${directories.length} directories (${directories.map((d) => d.label).join(', ')}); give one at a time.`,
      ),
    );
  } else if (directories.length === 1 && !directories[0]!.hasEnvelope && !directories[0]!.folder) {
    // (A folder's directory.yaml that cannot be read has an error of its own.)
    problems.push(
      sourcesProblem(
        'no directory file was given: give a directory folder (with directory.yaml and services/) or a file holding a whole directory.',
      ),
    );
  } else if (directories.length === 0 && !problems.some((problem) => problem.severity === 'error')) {
    problems.push(sourcesProblem('the sources hold no directory.'));
  }
  const one = directories[0];
  if (problems.some((problem) => problem.severity === 'error') || !one?.directory) return { ok: false, problems, loaded };
  return { ok: true, one: one as LoadedDirectory & { directory: Directory }, problems, loaded };
}
