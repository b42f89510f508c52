import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, Converter, Logger, LogLevel, ReflectionKind, type ProjectReflection } from 'typedoc';

// The API reference (`pnpm --filter @peer-support-kit/core docs:api`, served by `pnpm start` at
// /docs/api/core/) is made by TypeDoc from the types and their comments, with typedoc.json. This
// converts the same way, without writing pages, and checks it against what TypeScript says each
// public entry exports: a new export, a new entry, or a public type that points at one nobody can
// import (TypeDoc's `notExported`) or a broken {@link} fails here, not later in a reader's browser.

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  exports: Record<string, string | Record<string, string>>;
};

/** The package's code entries, by import specifier, with their source files. */
const entries = Object.entries(manifest.exports).flatMap(([subpath, target]) => {
  const source = typeof target === 'object' ? target['@peer-support-kit/source'] : undefined;
  return source ? [{ specifier: manifest.name + subpath.slice(1), file: path.join(packageDir, source) }] : [];
});

/** Keeps what TypeDoc warns about, instead of printing it. */
class Collecting extends Logger {
  readonly messages: string[] = [];
  override log(message: string, level: LogLevel): void {
    if (level >= LogLevel.Warn) this.messages.push(message);
  }
}

let project: ProjectReflection;
let logger: Collecting;
/** What TypeScript says each entry file exports, by file. */
const exported = new Map<string, string[]>();

before(async () => {
  const app = await Application.bootstrapWithPlugins({ options: `${packageDir}typedoc.json`, logLevel: 'Warn' });
  logger = new Collecting();
  app.logger = logger;
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const program of context.programs) {
      const checker = program.getTypeChecker();
      for (const { file } of entries) {
        const source = program.getSourceFile(file);
        const symbol = source && checker.getSymbolAtLocation(source);
        const names = symbol && checker.getExportsOfModule(symbol).map((each) => each.name);
        if (names) exported.set(file, names);
      }
    }
  });
  const converted = await app.convert();
  assert.ok(converted, `TypeDoc could not convert the package:\n${logger.messages.join('\n')}`);
  project = converted;
  app.validate(project);
});

it('TypeDoc converts and validates the public entries without a warning (no unexported type in public use, no broken link)', () => {
  assert.deepEqual(logger.messages, []);
});

for (const { specifier, file } of entries) {
  it(`the API reference of ${specifier} lists exactly what it exports`, () => {
    const names = exported.get(file);
    assert.ok(names?.length, `TypeScript found no exports in ${file}: is it in typedoc.json's entryPoints?`);
    const module = project.getChildrenByKind(ReflectionKind.Module).find((child) => child.name === specifier);
    assert.ok(module, `no module named ${specifier} in the reference: is ${file} in typedoc.json's entryPoints?`);
    const documented = (module.children ?? []).map((child) => child.name);
    assert.deepEqual([...new Set(documented)].sort(), [...new Set(names)].sort(), `the reference of ${specifier} differs from its exports`);
    assert.ok(module.comment, `${specifier} has no description: its entry file should open with a doc comment`);
  });
}
