import { readCsvFile } from './csv-file.js';
import { fileProblem } from './problem.js';
import { readJsonFile } from './json-file.js';
import { readYamlFile } from './yaml-file.js';
import type { Role } from './classify.js';
import type { SourceFile } from './types.js';

/** A source file's extension, lowercased, with its dot: `.yaml`, `.csv`. */
export const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';

/** Reads one source file's text by its extension: `.yaml`/`.yml`, `.json` or `.csv`. */
export function readContents(shown: string, text: string, role: Role): SourceFile {
  const extension = extensionOf(shown);
  if (extension === '.csv') {
    if (role === 'envelope')
      return { file: shown, services: [], problems: [fileProblem(shown, 'bad_source', 'a directory file must be YAML or JSON.')] };
    return readCsvFile(shown, text);
  }
  if (extension === '.json') return readJsonFile(shown, text, role);
  if (extension === '.yaml' || extension === '.yml') return readYamlFile(shown, text, role);
  return {
    file: shown,
    services: [],
    problems: [fileProblem(shown, 'not_a_source', 'is not a YAML (.yaml, .yml), JSON (.json) or CSV (.csv) file.')],
  };
}
