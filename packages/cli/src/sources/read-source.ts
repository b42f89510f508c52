import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvFile } from './csv-file.js';
import { fileProblem, reason, type SourcePath } from './collect.js';
import { readStructuredFile } from './yaml-file.js';
import type { SourceFile } from './types.js';

/** Reads one source file by its extension: `.yaml`/`.yml`, `.json` or `.csv`. */
export function readSource(source: SourcePath): SourceFile {
  let text: string;
  try {
    text = readFileSync(source.absolute, 'utf8');
  } catch (error) {
    return { file: source.shown, services: [], problems: [fileProblem(source.shown, 'unreadable', `cannot be read: ${reason(error)}.`)] };
  }
  const extension = path.extname(source.absolute).toLowerCase();
  if (extension === '.csv') {
    if (source.role === 'envelope') {
      return { file: source.shown, services: [], problems: [fileProblem(source.shown, 'bad_source', 'a directory file must be YAML or JSON.')] };
    }
    return readCsvFile(source.shown, text);
  }
  if (extension === '.json') return readStructuredFile(source.shown, text, 'json', source.role);
  if (extension === '.yaml' || extension === '.yml') return readStructuredFile(source.shown, text, 'yaml', source.role);
  return {
    file: source.shown,
    services: [],
    problems: [fileProblem(source.shown, 'not_a_source', 'is not a YAML (.yaml, .yml), JSON (.json) or CSV (.csv) file.')],
  };
}
