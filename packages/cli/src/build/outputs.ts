import { createHash } from 'node:crypto';
import type { Directory } from '@peer-support-kit/core';
import { manifestFile, publishedFiles, type BuildInfo } from './published.js';

export type { BuildInfo } from './published.js';

export interface BuildOutputs {
  /** File name → contents, in the order they are listed in the manifest. */
  readonly files: ReadonlyMap<string, string>;
}

/** Everything `build` publishes, made in memory first so that nothing is written if anything fails. */
export function buildOutputs(directory: Directory, info: BuildInfo): BuildOutputs {
  const files = publishedFiles(directory, integrity);
  files.set('manifest.json', manifestFile(directory, info, files, integrity));
  return { files };
}

export const integrity = (text: string) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
