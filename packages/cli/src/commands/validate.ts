import type { CommandSpec } from '../cli/args.js';
import { println } from '../cli/io.js';
import { startProgress } from '../cli/progress.js';
import { countProblems, describeCounts, plural, printProblems } from '../report/problems.js';
import { loadSources } from '../sources/load.js';
import { EXIT, type Command } from './command.js';

const spec: CommandSpec = {
  name: 'validate',
  summary: 'Check directory sources and print every problem with its file, line and column.',
  args: '<file|dir…>',
  minArgs: 1,
  flags: {},
  details: `
Reads YAML (.yaml, .yml), JSON (.json) and CSV (.csv) sources. A file may hold one service, a list
of services, or a whole directory. A directory folder holds directory.yaml (the directory's id,
title, publisher, publishedAt and areas) and services/, one service a file.

Each problem is printed as
  file:line:column: severity path: message
Unknown vocabulary words are errors, with the nearest known word suggested.

Exit code: 0 when there are no errors (warnings are allowed), 1 when there are errors, 2 when the
command is called wrongly.

Examples:
  peer-support validate packages/directory-sussex
  peer-support validate services/capital-inpatient.yaml
  peer-support validate spreadsheet.csv`,
};

export const validateCommand: Command = {
  spec,
  run({ positionals }, io) {
    const progress = startProgress(io, 'validate');
    const loaded = loadSources(positionals, io.cwd, { progress });
    progress.done();
    printProblems(io, loaded.problems);
    const counts = countProblems(loaded.problems);
    println(
      io,
      `validate: ${describeCounts(counts)} in ${plural(loaded.serviceCount, 'service')} from ${plural(loaded.fileCount, 'file')}` +
        (counts.errors > 0 ? '. Fix the errors above.' : '.'),
    );
    return counts.errors > 0 ? EXIT.dataErrors : EXIT.ok;
  },
};
