import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fileURLToPath } from 'node:url';
import { parseDirectory, type Directory } from '../src/directory/index.js';
import { hasShared, sharedPath } from './helpers/shared.js';

/**
 * The made-up directory of test/fixtures/openreferral: every field of the format used at least
 * once (a test checks that it stays so), parsed, so defaults are filled in.
 */
export function fixtureDirectory(): Directory {
  const file = fileURLToPath(new URL('./fixtures/openreferral/directory.json', import.meta.url));
  const result = parseDirectory(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.directory || result.problems.length) throw new Error(`The fixture has problems: ${JSON.stringify(result.problems)}`);
  return result.directory;
}

// The official HSDS 3.0 schemas and examples, from the shared folder beside the repository.
// The schema files declare no `$schema`; the OpenAPI document they belong to declares the
// JSON Schema 2020-12 dialect (`jsonSchemaDialect`), so they are checked with Ajv2020.

export const HSDS_DIR = sharedPath('openreferral', 'hsds-3.0');

/** `false` when the schemas are there, else why the tests that need them are skipped. */
export const hsdsMissing: false | string =
  hasShared('openreferral', 'hsds-3.0', 'schema') && hasShared('openreferral', 'hsds-3.0', 'examples')
    ? false
    : `the official HSDS 3.0 schemas and examples are not in ${HSDS_DIR} (set PSK_SHARED_DIR to the shared folder)`;

export function readExample(name: string): unknown {
  return JSON.parse(readFileSync(path.join(HSDS_DIR, 'examples', name), 'utf8'));
}

export function exampleNames(): string[] {
  return readdirSync(path.join(HSDS_DIR, 'examples')).filter((name) => name.endsWith('.json'));
}

const BASE = 'https://hsds.test/schema/';

/**
 * Validators for every HSDS object schema (`service.json`, `location.json` …), with every file
 * of schema/ and schema/compiled/ loaded so that the relative `$ref`s between them resolve.
 * The files carry documentation keywords of their own (`constraints`, `core`, `example` …), so
 * ajv's strict mode, which rejects unknown keywords, is off; formats (uuid, uri, email,
 * date-time) are checked.
 */
export function hsdsValidators(): { validate(schema: string, value: unknown): string[] } {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is CommonJS; under NodeNext its plugin is the module's `default` export.
  addFormatsModule.default(ajv);
  const dir = path.join(HSDS_DIR, 'schema');
  const files = [
    ...readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'openapi.json'),
    ...readdirSync(path.join(dir, 'compiled')).map((name) => `compiled/${name}`),
  ];
  // openapi.json is an OpenAPI document, not a schema: its component schemas point at the
  // published copies of these same files.
  // The compiled files refer to the others as siblings (`"$ref": "funding.json"`), so each is
  // given an id in the same folder: compiled/tabular.json is `tabular.compiled.json`.
  const idOf = (file: string) => BASE + file.replace(/^compiled\/(.*)\.json$/, '$1.compiled.json');
  for (const file of files) {
    const schema = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: idOf(file) });
  }
  const compiled = new Map<string, ValidateFunction>();
  return {
    validate(schema, value) {
      let check = compiled.get(schema);
      if (!check) {
        const found = ajv.getSchema(idOf(schema));
        if (!found) throw new Error(`No HSDS schema ${schema}`);
        check = found;
        compiled.set(schema, check);
      }
      return check(value) ? [] : (check.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
    },
  };
}
