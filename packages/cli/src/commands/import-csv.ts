import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError, type CommandSpec } from '../cli/args.js';
import { println } from '../cli/io.js';
import { startProgress } from '../cli/progress.js';
import { writeAtomically } from '../build/write-atomically.js';
import { countProblems, describeCounts, plural, printProblems } from '../report/problems.js';
import { displayPath, fileProblem, reason } from '../sources/collect.js';
import { readCsvFile } from '../sources/csv-file.js';
import { decodeSource } from '../sources/decode.js';
import { serviceToYaml } from '../csv/to-yaml.js';
import { validate } from '../sources/load.js';
import { EXIT, type Command } from './command.js';

const spec: CommandSpec = {
  name: 'import-csv',
  summary: 'Turn a spreadsheet export (CSV, one row a service) into YAML sources, one file a service.',
  args: '<file>',
  minArgs: 1,
  maxArgs: 1,
  flags: {
    out: { type: 'string', value: '<dir>', description: "The folder to write <id>.yaml files to, such as a directory's services/ folder." },
  },
  details: `
Start from the template: templates/services-template.csv in this package, with every column
explained in templates/README.md. One row a service; cells with several items separate them with
";". Vocabulary cells take ids, English labels or other common words, in any case ("Group",
"1:1", "PSW"); a word that is none of these is an error with the nearest term suggested.

Nothing is dropped in silence: a column the template does not have, cells beyond the header, or
a cell that cannot be read is an error, and with any error nothing is written. A file for a
service already in the folder is replaced; other files are left alone. Area ids are not checked
against a directory here: run validate on the directory folder after the import.

Exit code: 0 when the files are written, 1 when the spreadsheet has errors, 2 when called wrongly.

Example:
  peer-support import-csv export.csv --out packages/directory-sussex/services`,
};

export const importCsvCommand: Command = {
  spec,
  run({ positionals, values }, io) {
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('import-csv needs --out <dir>, the folder to write the YAML files to.');
    const absolute = path.resolve(io.cwd, positionals[0]!);
    const shown = displayPath(io.cwd, absolute);
    const progress = startProgress(io, 'import-csv');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      printProblems(io, [fileProblem(shown, 'unreadable', `cannot be read: ${reason(error)}.`)]);
      println(io, 'import-csv: nothing written: 1 error. Fix the errors above.');
      return EXIT.dataErrors;
    }
    progress.update('reading the rows');
    const decoded = decodeSource(shown, bytes);
    const sheet = decoded.text === undefined ? { services: [], problems: [] } : readCsvFile(shown, decoded.text);
    const { located } = validate(undefined, sheet.services);
    // That areas are not checked here is said in --help, not on every run.
    const problems = [...decoded.problems, ...sheet.problems, ...located.filter((problem) => problem.code !== 'no_directory_file')].sort(
      (a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0),
    );
    const counts = countProblems(problems);
    if (counts.errors > 0) {
      progress.done();
      printProblems(io, problems);
      println(
        io,
        `import-csv: nothing written: ${describeCounts(counts)} in ${plural(sheet.services.length, 'row')}. Fix the errors above.`,
      );
      return EXIT.dataErrors;
    }
    const files = new Map(
      sheet.services.map(({ value }) => [`${(value as { id: string }).id}.yaml`, serviceToYaml(value as Record<string, unknown>)] as const),
    );
    let written;
    try {
      written = writeAtomically(path.resolve(io.cwd, out), files);
    } catch (error) {
      progress.done();
      println(io, `import-csv: cannot write to ${out}: ${(error as Error).message}`);
      return EXIT.dataErrors;
    }
    progress.done();
    printProblems(io, problems);
    println(
      io,
      `import-csv: wrote ${plural(files.size, 'service')} to ${out} (${written.created.length} new, ${written.replaced.length} replaced), ${plural(counts.warnings, 'warning')}.`,
    );
    return EXIT.ok;
  },
};
