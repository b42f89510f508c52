// The directory workbench's library: everything `peer-support validate` and `build` do, for files
// a maintainer drops on a web page, with nothing uploaded. Bundled for the browser as
// dist-workbench/workbench.js (see vite.workbench.config.ts).
import { manifestFile, publishedFiles } from '../build/published.js';
import type { CheckedFiles } from './check-files.js';

export { checkFiles, type CheckedFiles, type DroppedFile } from './check-files.js';
export { formatLocated, countProblems, describeCounts } from '../report/problems.js';
export type { LocatedProblem } from '../sources/types.js';

/**
 * The files `peer-support build` would publish from these sources, byte for byte, by name.
 * `sha384` hashes a file's text (SubtleCrypto in a browser is asynchronous, hence the promise).
 */
export async function publish(checked: CheckedFiles, sha384: (text: string) => Promise<string>): Promise<Map<string, string>> {
  if (!checked.directory || checked.problems.some((problem) => problem.severity === 'error')) {
    throw new Error('The sources have errors: nothing can be published until they are fixed.');
  }
  // The browse form names its files by their hash, which is asynchronous here: make the files once
  // to learn what to hash (a fragment's text never depends on a hash), then again with the hashes.
  const hashes = new Map<string, string>();
  const toHash = new Set<string>();
  publishedFiles(checked.directory, (text) => (toHash.add(text), `sha384-${'A'.repeat(64)}`));
  for (const text of toHash) hashes.set(text, await sha384(text));
  const files = publishedFiles(checked.directory, (text) => hashes.get(text)!);
  for (const text of files.values()) if (!hashes.has(text)) hashes.set(text, await sha384(text));
  const encoder = new TextEncoder();
  const records = new Map([...files].map(([name, text]) => [name, { bytes: encoder.encode(text).length, integrity: hashes.get(text)! }]));
  const warnings = checked.problems.length;
  files.set(
    'manifest.json',
    manifestFile(checked.directory, { warnings, ...(checked.version ? { version: checked.version } : {}) }, records),
  );
  return files;
}
