// Generates src/generated/schemas.ts: the JSON Schemas of a directory and of a charter, from the
// zod schemas, for the small runtime validator that the browser uses instead of zod.
//   pnpm --filter @peer-support-kit/core generate          writes the file
//   (test/generated-schemas.test.ts fails when the committed file is out of date)
import { writeFileSync } from 'node:fs';
import { generatedSchemasSource } from './schemas-source.js';

writeFileSync(new URL('../src/generated/schemas.ts', import.meta.url), generatedSchemasSource());
console.log('src/generated/schemas.ts written');
