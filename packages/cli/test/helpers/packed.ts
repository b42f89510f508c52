import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The environment a volunteer's shell would have: without this test's own Node options (the
 * `@peer-support-kit/source` condition would let the installed CLI load core's TypeScript
 * sources and hide a broken package) and without node:test's marker for its child processes.
 */
export function volunteerEnv(): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _options, NODE_TEST_CONTEXT: _context, ...env } = process.env;
  return env;
}

export interface Packed {
  /** The tarball's absolute path. */
  readonly tarball: string;
  /** Every path in the tarball, relative to the package folder. */
  readonly files: readonly string[];
}

/** `pnpm pack` in a package folder, as for publishing: `workspace:^` becomes the real version. */
export function pack(packageDir: string, destination: string): Packed {
  const result = spawnSync('pnpm', ['pack', '--json', '--pack-destination', destination], {
    cwd: packageDir,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.status !== 0) throw new Error(`pnpm pack failed in ${packageDir}:\n${result.stderr}${result.stdout}`);
  const report = JSON.parse(result.stdout) as { filename: string; files: { path: string }[] };
  return { tarball: path.resolve(destination, report.filename), files: report.files.map((file) => file.path) };
}

/** Long enough for a cold npm cache; short enough that an unreachable registry fails the test. */
const INSTALL_TIMEOUT_MS = 45_000;

/**
 * `npm install` of the tarballs into `folder`; their dependencies come from the npm registry.
 * npm's own retries wait over a minute on a refused connection, so they are shortened, and the
 * whole install is stopped after INSTALL_TIMEOUT_MS with a message that says why.
 */
export function npmInstall(folder: string, tarballs: readonly string[]): void {
  const args = ['install', '--no-audit', '--no-fund', '--loglevel=error'];
  const quickerRetries = ['--fetch-retries=1', '--fetch-retry-mintimeout=2000', '--fetch-retry-maxtimeout=5000', '--fetch-timeout=20000'];
  const result = spawnSync('npm', [...args, ...quickerRetries, ...tarballs], {
    cwd: folder,
    encoding: 'utf8',
    env: volunteerEnv(),
    timeout: INSTALL_TIMEOUT_MS,
  });
  if (result.status === 0) return;
  const why = result.error
    ? (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
      ? `did not finish in ${INSTALL_TIMEOUT_MS / 1000} s`
      : `could not start (${result.error.message})`
    : `failed with exit code ${result.status}`;
  // npm prints a whole stack; its lines that name the error say more, when there are any.
  const lines = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n');
  const naming = lines.filter((line) => /^npm error (code |errno |FetchError|network |\d{3} |request to )/.test(line));
  const said = (naming.length > 0 ? naming : lines.slice(-15)).join('\n');
  throw new Error(
    `npm install of the packed tarballs ${why}. The dependencies (yaml, csv-parse, zod, fuse.js) come ` +
      `from the npm registry: is it reachable from here? npm said:\n${said || '(nothing)'}`,
  );
}

/** Every file under a folder, relative to it, in path order; names starting with "." are skipped. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
