import { parseArgs } from 'node:util';
import { nearest } from '@peer-support-kit/core';

/** A mistake in how the command was called (not in the data): exit code 2 and a hint. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Shown in `--help`, such as `<dir>`. */
  readonly value?: string;
  readonly description: string;
}

export interface CommandSpec {
  readonly name: string;
  /** One line, for the command list. */
  readonly summary: string;
  /** Positional arguments as shown in the usage line, such as `<file|dir…>`. */
  readonly args: string;
  /** The fewest positional arguments the command needs. */
  readonly minArgs: number;
  /** The most it takes (leave out for any number). */
  readonly maxArgs?: number;
  readonly flags: Readonly<Record<string, FlagSpec>>;
  /** Paragraphs after the flags: what it reads and writes, exit codes, examples. */
  readonly details: string;
}

const helpFlag: FlagSpec = { type: 'boolean', short: 'h', description: 'Show this help.' };

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  readonly help: boolean;
}

/**
 * Reads a command's flags. Unknown flags are named with the nearest known one suggested, a flag
 * that needs a value and has none says so, and the count of arguments is checked; each mistake
 * is a UsageError. `--help` wins over every other mistake, so help is always reachable.
 */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const flags: Record<string, FlagSpec> = { ...spec.flags, help: helpFlag };
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, flag]) => [name, { type: flag.type, ...(flag.short ? { short: flag.short } : {}) }]),
  );
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { values: {}, positionals: [], help: true };

  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const flag = flags[token.name];
    if (!flag) throw new UsageError(unknownFlag(spec, token.rawName, Object.keys(flags)));
    if (values[token.name] !== undefined) throw new UsageError(`${token.rawName} is given twice; give it once.`);
    if (flag.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value, but it was given "${token.value}".`);
      values[token.name] = true;
    } else {
      // parseArgs takes the next word as the value even when it is another flag (`--out --help`).
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
        throw new UsageError(`${token.rawName} needs a value: ${token.rawName} ${flag.value ?? '<value>'}.`);
      }
      values[token.name] = token.value;
    }
  }
  if (positionals.length < spec.minArgs) {
    throw new UsageError(`${spec.name} needs ${spec.args}; none ${spec.minArgs === 1 ? 'was' : 'were'} given.`);
  }
  if (spec.maxArgs !== undefined && positionals.length > spec.maxArgs) {
    throw new UsageError(
      `${spec.name} takes ${spec.args}, but ${positionals.length} were given: ${positionals.map((p) => `"${p}"`).join(', ')}.`,
    );
  }
  return { values, positionals, help: false };
}

function unknownFlag(spec: CommandSpec, raw: string, known: readonly string[]): string {
  const bare = raw.replace(/^-+/, '');
  const suggestion = nearest(
    bare,
    known.map((id) => ({ id })),
  );
  return `${spec.name} has no flag ${raw}${suggestion ? `; did you mean --${suggestion}?` : '.'}`;
}

/** The `--help` text of a command. */
export function helpText(spec: CommandSpec): string {
  const flags = { ...spec.flags, help: helpFlag };
  const rows = Object.entries(flags).map(([name, flag]) => {
    const left = `${flag.short ? `-${flag.short}, ` : '    '}--${name}${flag.value ? ` ${flag.value}` : ''}`;
    return [left, flag.description] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `Usage: peer-support ${spec.name} ${spec.args}${Object.keys(spec.flags).length ? ' [flags]' : ''}`,
    '',
    spec.summary,
    '',
    'Flags:',
    ...rows.map(([left, description]) => `  ${left.padEnd(width)}  ${description}`),
    '',
    spec.details.trim(),
    '',
  ].join('\n');
}
