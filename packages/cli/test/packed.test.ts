import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliDir, packagesDir, sussexDir } from './helpers/run.js';
import { filesUnder, npmInstall, pack, volunteerEnv, type Packed } from './helpers/packed.js';

// A volunteer runs the CLI without a clone: `npx @peer-support-kit/cli validate .`. Until the
// packages are on the public registry, the same install from their packed tarballs: the CLI's
// package must declare everything it needs, and ship everything it reads.
//
// The test packs what is built and does not build: `pnpm test` builds first, and building here
// would empty dist/ under the other test files node --test runs beside this one.
const coreDir = path.join(packagesDir, 'core');
const workspaceBin = path.join(cliDir, 'dist/bin.js');
const built = existsSync(workspaceBin) && existsSync(path.join(coreDir, 'dist/index.js'));
const skip = built
  ? false
  : 'core or the CLI is not built: run pnpm --filter @peer-support-kit/core build && pnpm --filter @peer-support-kit/cli build';

/** Sussex keeps one service a file, so its service count is the number of source files in services/. */
const sussexServices = filesUnder(path.join(sussexDir, 'services')).filter((name) => /\.(ya?ml|json|csv)$/.test(name)).length;

/** `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`, in built JavaScript. */
const IMPORT_SPECIFIERS =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('the packed CLI, installed into an empty folder', { skip, timeout: 90_000 }, () => {
  let folder = '';
  let packedCli: Packed;
  let installed = '';

  /** Runs a binary as a volunteer's shell would, from the install folder. */
  const exec = (file: string, args: string[]) => {
    const result = spawnSync(file, args, { cwd: folder, encoding: 'utf8', env: volunteerEnv(), timeout: 20_000 });
    return {
      code: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      all: `${result.stdout}${result.stderr}${result.error ?? ''}`,
    };
  };
  const peerSupport = (...args: string[]) => exec(path.join(folder, 'node_modules/.bin/peer-support'), args);
  /** The same command from the workspace's build: what the packed one must match. */
  const workspace = (...args: string[]) => exec(process.execPath, [workspaceBin, ...args]);

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'peer-support-packed-'));
    const packedCore = pack(coreDir, folder);
    packedCli = pack(cliDir, folder);
    writeFileSync(path.join(folder, 'package.json'), '{ "name": "a-volunteers-folder", "private": true }\n');
    // Core is given as a tarball: it is not on the public registry yet.
    npmInstall(folder, [packedCore.tarball, packedCli.tarball]);
    installed = path.join(folder, 'node_modules/@peer-support-kit/cli');
  });
  after(() => folder && rmSync(folder, { recursive: true, force: true }));

  it('ships only its build, templates and readme, and points at nothing it does not ship', () => {
    // npm adds package.json, the readme and any licence or changelog whatever `files` says.
    const stray = packedCli.files.filter(
      (file) => !/^(dist|templates)\//.test(file) && !/^(package\.json|(README|LICEN[CS]E|CHANGELOG)(\.md)?)$/i.test(file),
    );
    assert.deepEqual(stray, [], 'files outside dist/ and templates/ in the tarball');
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      exports: Record<string, string | Record<string, string>>;
      dependencies: Record<string, string>;
    };
    const targets = [
      ...Object.values(manifest.bin),
      ...Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
    ];
    for (const target of targets) {
      assert.doesNotMatch(target, /^\.\/src\//, `${target}: the tarball has no src/`);
      assert.ok(packedCli.files.includes(target.replace(/^\.\//, '')), `${target} is named in package.json but not in the tarball`);
    }
    for (const [name, range] of Object.entries(manifest.dependencies))
      assert.doesNotMatch(range, /^workspace:/, `${name}: ${range} was not rewritten by pnpm pack`);
    assert.ok(
      readFileSync(path.join(installed, manifest.bin['peer-support']!), 'utf8').startsWith('#!/usr/bin/env node\n'),
      'the bin has no node shebang',
    );
  });

  it('imports only what its package.json declares, and core from its build', () => {
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const builtins = new Set(builtinModules);
    const undeclared = new Set<string>();
    for (const file of filesUnder(path.join(installed, 'dist')).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(path.join(installed, 'dist', file), 'utf8');
      for (const match of code.matchAll(IMPORT_SPECIFIERS)) {
        const specifier = match.slice(1).find((group) => group !== undefined)!;
        if (specifier.startsWith('.')) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!specifier.startsWith('node:') && !builtins.has(name) && !(name in manifest.dependencies))
          undeclared.add(`${name} (dist/${file})`);
      }
    }
    assert.deepEqual([...undeclared], [], 'imported but not in dependencies');
    // Loading the library entry loads core; it must resolve to core's JavaScript, not its .ts sources.
    const load = exec(process.execPath, [
      '--input-type=module',
      '-e',
      "await import('@peer-support-kit/cli'); console.log(import.meta.resolve('@peer-support-kit/core'));",
    ]);
    assert.equal(load.code, 0, load.all);
    assert.match(load.stdout.trim(), /\/node_modules\/@peer-support-kit\/core\/dist\/index\.js$/);
  });

  it('validates the Sussex sources, counting every service file, as the workspace build does', () => {
    const result = peerSupport('validate', sussexDir);
    assert.equal(result.code, 0, result.all);
    const summary = result.stdout.trim().split('\n').at(-1)!;
    const counts = /^validate: no errors, (?:no|\d+) warnings? in (\d+) services? from (\d+) files?\.$/.exec(summary);
    assert.ok(counts, `unexpected summary: ${summary}`);
    assert.equal(Number(counts[1]), sussexServices, 'services');
    assert.equal(Number(counts[2]), sussexServices + 1, 'files: directory.yaml and one a service');
    assert.equal(result.stdout, workspace('validate', sussexDir).stdout);
  });

  it('builds the same files, byte for byte, as the workspace build', () => {
    const result = peerSupport('build', sussexDir, '--out', 'published');
    assert.equal(result.code, 0, result.all);
    assert.match(
      result.stdout,
      new RegExp(`\\nbuild: wrote \\d+ files to published \\(${sussexServices} services, (?:no|\\d+) warnings?\\)\\.\\n$`),
    );
    const expected = workspace('build', sussexDir, '--out', 'from-workspace');
    assert.equal(expected.code, 0, expected.all);
    const published = filesUnder(path.join(folder, 'published'));
    assert.ok(published.includes('directory.json'), `no directory.json among ${published.join(', ')}`);
    assert.deepEqual(published, filesUnder(path.join(folder, 'from-workspace')));
    for (const file of published) {
      assert.equal(
        readFileSync(path.join(folder, 'published', file), 'utf8'),
        readFileSync(path.join(folder, 'from-workspace', file), 'utf8'),
        file,
      );
    }
  });

  it('answers --help and --version, and ships the spreadsheet template its help names', () => {
    const help = peerSupport('--help');
    assert.equal(help.code, 0, help.all);
    assert.match(help.stdout, /^Usage: peer-support <command>/);
    for (const command of ['validate', 'build', 'import-csv', 'coverage', 'stale'])
      assert.match(help.stdout, new RegExp(`\\n  ${command} `));
    // The version is read from the package's own package.json, next to dist/.
    assert.equal(peerSupport('--version').stdout.trim(), JSON.parse(readFileSync(path.join(cliDir, 'package.json'), 'utf8')).version);
    for (const template of ['templates/services-template.csv', 'templates/README.md'])
      assert.ok(existsSync(path.join(installed, template)), `${template} not installed`);
  });
});
