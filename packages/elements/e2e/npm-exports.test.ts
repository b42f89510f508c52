import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './helpers/server.js';

// What an app's bundler makes of each documented export: it must keep the code (an export marked
// free of side effects is dropped to nothing when imported for its registration), bring one copy
// of Lit, and never reach the self-contained CDN files by accident.
const packageDir = path.join(repoRoot, 'packages/elements');
const pkg = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
const app = mkdtempSync(path.join(tmpdir(), 'psk-app-'));
mkdirSync(path.join(app, 'node_modules/@peer-support-kit'), { recursive: true });
symlinkSync(packageDir, path.join(app, 'node_modules', pkg.name), 'dir');
// The app's own Lit: the same package the elements depend on, as a package manager dedupes it.
symlinkSync(realpathSync(path.join(packageDir, 'node_modules/lit')), path.join(app, 'node_modules/lit'), 'dir');
after(() => rmSync(app, { recursive: true, force: true }));

/** Bundles `source` as an app would (esbuild, minified, tree-shaken) and returns the code. */
async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: app, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const scripts = Object.keys(pkg.exports).filter((subpath) => subpath.endsWith('.js'));

describe('the npm entry points, bundled with esbuild', () => {
  it('lists a registration export for every element, and one for all of them', () => {
    assert.ok(scripts.includes('./peer-support.js'));
    assert.ok(scripts.filter((subpath) => /^\.\/peer-support-[a-z-]+\.js$/.test(subpath)).length >= 6);
  });

  for (const subpath of scripts) {
    it(`import '${pkg.name}/${subpath.slice(2)}' registers its elements, with one copy of Lit`, async () => {
      const code = await bundle(`import '${pkg.name}/${subpath.slice(2)}';`);
      assert.ok(code.length > 5000, `the bundle is ${code.length} bytes: the import was dropped`);
      assert.match(code, /customElements/, 'nothing registers an element');
      const tags = subpath === './peer-support.js' ? 6 : 1;
      assert.equal(new Set(code.match(/peer-support-(charter|directory|service|signatories|crisis-help|coverage)\b/g)).size >= tags, true);
      assert.equal(code.match(/litHtmlVersions/g)?.length, 1, 'Lit is in the bundle once');
    });
  }

  it('the root export gives the classes without registering them', async () => {
    const code = await bundle(`import { PeerSupportCharter } from '${pkg.name}'; console.log(PeerSupportCharter);`);
    assert.ok(code.length > 5000, 'the class was dropped');
  });

  it('an app and the elements share one Lit', async () => {
    const code = await bundle(`import { LitElement } from 'lit'; import '${pkg.name}/peer-support.js'; console.log(LitElement);`);
    assert.equal(code.match(/litHtmlVersions/g)?.length, 1);
  });

  it('the self-contained CDN files are not an import an app can reach by accident', async () => {
    await assert.rejects(bundle(`import '${pkg.name}/dist/cdn/peer-support.js';`), /not exported|Could not resolve/);
  });
});
