// Generates dist/directory.schema.json from the zod schema, so the JSON Schema that editors,
// ajv and other languages use can never drift from what parseDirectory accepts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { browseJsonSchema } from '../src/browse/json-schema.js';
import { directoryJsonSchema } from '../src/directory/json-schema.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/directory.schema.json', `${JSON.stringify(directoryJsonSchema(), null, 2)}\n`);
console.log('dist/directory.schema.json written');
writeFileSync('dist/browse.schema.json', `${JSON.stringify(browseJsonSchema(), null, 2)}\n`);
console.log('dist/browse.schema.json written');
