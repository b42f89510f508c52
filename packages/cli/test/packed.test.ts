import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliDir, packagesDir, sussexDir } from './helpers/run.js';

// A volunteer runs the CLI without a clone: `npx @peer-support-kit/cli validate .`. Until the
// packages are on the public registry, the same install from their packed tarballs: the CLI's
// package must declare everything it needs, and ship everything it reads.
const coreDir = path.join(packagesDir, 'core');
const built = existsSync(path.join(cliDir, 'dist/bin.js')) && existsSync(path.join(coreDir, 'dist/index.js'));

describe('the packed CLI, installed into an empty folder', { skip: built ? false : 'needs the packages built first: run pnpm build' }, () => {
  let folder = '';
  let bin = '';
  const exec = (args: string[], cwd = folder) => {
    try {
      return { code: 0, out: execFileSync(bin, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { code: failed.status, out: failed.stdout + failed.stderr };
    }
  };

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'peer-support-packed-'));
    const pack = (dir: string) => {
      const out = execFileSync('pnpm', ['pack', '--pack-destination', folder], { cwd: dir, encoding: 'utf8' });
      return path.join(folder, path.basename(out.trim().split('\n').at(-1)!));
    };
    const tarballs = [pack(coreDir), pack(cliDir)];
    writeFileSync(path.join(folder, 'package.json'), '{ "name": "a-volunteers-folder", "private": true }\n');
    // From the npm registry for yaml, csv-parse, zod and fuse.js; core from its tarball.
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: folder, stdio: 'pipe', timeout: 120_000 });
    bin = path.join(folder, 'node_modules/.bin/peer-support');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('validates the Sussex sources, counting every service file', () => {
    const services = readdirSync(path.join(sussexDir, 'services')).filter((name) => name.endsWith('.yaml')).length;
    const { code, out } = exec(['validate', sussexDir]);
    assert.equal(code, 0, out);
    assert.match(out, new RegExp(`validate: no errors, \\d+ warnings? in ${services} services from ${services + 1} files\\.`));
  });

  it('builds the same directory.json the workspace build wrote', () => {
    const out = path.join(folder, 'published');
    const { code, out: said } = exec(['build', sussexDir, '--out', out]);
    assert.equal(code, 0, said);
    assert.equal(readFileSync(path.join(out, 'directory.json'), 'utf8'), readFileSync(path.join(sussexDir, 'directory.json'), 'utf8'));
  });

  it('answers --help, and finds its spreadsheet template', () => {
    const help = exec(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: peer-support <command>/);
    assert.match(help.out, /validate/);
    assert.ok(existsSync(path.join(folder, 'node_modules/@peer-support-kit/cli/templates/services-template.csv')));
  });
});
