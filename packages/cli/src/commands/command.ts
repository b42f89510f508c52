import type { CommandSpec, ParsedArgs } from '../cli/args.js';
import type { Io } from '../cli/io.js';

/** Exit codes: 0 done (warnings allowed), 1 the data has errors, 2 the command was called wrongly. */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

export interface Command {
  readonly spec: CommandSpec;
  run(args: ParsedArgs, io: Io): Promise<number> | number;
}
