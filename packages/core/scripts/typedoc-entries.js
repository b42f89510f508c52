// A TypeDoc plugin for the API reference (typedoc.json): TypeDoc names each entry point after its
// file (`index`, `openreferral`) and, without a `@module` tag, ignores the comment that opens it.
// This names each entry as it is imported, read from package.json's exports, and takes that
// opening comment as the entry's description: neither is written twice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter, ReflectionKind } from 'typedoc';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));

/** Each entry's source file (its `@peer-support-kit/source` condition) → its import specifier. */
const specifiers = new Map(
  Object.entries(manifest.exports).flatMap(([subpath, target]) => {
    const source = typeof target === 'object' ? target['@peer-support-kit/source'] : undefined;
    return source ? [[path.resolve(packageDir, source), manifest.name + subpath.slice(1)]] : [];
  }),
);

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile();
    const specifier = file && specifiers.get(path.resolve(file.fileName));
    if (!file || !specifier) return;
    reflection.name = specifier;
    const first = file.statements[0];
    if (!reflection.comment && first) reflection.comment = context.getNodeComment(first, false)?.clone();
  });
}
