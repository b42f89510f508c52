// The release, end to end, without publishing: the changesets turn into versions and changelogs
// (`pnpm version-packages`, run on a copy), every package publishes in a dry run, and each packed
// tarball holds what its `exports` and `files` promise, with no condition that points into src.
// Needs the packages built (`pnpm test` builds first); skipped otherwise, and CI fails a skip.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const packagesDir = path.join(root, 'packages');
const packages = readdirSync(packagesDir)
  .filter((folder) => existsSync(path.join(packagesDir, folder, 'package.json')))
  .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(path.join(packagesDir, folder, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);
const built =
  existsSync(path.join(packagesDir, 'elements/dist/cdn/peer-support.js')) && existsSync(path.join(packagesDir, 'core/dist/index.js'));
const skip = !built && 'the packages are not built: run pnpm build';
const work = mkdtempSync(path.join(tmpdir(), 'psk-release-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Every file an `exports` map points at (patterns aside), with the conditions that lead there. */
function exportTargets(exports, conditions = []) {
  if (typeof exports === 'string') return [{ target: exports, conditions }];
  if (!exports || typeof exports !== 'object') return [];
  return Object.entries(exports).flatMap(([key, value]) => exportTargets(value, [...conditions, key]));
}

describe('changesets → versions and changelogs (on a copy of the workspace)', { skip }, () => {
  const copy = path.join(work, 'versioned');
  // One changeset of the test's own, so the release is tested even when none is waiting (just after one).
  const OWN = 'release-test-own.md';
  const ownText = `---\n"@peer-support-kit/elements": patch\n---\n\nA change the release test makes up, to follow it into the changelog.\n`;
  const pending = [...readdirSync(path.join(root, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md'), OWN];
  const changesetText = (file) => (file === OWN ? ownText : readFileSync(path.join(root, '.changeset', file), 'utf8'));
  before(() => {
    mkdirSync(copy);
    for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset'])
      cpSync(path.join(root, file), path.join(copy, file), { recursive: true });
    writeFileSync(path.join(copy, '.changeset', OWN), ownText);
    for (const { folder } of packages) {
      const from = path.join(packagesDir, folder);
      mkdirSync(path.join(copy, 'packages', folder), { recursive: true });
      for (const file of ['package.json', 'CHANGELOG.md'])
        if (existsSync(path.join(from, file))) cpSync(path.join(from, file), path.join(copy, 'packages', folder, file));
    }
    cpSync(path.join(packagesDir, 'elements/src/version.ts'), path.join(copy, 'packages/elements/src/version.ts'));
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    // What `pnpm version-packages` runs: changesets' own command, then the version copied into the elements.
    execFileSync(process.execPath, [path.join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: copy, stdio: 'pipe' });
    execFileSync(process.execPath, [path.join(root, 'scripts/sync-versions.js')], { cwd: copy, stdio: 'pipe' });
  });

  it('uses every changeset', () => {
    const left = readdirSync(path.join(copy, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');
    assert.deepEqual(left, []);
  });

  it('gives each changed package a new version and a changelog that says what changed', () => {
    for (const file of pending) {
      const text = changesetText(file);
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      assert.ok(front, `${file} has front matter`);
      const firstLine = body.trim().split('\n')[0].trim();
      const named = [...front.matchAll(/^['"]([^'"]+)['"]:\s*(?:major|minor|patch)$/gm)].map((match) => match[1]);
      assert.ok(named.length > 0, `${file} names a package and a kind of change`);
      for (const name of named) {
        const { folder, manifest } = packages.find((p) => p.manifest.name === name) ?? {};
        assert.ok(folder, `${file} names ${name}, a package of this workspace`);
        const versioned = JSON.parse(readFileSync(path.join(copy, 'packages', folder, 'package.json'), 'utf8'));
        assert.notEqual(versioned.version, manifest.version, `${name} gets a new version`);
        const changelog = readFileSync(path.join(copy, 'packages', folder, 'CHANGELOG.md'), 'utf8');
        assert.ok(changelog.includes(firstLine), `${name}'s changelog says "${firstLine}" (from ${file})`);
      }
    }
  });

  it('copies the elements package version into the code that tells two copies on a page apart', () => {
    const { version } = JSON.parse(readFileSync(path.join(copy, 'packages/elements/package.json'), 'utf8'));
    assert.match(
      readFileSync(path.join(copy, 'packages/elements/src/version.ts'), 'utf8'),
      new RegExp(`VERSION = '${version.replace(/\./g, '\\.')}'`),
    );
  });
});

describe('the packed packages', { skip }, () => {
  const packed = path.join(work, 'packed');
  /** name → { files: every path in the tarball, manifest: its package.json as published } */
  const tarballs = new Map();
  before(() => {
    mkdirSync(packed);
    for (const { folder, manifest } of packages) {
      const out = execFileSync('pnpm', ['pack', '--pack-destination', packed], { cwd: path.join(packagesDir, folder), encoding: 'utf8' });
      const tarball = out.trim().split('\n').at(-1);
      const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((file) => file.replace(/^package\//, ''));
      const published = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
      tarballs.set(manifest.name, { files: new Set(files), manifest: published });
    }
  });

  it('holds every file its exports point at, and no export leads into src', () => {
    for (const [name, { files, manifest }] of tarballs) {
      for (const { target, conditions } of exportTargets(manifest.exports)) {
        assert.ok(!conditions.includes('@peer-support-kit/source'), `${name} publishes the source condition (${conditions.join(' → ')})`);
        assert.ok(!target.startsWith('./src/'), `${name}'s ${conditions.join(' → ')} points into src: ${target}`);
        if (!target.includes('*')) assert.ok(files.has(target.replace(/^\.\//, '')), `${name} ships ${target}`);
      }
    }
  });

  it('holds something for each entry of its files, and the bin, types and custom elements it names', () => {
    for (const [name, { files, manifest }] of tarballs) {
      for (const entry of manifest.files ?? []) {
        assert.ok(
          [...files].some((file) => file === entry || file.startsWith(`${entry}/`)),
          `${name} ships ${entry}`,
        );
      }
      for (const target of [...Object.values(manifest.bin ?? {}), manifest.types, manifest.customElements].filter(Boolean)) {
        assert.ok(files.has(target.replace(/^\.\//, '')), `${name} ships ${target}`);
      }
    }
  });

  it('ships the elements with every CDN file and the manifest, and each directory with its built JSON and browse form', () => {
    const elements = tarballs.get('@peer-support-kit/elements').files;
    const cdn = JSON.parse(readFileSync(path.join(packagesDir, 'elements/dist/cdn/manifest.json'), 'utf8'));
    const cdnFiles = [...cdn.files, ...cdn.charters].map((entry) => entry.file);
    assert.ok(cdnFiles.length >= 7, 'the CDN manifest lists the CDN files');
    for (const file of cdnFiles) assert.ok(elements.has(`dist/cdn/${file}`), `elements ships dist/cdn/${file}`);
    assert.ok(elements.has('custom-elements.json'));
    for (const [name, { files }] of tarballs) {
      if (!name.includes('/directory-')) continue;
      for (const file of ['directory.json', 'browse.json', 'manifest.json', 'openreferral.json'])
        assert.ok(files.has(file), `${name} ships ${file}`);
      assert.ok(
        [...files].some((file) => file.startsWith('browse/')),
        `${name} ships its browse fragments`,
      );
    }
  });
});

describe('publishing, in a dry run', { skip, timeout: 120_000 }, () => {
  // pnpm asks the registry which versions are out already: this one, on localhost, has none.
  let registry;
  let url;
  before(async () => {
    registry = createServer((request, response) => {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":"not found"}');
    });
    await new Promise((resolve) => registry.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${registry.address().port}/`;
  });
  after(() => registry?.close());

  it('publishes every package', async () => {
    // Not spawnSync: the registry answers from this process, which must stay free to.
    const result = await new Promise((resolve) => {
      const child = spawn('pnpm', ['-r', 'publish', '--dry-run', '--no-git-checks', '--registry', url], { cwd: root });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (status) => resolve({ status, output }));
    });
    const { output } = result;
    assert.equal(result.status, 0, output.slice(-2000));
    for (const { manifest } of packages)
      assert.match(output, new RegExp(`name:\\s+${manifest.name.replace('/', '\\/')}`), `${manifest.name} is packed for publishing`);
  });
});
