import { nearest } from '@peer-support-kit/core';
import { helpText, parseCommandArgs, UsageError } from './cli/args.js';
import { eprintln, println, processIo, type Io } from './cli/io.js';
import { buildCommand } from './commands/build.js';
import { EXIT, type Command } from './commands/command.js';
import { coverageCommand } from './commands/coverage.js';
import { importCsvCommand } from './commands/import-csv.js';
import { staleCommand } from './commands/stale.js';
import { validateCommand } from './commands/validate.js';
import { cliVersion } from './version.js';

export const commands: readonly Command[] = [validateCommand, buildCommand, importCsvCommand, coverageCommand, staleCommand];

function overview(): string {
  const width = Math.max(...commands.map((command) => command.spec.name.length));
  return [
    'Usage: peer-support <command> [arguments] [flags]',
    '',
    'Validate, build and report on peer support directories.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.spec.name.padEnd(width)}  ${command.spec.summary}`),
    '',
    'Run "peer-support <command> --help" for the arguments and flags of each.',
    'Exit codes: 0 done (warnings allowed), 1 errors in the data, 2 the command was called wrongly.',
    '',
  ].join('\n');
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(overview());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const about = commands.find((command) => command.spec.name === rest[0]);
    io.stdout(about ? helpText(about.spec) : overview());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    println(io, cliVersion());
    return EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.spec.name === name);
  try {
    if (!command) {
      const suggestion = nearest(
        name,
        commands.map((candidate) => ({ id: candidate.spec.name })),
      );
      throw new UsageError(`"${name}" is not a command${suggestion ? `; did you mean ${suggestion}?` : '.'}`);
    }
    const args = parseCommandArgs(command.spec, rest);
    if (args.help) {
      io.stdout(helpText(command.spec));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    eprintln(io, `peer-support${command ? ` ${command.spec.name}` : ''}: ${error.message}`);
    eprintln(io, `Run "peer-support ${command ? `${command.spec.name} ` : ''}--help" for usage.`);
    return EXIT.usage;
  }
}
