// custom-elements.json lists every event each element fires, and no other: read from the code,
// the events each element (and the controllers it uses) dispatches, by their classes' names.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const elements = path.resolve(fileURLToPath(import.meta.url), '../..');
const read = (file: string) => readFileSync(path.join(elements, file), 'utf8');

/** Each event class of src/shared, by class name: the event's name. */
function eventNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of readdirSync(path.join(elements, 'src/shared'))) {
    const source = read(`src/shared/${file}`);
    for (const match of source.matchAll(/class (\w+) extends Event \{\s*static readonly eventName = '([a-z-]+)'/g)) {
      names.set(match[1]!, match[2]!);
    }
  }
  return names;
}

/** The events a module dispatches, with those of the controllers it imports. */
function dispatched(file: string, names: Map<string, string>): string[] {
  const source = read(file);
  const controllers = [...source.matchAll(/from '\.\.\/\.\.\/controllers\/([\w-]+)\.js'/g)].map(
    (match) => `src/controllers/${match[1]}.ts`,
  );
  const sources = [source, ...controllers.map(read)];
  const classes = sources.flatMap((text) => [...text.matchAll(/dispatchEvent\(new (\w+)\(/g)].map((match) => match[1]!));
  return [...new Set(classes.map((name) => names.get(name) ?? `${name} (an event class not in src/shared)`))].sort();
}

describe('custom-elements.json events', () => {
  const manifestFile = path.join(elements, 'custom-elements.json');
  it('lists every event each element fires, described, and no other', { skip: !existsSync(manifestFile) && 'run pnpm build first' }, () => {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      modules: Array<{
        path: string;
        declarations?: Array<{ customElement?: boolean; tagName: string; events?: Array<{ name: string; description?: string }> }>;
      }>;
    };
    const names = eventNames();
    let elementsSeen = 0;
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement) continue;
        elementsSeen++;
        const listed = (declaration.events ?? []).map((event) => event.name).sort();
        assert.deepEqual(listed, dispatched(module.path, names), `${declaration.tagName}'s events`);
        for (const event of declaration.events ?? [])
          assert.ok(event.description?.trim(), `${declaration.tagName}'s ${event.name} has a description`);
      }
    }
    assert.equal(elementsSeen, 6);
  });
});
