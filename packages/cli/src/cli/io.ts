/**
 * Where a command writes. Commands never touch `process` directly, so tests can run them in
 * process and read exactly what a person would see.
 */
export interface Io {
  /** The folder relative paths are read from and printed against. */
  readonly cwd: string;
  /** Writes to standard output (reports, problems, the summary line). */
  stdout(chunk: string): void;
  /** Writes to standard error (usage errors, progress). */
  stderr(chunk: string): void;
  /** Standard error is a terminal, so a progress line can be redrawn in place. */
  readonly interactive: boolean;
  /** How long a run goes before it shows progress, in milliseconds. */
  readonly progressDelayMs: number;
  /** Today, for `stale`; tests pass a fixed date. */
  now(): Date;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    interactive: Boolean(process.stderr.isTTY),
    progressDelayMs: 700,
    now: () => new Date(),
  };
}

export const println = (io: Io, line = '') => io.stdout(`${line}\n`);
export const eprintln = (io: Io, line = '') => io.stderr(`${line}\n`);
