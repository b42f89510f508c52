import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Written {
  /** Files that did not exist before. */
  readonly created: readonly string[];
  /** Files that were replaced. */
  readonly replaced: readonly string[];
}

/**
 * Writes files into a folder all together or not at all: they are written into a temporary
 * folder beside them first, then moved into place. A new folder is moved in whole; into an
 * existing folder each file is renamed over the old one, and other files there are left alone.
 * Nothing is written to the folder until every file is on disk.
 */
export function writeAtomically(folder: string, files: ReadonlyMap<string, string>): Written {
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw new Error(`${folder} is a file, not a folder.`);
  const exists = existsSync(folder);
  const parent = exists ? folder : path.dirname(folder);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(path.join(parent, `.${path.basename(folder)}.peer-support-`));
  const created: string[] = [];
  const replaced: string[] = [];
  try {
    for (const [name, text] of files) {
      // Names may have a folder (browse/…): made in the staging folder, and in place before moving.
      mkdirSync(path.dirname(path.join(staging, name)), { recursive: true });
      writeFileSync(path.join(staging, name), text);
    }
    if (!exists) {
      renameSync(staging, folder);
      return { created: [...files.keys()], replaced };
    }
    for (const name of files.keys()) {
      (existsSync(path.join(folder, name)) ? replaced : created).push(name);
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      renameSync(path.join(staging, name), path.join(folder, name));
    }
    return { created, replaced };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
