import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError, type CommandSpec } from '../cli/args.js';
import { println } from '../cli/io.js';
import { startProgress } from '../cli/progress.js';
import { buildParts, NotMade } from '../build/outputs.js';
import { publishedDirectory } from '../build/published.js';
import { readUkDate } from '../csv/dates.js';
import { writeAtomically } from '../build/write-atomically.js';
import { countProblems, describeCounts, plural, printProblems } from '../report/problems.js';
import { displayPath } from '../sources/collect.js';
import { loadOneDirectory } from '../sources/load-one.js';
import type { LoadOptions } from '../sources/load.js';
import { EXIT, type Command } from './command.js';

const ISO_DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

const spec: CommandSpec = {
  name: 'build',
  summary: 'Validate the sources and write the files a CDN serves, or write nothing at all.',
  args: '<sources…>',
  minArgs: 1,
  flags: {
    out: { type: 'string', value: '<dir>', description: 'The folder to write the files to (made if missing).' },
    'published-at': {
      type: 'string',
      value: '<date>',
      description:
        "Publication date (2026-11-22 or 22/11/2026: midnight UTC that day) or date and time (2026-11-22T09:00:00Z); default: the directory's publishedAt.",
    },
  },
  details: `
Writes into the --out folder:
  directory.json         the directory, services by name (the order pages list them)
  directory.schema.json  its JSON Schema
  openreferral.json      the Open Referral UK / HSDS 3.0 export
  coverage.json          areas × kind of support, community and transition point, with the gaps
  directory.html         every service as a plain page, by area, with crisis help first: for
                         browsers that cannot run the elements' script (no script, font or image)
  browse.json, browse/   the same services for browsing at scale: an index of what search and
                         filters need, the rest in fragments named by their content's hash
                         (give browse.json as src to <peer-support-directory> for a large directory)
  manifest.json          version, publishedAt, counts, and each file's size and sha384 integrity

With any error nothing is written and the folder is left as it was. The same sources give the
same bytes: publishedAt comes from the sources or --published-at, never from the clock.
Other files in the folder are left alone. The version is the version in package.json beside
directory.yaml, when there is one.

Exit code: 0 when the files are written, 1 when the sources have errors, 2 when called wrongly.

Example:
  peer-support build packages/directory-sussex --out packages/directory-sussex`,
};

export const buildCommand: Command = {
  spec,
  run({ positionals, values }, io) {
    const out = values.out as string | undefined;
    const publishedAt = readPublishedAt(values['published-at'] as string | undefined);
    if (!out) throw new UsageError('build needs --out <dir>, the folder to write the files to.');
    const progress = startProgress(io, 'build');
    const result = loadForBuild(positionals, io.cwd, { progress, ...(publishedAt ? { publishedAt } : {}) });
    const counts = countProblems(result.problems);
    if (!result.directory) {
      progress.done();
      printProblems(io, result.problems);
      println(io, `build: nothing written: ${describeCounts(counts)}. Fix the errors above.`);
      return EXIT.dataErrors;
    }
    progress.update(`making and writing the files to ${out}`);
    const { directory, folder } = result;
    const version = folder ? packageVersion(folder) : undefined;
    const target = path.resolve(io.cwd, out);
    let written;
    try {
      // Each file is made as it is written, so a national directory is never held as text whole.
      written = writeAtomically(target, buildParts(directory, { warnings: counts.warnings, ...(version ? { version } : {}) }));
    } catch (error) {
      progress.done();
      const { cause, message } = error as Error;
      if (cause instanceof NotMade) println(io, `build: nothing written: ${cause.message}`);
      else println(io, `build: cannot write to ${out}: ${message}`);
      return EXIT.dataErrors;
    }
    progress.done();
    printProblems(io, result.problems);
    println(
      io,
      `build: wrote ${plural(written.created.length + written.replaced.length, 'file')} to ${displayPath(io.cwd, target)} ` +
        `(${plural(directory.services.length, 'service')}, ${plural(counts.warnings, 'warning')}).`,
    );
    return EXIT.ok;
  },
};

/**
 * The sources, read and checked, and only what build needs of them, so the rest can go while
 * the files are made: not where each service came from (that holds every source's text, a
 * national directory's hundreds of megabytes), nor the directory as read, only as published.
 * The directory is there only when there are no errors.
 */
function loadForBuild(args: readonly string[], cwd: string, options: LoadOptions) {
  const result = loadOneDirectory(args, cwd, options);
  const directory = result.ok ? publishedDirectory(result.one.directory) : undefined;
  return { problems: result.problems, directory, folder: result.ok ? result.one.folder : undefined };
}

/** `--published-at`: a date and time as it is, or a day (as a UK spreadsheet writes it too) at midnight UTC. */
function readPublishedAt(value: string | undefined): string | undefined {
  if (value === undefined || ISO_DATE_TIME.test(value)) return value;
  const reading = readUkDate(value);
  if ('date' in reading) return `${reading.date}T00:00:00Z`;
  throw new UsageError(`--published-at ${reading.problem} A time may follow, as in 2026-11-22T09:00:00Z.`);
}

/** The version of the npm package a directory folder is, if it is one. */
function packageVersion(folder: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}
