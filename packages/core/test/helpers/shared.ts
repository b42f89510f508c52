import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The project's `shared/` folder (seeds, facts, Open Referral schemas) sits beside the
 * repository. `PSK_SHARED_DIR` points elsewhere when it does not.
 */
export const sharedDir = process.env.PSK_SHARED_DIR ?? path.resolve(fileURLToPath(import.meta.url), '../../../../../../shared');

export function sharedPath(...parts: string[]): string {
  return path.join(sharedDir, ...parts);
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

/** The text of the seed document whose file name starts with `number` (for example `001`). */
export function readSeed(number: string): string {
  const dir = sharedPath('seeds');
  const file = readdirSync(dir).find((name) => name.startsWith(`${number}_`));
  if (!file) throw new Error(`No seed ${number}_*.txt in ${dir}`);
  return readFileSync(path.join(dir, file), 'utf8');
}

/** Collapses runs of white space, so text reflowed across lines compares equal. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
