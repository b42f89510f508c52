import * as fs from 'node:fs';
import path from 'node:path';
import type { OutputFile } from './published.js';

export interface Written {
  /** Files that did not exist before. */
  readonly created: readonly string[];
  /** Files that were replaced. */
  readonly replaced: readonly string[];
}

/** The file system calls writing makes: node:fs, or a test's that fails on the nth. */
export type FileOps = Pick<
  typeof fs,
  'existsSync' | 'statSync' | 'mkdirSync' | 'mkdtempSync' | 'openSync' | 'writeSync' | 'closeSync' | 'renameSync' | 'rmSync'
>;

/** Files by name with their text, or files whose text comes in parts, each made as it is read. */
export type Files = ReadonlyMap<string, string> | Iterable<OutputFile>;

/**
 * A file's parts are gathered into pieces of about this many characters before they are written:
 * enough for few writes, and small enough to be let go young. (A piece of a megabyte would go
 * straight to where the garbage collector looks only now and then, and a national directory's
 * gigabyte of them would grow the heap by as much before it looked.)
 */
const PIECE = 1 << 14;

/** Written last: whoever reads it (a CDN, a partner's check) finds every file it names in place. */
const LAST = 'manifest.json';

/**
 * Writes files into a folder all together or not at all. They are written into a temporary
 * folder beside them first; a new folder is then moved in whole. Into an existing folder each
 * file is moved over the old one (manifest.json last), the old one kept aside until all are in:
 * if any step fails, the files moved so far are put back as they were, so the folder never
 * holds a mix of old and new files (a manifest whose integrity disagrees with a file). Other
 * files there are left alone. The error says what failed, and that nothing was changed; its
 * `cause` is the error that stopped it (one thrown in making a file's parts, too).
 */
export function writeAtomically(folder: string, files: Files, ops: FileOps = fs): Written {
  try {
    return write(folder, outputsOf(files), ops);
  } catch (error) {
    if (error instanceof Told) throw error;
    throw new Told(`${(error as Error).message} Nothing was changed.`, false, error);
  }
}

const outputsOf = (files: Files): Iterable<OutputFile> =>
  files instanceof Map
    ? [...(files as ReadonlyMap<string, string>)].map(([name, text]) => ({ name, parts: [text] }))
    : (files as Iterable<OutputFile>);

function write(folder: string, files: Iterable<OutputFile>, ops: FileOps): Written {
  const exists = ops.existsSync(folder);
  if (exists && !ops.statSync(folder).isDirectory()) throw new Error(`${folder} is a file, not a folder.`);
  const parent = exists ? folder : path.dirname(folder);
  ops.mkdirSync(parent, { recursive: true });
  const staging = ops.mkdtempSync(path.join(parent, `.${path.basename(folder)}.peer-support-`));
  let keep = false;
  try {
    ops.mkdirSync(path.join(staging, 'new'));
    const names: string[] = [];
    for (const { name, parts } of files) {
      // Before anything is moved, as each name comes: the files are made only as they are written.
      if (exists) checkInTheWay(folder, name, ops);
      // Names may have a folder (browse/…): made in the staging folder, and in place before moving.
      ops.mkdirSync(path.dirname(path.join(staging, 'new', name)), { recursive: true });
      writeParts(path.join(staging, 'new', name), parts, ops);
      names.push(name);
    }
    if (!exists) {
      ops.renameSync(path.join(staging, 'new'), folder);
      return { created: names, replaced: [] };
    }
    return moveIn(folder, staging, names, ops);
  } catch (error) {
    keep = error instanceof Told && error.keep;
    throw error;
  } finally {
    // Old files that could not be put back stay where the message says. A staging folder that
    // cannot be removed is left (hidden, named for us): what was written stands either way.
    try {
      if (!keep) ops.rmSync(staging, { recursive: true, force: true });
    } catch {
      // left as it is
    }
  }
}

/** A file's parts, written as they come (one write for a file in one part). */
function writeParts(file: string, parts: Iterable<string>, ops: FileOps): void {
  const fd = ops.openSync(file, 'w');
  try {
    let piece: string[] = [];
    let length = 0;
    const flush = () => {
      const bytes = Buffer.from(piece.join(''), 'utf8');
      for (let written = 0; written < bytes.length;) written += ops.writeSync(fd, bytes, written);
      piece = [];
      length = 0;
    };
    for (const part of parts) {
      piece.push(part);
      length += part.length;
      if (length >= PIECE) flush();
    }
    if (length > 0) flush();
  } finally {
    ops.closeSync(fd);
  }
}

/** A folder (or a file where a folder must be) in the way of a file fails before anything moves. */
function checkInTheWay(folder: string, name: string, ops: FileOps): void {
  const target = path.join(folder, name);
  if (ops.existsSync(target) && ops.statSync(target).isDirectory()) {
    throw new Error(`${name} is a folder in ${folder}, where the file ${name} must go.`);
  }
  for (let dir = path.dirname(name); dir !== '.'; dir = path.dirname(dir)) {
    const at = path.join(folder, dir);
    if (ops.existsSync(at) && !ops.statSync(at).isDirectory()) {
      throw new Error(`${dir} is a file in ${folder}, where the folder for ${name} must go.`);
    }
  }
}

/** Moves each staged file over its old one, keeping the old aside; on failure, puts all back. */
function moveIn(folder: string, staging: string, written: readonly string[], ops: FileOps): Written {
  const names = [...written].sort((a, b) => Number(a === LAST) - Number(b === LAST));
  const moved: Array<{ readonly name: string; readonly old?: string; placed: boolean }> = [];
  try {
    for (const name of names) {
      const target = path.join(folder, name);
      ops.mkdirSync(path.dirname(target), { recursive: true });
      const step: (typeof moved)[number] = { name, placed: false };
      if (ops.existsSync(target)) {
        const old = path.join(staging, 'old', name);
        ops.mkdirSync(path.dirname(old), { recursive: true });
        ops.renameSync(target, old);
        Object.assign(step, { old });
      }
      moved.push(step);
      ops.renameSync(path.join(staging, 'new', name), target);
      step.placed = true;
    }
  } catch (error) {
    const notRestored = putBack(folder, moved, ops);
    const what = (error as Error).message;
    if (notRestored.length) {
      const kept = path.join(staging, 'old');
      throw new Told(
        `${what} Then ${notRestored.join(', ')} could not be put back as they were (the old files are in ${kept}): write again.`,
        true,
      );
    }
    throw new Told(`${what} Nothing was changed.`);
  }
  return {
    created: moved.filter((step) => !step.old).map((step) => step.name),
    replaced: moved.filter((step) => step.old).map((step) => step.name),
  };
}

/** An error whose message says what became of the folder; `keep`: old files are still in the staging folder. */
class Told extends Error {
  constructor(
    message: string,
    readonly keep = false,
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

/** Undoes `moved`, last first: the names of any files it could not restore. */
function putBack(
  folder: string,
  moved: ReadonlyArray<{ readonly name: string; readonly old?: string; readonly placed: boolean }>,
  ops: FileOps,
): string[] {
  const failed: string[] = [];
  for (const step of [...moved].reverse()) {
    const target = path.join(folder, step.name);
    try {
      if (step.old) ops.renameSync(step.old, target);
      else if (step.placed) ops.rmSync(target, { force: true });
    } catch {
      failed.push(step.name);
    }
  }
  return failed;
}
