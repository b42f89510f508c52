import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { main, type Io } from '../../src/index.js';

export const cliDir = path.resolve(fileURLToPath(import.meta.url), '../../..');
export const packagesDir = path.dirname(cliDir);
export const fixture = (...parts: string[]) => path.join(cliDir, 'test', 'fixtures', ...parts);
export const sussexDir = path.join(packagesDir, 'directory-sussex');
export const lambethDir = path.join(packagesDir, 'directory-lambeth');

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Standard output, line by line. */
  readonly lines: readonly string[];
}

export interface RunOptions {
  readonly cwd?: string;
  /** Show progress at once (0) instead of after a moment. */
  readonly progressDelayMs?: number;
}

/** Runs the CLI in process, as `peer-support …args`, and collects what it prints. */
export async function run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd: options.cwd ?? cliDir,
    stdout: (chunk) => void (stdout += chunk),
    stderr: (chunk) => void (stderr += chunk),
    interactive: false,
    progressDelayMs: options.progressDelayMs ?? 60_000,
    now: () => new Date('2026-11-22T12:00:00Z'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr, lines: stdout === '' ? [] : stdout.replace(/\n$/, '').split('\n') };
}

const scratchDirs: string[] = [];
after(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary folder, removed after the tests; `files` are written into it (paths relative to it). */
export function scratch(files: Record<string, string> = {}, copyOf?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'peer-support-cli-'));
  scratchDirs.push(dir);
  if (copyOf) cpSync(copyOf, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Every file under a folder with its bytes, for comparing folders before and after. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) visit(full);
      else out[path.relative(dir, full)] = readFileSync(full, 'latin1');
    }
  };
  visit(dir);
  return out;
}

/** A made-up service as YAML, for tests; `extra` lines are appended as written. */
export function serviceYaml(id: string, extra = ''): string {
  return [
    `id: ${id}`,
    `name: Test service ${id}`,
    'summary: A made-up service, used by the tests.',
    'organisation:',
    '  name: Test Organisation',
    '  kind: user-led',
    '  website: https://test.example.org',
    'areas: [north-town]',
    'lastReviewed: 2026-10-01',
    extra,
  ].join('\n');
}
