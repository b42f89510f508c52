import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generatedSchemasSource } from '../scripts/schemas-source.js';

it("the runtime validator's schemas are generated from the current zod schemas", () => {
  const committed = readFileSync(new URL('../src/generated/schemas.ts', import.meta.url), 'utf8');
  assert.ok(
    committed === generatedSchemasSource(),
    'src/generated/schemas.ts is out of date: run `pnpm --filter @peer-support-kit/core generate`.',
  );
});
